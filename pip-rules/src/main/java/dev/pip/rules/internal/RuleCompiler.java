package dev.pip.rules.internal;

import dev.pip.rules.RuleProblem;
import dev.pip.rules.RuleSetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles rule files to a KieBase with Drools' executable model, turning every problem (build
 * messages, and the raw exceptions some mistakes escape as) into {@link RuleProblem}s.
 */
public final class RuleCompiler {
    private static final Logger LOG = LoggerFactory.getLogger(RuleCompiler.class);
    private static final String ROOT = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final String UNKNOWN_FILE = "(rule set)";
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([A-Za-z_][\\w.]*)\\s*;?");
    private static final Pattern LINE_COLUMN = Pattern.compile("[Ll]ine (\\d+):(\\d+)");
    private static final Pattern GENERATED_FILE = Pattern.compile("([A-Za-z0-9_$]+)\\.java");

    private RuleCompiler() {
    }

    /** A KieBase of {@code files}, or a {@link RuleSetException} listing every problem. */
    public static KieBase compile(String ruleSetName, List<RuleFile> files) {
        long start = System.nanoTime();
        Attempt attempt = attempt(files);
        if (attempt.base != null) {
            LOG.debug("compiled rule set '{}' ({} files) in {} ms", ruleSetName, files.size(),
                    (System.nanoTime() - start) / 1_000_000);
            return attempt.base;
        }
        throw new RuleSetException(ruleSetName, attributed(files, attempt.problems));
    }

    /**
     * Problems Drools reported without a rule file (errors in generated Java, raw exceptions)
     * are blamed on the first file whose addition makes such a problem appear.
     */
    private static List<RuleProblem> attributed(List<RuleFile> files, List<RuleProblem> problems) {
        if (files.size() < 2 || problems.stream().noneMatch(p -> p.file().equals(UNKNOWN_FILE))) {
            return problems;
        }
        for (int n = 1; n <= files.size(); n++) {
            Attempt prefix = attempt(files.subList(0, n));
            if (prefix.problems.stream().anyMatch(p -> p.file().equals(UNKNOWN_FILE))) {
                String blamed = files.get(n - 1).name();
                return problems.stream().map(p -> p.file().equals(UNKNOWN_FILE)
                        ? new RuleProblem(blamed, 0, 0, p.message()) : p).toList();
            }
        }
        return problems;
    }

    private record Attempt(KieBase base, List<RuleProblem> problems) {
    }

    private static Attempt attempt(List<RuleFile> files) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("dev.pip.rules.generated", "ruleset-" + BUILDS.incrementAndGet(), "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        Map<String, String> originals = new HashMap<>();
        for (RuleFile f : files) {
            String location = location(f);
            originals.put(location, f.name());
            kfs.write(location, f.text());
        }
        try {
            KieBuilder builder = ks.newKieBuilder(kfs);
            builder.buildAll(ExecutableModelProject.class);
            List<RuleProblem> problems = new ArrayList<>();
            for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
                problems.add(toProblem(m, files, originals));
            }
            if (!problems.isEmpty()) {
                return new Attempt(null, withoutNoise(problems));
            }
            KieContainer container = ks.newKieContainer(releaseId);
            return new Attempt(container.getKieBase(), List.of());
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return new Attempt(null, List.of(blame(e, files)));
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /** Drops the "Java source of ... in error" dumps when a more telling problem names the same file. */
    private static List<RuleProblem> withoutNoise(List<RuleProblem> problems) {
        List<RuleProblem> out = new ArrayList<>();
        for (RuleProblem p : problems) {
            boolean dump = p.message().startsWith("Java source of");
            if (!dump || problems.stream().noneMatch(q -> q != p && q.file().equals(p.file())
                    && !q.message().startsWith("Java source of"))) {
                out.add(dump ? new RuleProblem(p.file(), 0, 0,
                        "generated Java does not compile: " + p.message().lines().findFirst().orElse("")) : p);
            }
        }
        return out;
    }

    /** Where a file goes in the virtual project: the folder of its package, so Drools finds them in step. */
    private static String location(RuleFile f) {
        Matcher m = PACKAGE.matcher(f.text());
        String folder = m.find() ? m.group(1).replace('.', '/') + "/" : "";
        String base = f.name().substring(f.name().lastIndexOf('/') + 1);
        return ROOT + folder + Integer.toHexString(f.name().hashCode()) + "-" + base;
    }

    private static RuleProblem toProblem(Message m, List<RuleFile> files, Map<String, String> originals) {
        String path = m.getPath() == null ? "" : m.getPath();
        String text = m.getText() == null ? "unknown problem" : m.getText().strip();
        String file = originals.get(path);
        if (file == null) {
            file = originals.get(ROOT + path);
        }
        boolean inRuleFile = file != null;
        if (file == null) {
            file = guessFile(path + " " + text, files);
        }
        int line = inRuleFile ? Math.max(0, m.getLine()) : 0;
        int column = inRuleFile ? Math.max(0, m.getColumn()) : 0;
        Matcher at = LINE_COLUMN.matcher(text);
        if (at.find()) {
            line = line > 0 ? line : Integer.parseInt(at.group(1));
            column = column > 0 ? column : Integer.parseInt(at.group(2)) + 1;
        }
        return new RuleProblem(file, line, column, text);
    }

    /** For errors in generated Java or without a path: the rule file whose rule or text the message names. */
    private static String guessFile(String text, List<RuleFile> files) {
        for (RuleFile f : files) {
            if (text.contains(f.name())) {
                return f.name();
            }
        }
        Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(text);
        while (m.find()) {
            String quoted = m.group(1);
            for (RuleFile f : files) {
                if (f.text().contains("rule \"" + quoted + "\"")) {
                    return f.name();
                }
            }
        }
        Matcher g = GENERATED_FILE.matcher(text);
        if (g.find() && files.size() == 1) {
            return files.get(0).name();
        }
        return files.size() == 1 ? files.get(0).name() : UNKNOWN_FILE;
    }

    private static RuleProblem blame(Throwable e, List<RuleFile> files) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (text.length() > 0) {
                text.append(": ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(' ').append(t.getMessage().strip());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        String message = text.toString();
        return new RuleProblem(guessFile(message, files), 0, 0, "the rule compiler failed: " + message);
    }
}
