package dev.pip.rules.internal;

import dev.pip.rules.RuleProblem;
import dev.pip.rules.RuleSetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Consumer;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
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
 * messages, and the raw exceptions some mistakes escape as) into {@link RuleProblem}s placed in
 * the author's file, with the rule's name.
 *
 * <p>Drools reports a rule set's problems in stages (syntax, then conditions, then the Java of
 * consequences) and stops at the first stage with errors. So that one check reports every
 * problem, a failed build is tried again without the rules already found broken, until a build
 * brings no new problem.
 */
public final class RuleCompiler {
    private static final Logger LOG = LoggerFactory.getLogger(RuleCompiler.class);
    private static final String ROOT = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();
    /** The file named by a problem that no file of the rule set could be found responsible for. */
    static final String UNKNOWN_FILE = "(rule set)";
    /** Builds tried at most for one report: each pass removes at least one broken rule. */
    private static final int MAX_PASSES = 6;
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([A-Za-z_][\\w.]*)\\s*;?");
    private static final Pattern LINE_COLUMN = Pattern.compile("[Ll]ine (\\d+):(\\d+)");
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    private static final String JAVA_DUMP = "Java source of";

    private RuleCompiler() {
    }

    /** A KieBase of {@code files}, or a {@link RuleSetException} listing every problem. */
    public static KieBase compile(String ruleSetName, List<RuleFile> files) {
        return compile(ruleSetName, files, module -> { });
    }

    /**
     * A KieBase of {@code files}, handing the compiled module to {@code compiled} (to keep it for
     * next time), or a {@link RuleSetException} listing every problem.
     */
    public static KieBase compile(String ruleSetName, List<RuleFile> files, Consumer<InternalKieModule> compiled) {
        long start = System.nanoTime();
        Attempt attempt = attempt(files, compiled);
        if (attempt.base != null) {
            LOG.debug("compiled rule set '{}' ({} files) in {} ms", ruleSetName, files.size(),
                    (System.nanoTime() - start) / 1_000_000);
            return attempt.base;
        }
        throw new RuleSetException(ruleSetName, everyProblem(files, attempt));
    }

    /**
     * The problems of a failed build, then of builds where each misspelling found so far is
     * replaced by the name it most likely meant and each other broken rule is left out.
     */
    private static List<RuleProblem> everyProblem(List<RuleFile> files, Attempt first) {
        Map<String, String> current = new LinkedHashMap<>();
        files.forEach(f -> current.put(f.name(), f.text()));
        Set<RuleProblem> found = new LinkedHashSet<>();
        Attempt attempt = first;
        for (int pass = 1; ; pass++) {
            List<DrlText> texts = current.entrySet().stream()
                    .map(e -> new DrlText(new RuleFile(e.getKey(), e.getValue()))).toList();
            List<ProblemLocator.Located> located = located(attempt.raw, texts);
            boolean progress = false;
            Map<String, Set<String>> leaveOut = new HashMap<>();
            Map<String, List<ProblemLocator.Fix>> fixes = new HashMap<>();
            for (ProblemLocator.Located l : located) {
                progress |= found.add(l.problem());
                if (l.fix().isPresent()) {
                    fixes.computeIfAbsent(l.fix().get().file(), k -> new ArrayList<>()).add(l.fix().get());
                } else if (l.problem().rule().isPresent()) {
                    leaveOut.computeIfAbsent(l.problem().file(), k -> new HashSet<>()).add(l.problem().rule().get());
                }
            }
            boolean stuck = located.stream().anyMatch(l -> l.problem().rule().isEmpty());
            if (!progress || stuck || pass == MAX_PASSES || (fixes.isEmpty() && leaveOut.isEmpty())) {
                break;
            }
            for (DrlText t : texts) {
                String text = t.file().text();
                List<ProblemLocator.Fix> mine = new ArrayList<>(fixes.getOrDefault(t.name(), List.of()));
                mine.sort(java.util.Comparator.comparingInt(ProblemLocator.Fix::offset).reversed());
                for (ProblemLocator.Fix f : mine) {
                    if (text.startsWith(f.wrong(), f.offset())) {
                        text = text.substring(0, f.offset()) + f.replacement() + text.substring(f.offset() + f.wrong().length());
                    }
                }
                Set<String> gone = leaveOut.getOrDefault(t.name(), Set.of());
                if (!gone.isEmpty()) {
                    text = new DrlText(new RuleFile(t.name(), text)).withoutRules(gone);
                }
                current.put(t.name(), text);
            }
            attempt = attempt(current.entrySet().stream().map(e -> new RuleFile(e.getKey(), e.getValue())).toList());
            if (attempt.base != null) {
                break;
            }
        }
        List<RuleProblem> out = new ArrayList<>(found);
        out.sort(java.util.Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)
                .thenComparingInt(RuleProblem::column));
        return attributed(files, out);
    }

    /** One pass's messages placed in the files; the noise that comes with a real problem dropped. */
    private static List<ProblemLocator.Located> located(List<Raw> raw, List<DrlText> texts) {
        ProblemLocator locator = new ProblemLocator(texts);
        Set<String> filesWithOtherProblems = new HashSet<>();
        for (Raw r : raw) {
            if (r.file.isPresent() && !r.text.startsWith(NULL_PACKAGE) && !r.text.startsWith(JAVA_DUMP)) {
                filesWithOtherProblems.add(r.file.get().name());
            }
        }
        boolean anyReal = raw.stream().anyMatch(r -> !r.text.startsWith(JAVA_DUMP));
        List<ProblemLocator.Located> out = new ArrayList<>();
        for (Raw r : raw) {
            if (r.text.startsWith(JAVA_DUMP) && anyReal) {
                continue;
            }
            if (r.text.startsWith(NULL_PACKAGE) && r.file.isPresent()
                    && filesWithOtherProblems.contains(r.file.get().name())) {
                continue;
            }
            String text = r.text.startsWith(JAVA_DUMP)
                    ? "generated Java does not compile: " + r.text.lines().findFirst().orElse("") : r.text;
            Optional<DrlText> file = r.file.flatMap(f -> texts.stream().filter(t -> t.name().equals(f.name())).findFirst());
            out.add(locator.locate(file, r.line, r.column, text));
        }
        // A misspelled name brings follow-on messages in its rule (a binding of an unknown type cannot be
        // analysed): keep the misspelling; the rest comes back in the next pass if it was a problem of its own.
        Set<String> misspelt = new HashSet<>();
        out.stream().filter(l -> l.fix().isPresent() && l.problem().rule().isPresent())
                .forEach(l -> misspelt.add(l.problem().file() + "\0" + l.problem().rule().get()));
        return out.stream().filter(l -> l.fix().isPresent() || l.problem().rule().isEmpty()
                || !misspelt.contains(l.problem().file() + "\0" + l.problem().rule().get())).toList();
    }

    /**
     * Problems that no search could place (no file named, no identifier found) are blamed on the
     * first file whose addition makes such a problem appear.
     */
    private static List<RuleProblem> attributed(List<RuleFile> files, List<RuleProblem> problems) {
        if (files.size() < 2 || problems.stream().noneMatch(p -> p.file().equals(UNKNOWN_FILE))) {
            return problems;
        }
        for (int n = 1; n <= files.size(); n++) {
            Attempt prefix = attempt(files.subList(0, n));
            if (prefix.raw.stream().anyMatch(r -> r.file.isEmpty())) {
                String blamed = files.get(n - 1).name();
                return problems.stream().map(p -> p.file().equals(UNKNOWN_FILE) ? p.inFile(blamed) : p).toList();
            }
        }
        return problems;
    }

    /** A message as Drools gave it, with our file when it named one. */
    private record Raw(Optional<RuleFile> file, int line, int column, String text) {
    }

    private record Attempt(KieBase base, List<Raw> raw) {
    }

    private static Attempt attempt(List<RuleFile> files) {
        return attempt(files, module -> { });
    }

    private static Attempt attempt(List<RuleFile> files, Consumer<InternalKieModule> compiled) {
        KieServices ks = KieServices.Factory.get();
        ReleaseId releaseId = ks.newReleaseId("dev.pip.rules.generated", "ruleset-" + BUILDS.incrementAndGet(), "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem();
        kfs.generateAndWritePomXML(releaseId);
        Map<String, RuleFile> originals = new LinkedHashMap<>();
        for (RuleFile f : files) {
            String location = location(f);
            originals.put(location, f);
            kfs.write(location, StageSaliences.inline(f.text()));
        }
        try {
            KieBuilder builder = ks.newKieBuilder(kfs);
            builder.buildAll(ExecutableModelProject.class);
            List<Raw> problems = new ArrayList<>();
            for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
                problems.add(raw(m, originals));
            }
            if (!problems.isEmpty()) {
                return new Attempt(null, problems);
            }
            KieContainer container = ks.newKieContainer(releaseId);
            KieBase base = container.getKieBase();
            compiled.accept((InternalKieModule) builder.getKieModule());
            return new Attempt(base, List.of());
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return new Attempt(null, List.of(new Raw(Optional.empty(), 0, 0, "the rule compiler failed: " + describe(e))));
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /** Where a file goes in the virtual project: the folder of its package, so Drools finds them in step. */
    private static String location(RuleFile f) {
        Matcher m = PACKAGE.matcher(f.text());
        String folder = m.find() ? m.group(1).replace('.', '/') + "/" : "";
        String base = f.name().substring(f.name().lastIndexOf('/') + 1);
        return ROOT + folder + Integer.toHexString(f.name().hashCode()) + "-" + base;
    }

    private static Raw raw(Message m, Map<String, RuleFile> originals) {
        String path = m.getPath() == null ? "" : m.getPath();
        String text = m.getText() == null ? "unknown problem" : m.getText().strip();
        RuleFile file = originals.get(path);
        if (file == null) {
            file = originals.get(ROOT + path);
        }
        // Messages may name the file by its place in the virtual project: name the author's file instead.
        for (Map.Entry<String, RuleFile> e : originals.entrySet()) {
            text = text.replace(e.getKey(), e.getValue().name()).replace(e.getKey().substring(ROOT.length()),
                    e.getValue().name());
            if (file == null && text.contains(e.getValue().name()) && !text.startsWith(JAVA_DUMP)) {
                file = e.getValue();
            }
        }
        if (file == null) {
            return new Raw(Optional.empty(), 0, 0, text);
        }
        int line = Math.max(0, m.getLine());
        int column = Math.max(0, m.getColumn());
        Matcher at = LINE_COLUMN.matcher(text);
        if (at.find()) {
            line = line > 0 ? line : Integer.parseInt(at.group(1));
            column = column > 0 ? column : Integer.parseInt(at.group(2)) + 1;
        }
        return new Raw(Optional.of(file), line, column, text);
    }

    private static String describe(Throwable e) {
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
        return text.toString();
    }
}
