package dev.pip.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled rule sets kept in a folder between processes, so that rules compiled once (by
 * {@code pip rules check}, say) load next time without the compiler: the generated classes of
 * Drools' executable model in one jar per rule set, named by the digest of the rule texts and of
 * the classes they were compiled against (the facts and the model of this build). An entry that
 * cannot be loaded is ignored and compiled again. Its files are loaded as code: the folder must be
 * writable by its user only.
 */
public final class CompiledCache {
    private static final Logger LOG = LoggerFactory.getLogger(CompiledCache.class);
    private static final String MODELS = "META-INF/pip-models.txt";
    private static final String MODEL_LIST = "/drools-model";
    /** The classes compiled rules link against; a change to any of them makes older entries unusable. */
    private static final String BUILD = buildDigest();

    private final Path folder;
    private final Path entry;

    /** The cache entry in {@code folder} for rules of digest {@code rulesDigest} (see {@link Fingerprint#ofRules}). */
    public CompiledCache(Path folder, String rulesDigest) {
        this.folder = folder;
        this.entry = folder.resolve(sha256(rulesDigest + "\0" + BUILD) + ".jar");
    }

    /** The rule set compiled earlier, when there is a usable entry. */
    public Optional<KieBase> load() {
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            JarEntry list = jar.getJarEntry(MODELS);
            if (list == null) {
                return Optional.empty();
            }
            List<String> names;
            try (InputStream in = jar.getInputStream(list)) {
                names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
            }
            // Kept open for as long as the rule set lives: its classes are loaded from it on demand.
            URLClassLoader loader = new URLClassLoader(new URL[] {entry.toUri().toURL()},
                    CompiledCache.class.getClassLoader());
            List<Model> models = new ArrayList<>();
            for (String name : names) {
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            }
            LOG.debug("loaded compiled rules from {}", entry);
            return models.isEmpty() ? Optional.empty() : Optional.of(KieBaseBuilder.createKieBaseFromModel(models));
        } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.debug("compiled rules in {} not usable, compiling again: {}", entry, e.toString());
            return Optional.empty();
        }
    }

    /** Keeps a freshly compiled module; a failure to write only costs the next start a compile. */
    public void store(InternalKieModule module) {
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, "compiling-", ".tmp");
            List<String> models = new ArrayList<>();
            try (OutputStream file = Files.newOutputStream(tmp); JarOutputStream jar = new JarOutputStream(file)) {
                for (String name : module.getFileNames()) {
                    if (name.endsWith(".class")) {
                        jar.putNextEntry(new JarEntry(name));
                        jar.write(module.getBytes(name));
                        jar.closeEntry();
                    } else if (name.endsWith(MODEL_LIST)) {
                        // the list starts with a "Drools-Model-Version:..." line; the rest are class names
                        new String(module.getBytes(name), StandardCharsets.UTF_8).lines().map(String::strip)
                                .filter(l -> l.matches("[\\w$]+(\\.[\\w$]+)+")).forEach(models::add);
                    }
                }
                jar.putNextEntry(new JarEntry(MODELS));
                jar.write(String.join("\n", models).getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
            if (models.isEmpty()) {
                Files.delete(tmp);
                return;
            }
            try {
                Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING);
            }
            LOG.debug("kept compiled rules in {}", entry);
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot keep compiled rules in {}: {}", folder, e.toString());
        }
    }

    private static String buildDigest() {
        StringBuilder all = new StringBuilder();
        for (Class<?> c : KnownNames.knownTypes()) {
            all.append(c.getName()).append(':');
            try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
                all.append(in == null ? "?" : sha256(HexFormat.of().formatHex(in.readAllBytes())));
            } catch (IOException e) {
                all.append('?');
            }
            all.append('\n');
        }
        all.append(KieBase.class.getPackage().getImplementationVersion());
        return sha256(all.toString());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
