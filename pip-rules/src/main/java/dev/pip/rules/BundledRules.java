package dev.pip.rules;

import dev.pip.rules.internal.RuleFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule files shipped in this jar, one per concern of the specification. Export them to a
 * folder, edit them, and build an engine from that folder with {@link PipEngine.Builder#rules(Path)}.
 */
public final class BundledRules {
    /** The resource folder of the bundled rule files inside the jar. */
    public static final String RESOURCE_FOLDER = "dev/pip/rules/";

    /** The bundled files, in the order of the specification. */
    public static final List<String> FILE_NAMES = List.of(
            "recommendation.drl", "plan-checks.drl", "checkpoint.drl", "gate.drl",
            "final-decision.drl", "monitoring.drl", "guards.drl", "timeline.drl");

    private BundledRules() {
    }

    /** Every bundled file's name and text, in specification order (an unmodifiable map). */
    public static Map<String, String> files() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : FILE_NAMES) {
            try (InputStream in = BundledRules.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + name)) {
                if (in == null) {
                    throw new IllegalStateException("bundled rule file missing from the jar: " + RESOURCE_FOLDER + name);
                }
                out.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled rule file " + name, e);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Writes every bundled file into {@code folder} (created if needed), ready to edit. Files of
     * the same names are overwritten. ({@code pip rules export} also writes {@code policy.json},
     * the folder's default policy: see {@link PipEngine.Builder#rules(Path)}.)
     *
     * @return the files written
     * @throws UncheckedIOException when a file cannot be written
     */
    public static List<Path> exportTo(Path folder) {
        try {
            Files.createDirectories(folder);
            return files().entrySet().stream().map(e -> {
                Path target = folder.resolve(e.getKey());
                try {
                    return Files.writeString(target, e.getValue(), StandardCharsets.UTF_8);
                } catch (IOException ex) {
                    throw new UncheckedIOException("cannot write " + target, ex);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
    }

    static List<RuleFile> ruleFiles() {
        return files().entrySet().stream().map(e -> new RuleFile(e.getKey(), e.getValue())).toList();
    }
}
