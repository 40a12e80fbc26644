package dev.pip.rules.internal;

import dev.pip.rules.BundledRules;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Build-time step (run by Maven after compiling, see pip-rules/pom.xml): compiles the bundled
 * rule files to Drools' executable model and writes the generated classes plus an index into
 * the classes folder, for {@link PrecompiledModel} to load at start-up.
 */
public final class ModelWriter {
    private static final String MODEL_LIST = "/drools-model";

    private ModelWriter() {
    }

    /**
     * Writes the model of the bundled rules under {@code args[0]}, the classes folder.
     *
     * @throws IOException when a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ModelWriter <classes folder>");
        }
        Path classes = Path.of(args[0]);
        List<RuleFile> files = BundledRules.files().entrySet().stream()
                .map(e -> new RuleFile(e.getKey(), e.getValue())).toList();
        write(files, classes);
    }

    static void write(List<RuleFile> files, Path classes) throws IOException {
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("dev.pip.rules", "bundled", "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        String folder = "src/main/resources/" + PrecompiledModel.PACKAGE.replace('.', '/') + "/";
        for (RuleFile f : files) {
            kfs.write(folder + f.name(), PrecompiledModel.inBuildPackage(StageSaliences.inline(f.text())));
        }
        KieBuilder builder = ks.newKieBuilder(kfs);
        builder.buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the bundled rules do not compile: " + errors);
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        Path target = classes.resolve(PrecompiledModel.PACKAGE.replace('.', '/'));
        clean(target);
        String prefix = PrecompiledModel.PACKAGE.replace('.', '/') + "/";
        List<String> models = new ArrayList<>();
        int written = 0;
        for (String name : module.getFileNames()) {
            if (name.startsWith(prefix) && name.endsWith(".class")) {
                Path out = classes.resolve(name);
                Files.createDirectories(out.getParent());
                Files.write(out, module.getBytes(name));
                written++;
            } else if (name.endsWith(MODEL_LIST)) {
                new String(module.getBytes(name), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(l -> l.startsWith(PrecompiledModel.PACKAGE + ".")).forEach(models::add);
            }
        }
        if (written == 0) {
            throw new IllegalStateException("Drools wrote no class for the bundled rules into " + target);
        }
        if (models.isEmpty()) {
            throw new IllegalStateException("Drools wrote no model class for the bundled rules");
        }
        Files.createDirectories(target);
        try (OutputStream out = Files.newOutputStream(classes.resolve(PrecompiledModel.INDEX))) {
            out.write(("# Written by " + ModelWriter.class.getName() + " at build time; do not edit.\n"
                    + PrecompiledModel.DIGEST + "=" + Fingerprint.ofRules(files) + "\n"
                    + PrecompiledModel.MODELS + "=" + String.join(",", models) + "\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private static void clean(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
