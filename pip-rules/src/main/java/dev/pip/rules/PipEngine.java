package dev.pip.rules;

import dev.pip.core.Evaluation;
import dev.pip.core.InvalidPlanException;
import dev.pip.core.PlanDocument;
import dev.pip.core.Policy;
import dev.pip.core.PolicyOverrides;
import dev.pip.core.json.PolicyJson;
import dev.pip.core.Problem;
import dev.pip.core.RuleSetId;
import dev.pip.rules.internal.Assembler;
import dev.pip.rules.internal.CompiledCache;
import dev.pip.rules.internal.Contracts;
import dev.pip.rules.internal.FiringListener;
import dev.pip.rules.internal.Fingerprint;
import dev.pip.rules.internal.FiringWatch;
import dev.pip.rules.internal.PlanFacts;
import dev.pip.rules.internal.PolicyLiterals;
import dev.pip.rules.internal.PrecompiledModel;
import dev.pip.rules.internal.RuleCompiler;
import dev.pip.rules.internal.RuleFile;
import dev.pip.rules.internal.RuleText;
import dev.pip.rules.internal.WorkBudget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates PIP plan documents with a rule set: the recommendation, the timeline of decisions,
 * the reasons with evidence, the findings and the weekly checkpoint.
 *
 * <pre>{@code
 * PipEngine engine = PipEngine.withDefaultRules();
 * Evaluation e = engine.evaluate(plan, LocalDate.of(2026, 10, 6));
 * }</pre>
 *
 * <p>Immutable and thread-safe once built: every evaluation runs in a session of its own.
 * The bundled rules come precompiled (tens of milliseconds to build) and run on the Drools
 * runtime that {@code pip-rules} brings; other rule files are compiled when the engine is built
 * (a second or more), with the DRL compiler, which an application adds as the dependency
 * {@code org.drools:drools-engine}: build once and share.
 */
public final class PipEngine {
    private static final Logger LOG = LoggerFactory.getLogger(PipEngine.class);

    /** The name of a rule folder's policy file, its rule set's default policy. */
    public static final String POLICY_FILE = "policy.json";

    /** Firings allowed per evaluation before a rule set is taken to loop. */
    public static final int DEFAULT_MAX_FIRINGS = 100_000;
    /**
     * Units of work a plan may ask for (see {@link Builder#workBudget(long)}): a plan of five
     * targets over the longest timeline the policy allows needs under a thousand.
     */
    public static final long DEFAULT_WORK_BUDGET = 200_000;
    /** Time one evaluation may take before its session is halted (see {@link Builder#timeLimit(Duration)}). */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);
    private static final int MAX_CACHED_OVERRIDES = 4096;

    private final KieBase kieBase;
    /** Sessions reset and reused between evaluations: saves building their node memories each time. */
    private final KieSessionsPool sessions;
    /** Fingerprints of plan policy overrides seen so far: a SHA-256 per plan cost ~3% of an evaluation. */
    private final Map<Policy, RuleSetId> overrideIds = new ConcurrentHashMap<>();
    /** The rule-set id under the engine's own policy, the common case, computed once. */
    private final RuleSetId defaultRuleSetId;
    private final String name;
    private final String rulesDigest;
    private final Policy policy;
    private final int maxFirings;
    private final List<RuleProblem> warnings;
    private final long workBudget;
    private final long timeLimitNanos;
    /** The rule files' names and texts, for the workbench's rule catalogue. */
    private final Map<String, String> sources;

    private PipEngine(Builder b, String name, List<RuleFile> files, Policy policy) {
        this.name = name;
        this.policy = policy;
        this.warnings = PolicyLiterals.warnings(files);
        this.maxFirings = b.maxFirings;
        this.workBudget = b.workBudget;
        this.timeLimitNanos = b.timeLimit.toNanos();
        this.rulesDigest = Fingerprint.ofRules(files);
        Map<String, String> texts = new LinkedHashMap<>();
        files.forEach(f -> texts.put(f.name(), f.text()));
        this.sources = Collections.unmodifiableMap(texts);
        this.kieBase = PrecompiledModel.load(rulesDigest).orElseGet(() -> compile(b.cache, name, files, rulesDigest));
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.defaultRuleSetId = new RuleSetId(name, Fingerprint.of(rulesDigest, policy));
        LOG.info("rule set '{}' ready: {} files, rule-set fingerprint {}", name, files.size(),
                defaultRuleSetId.fingerprint());
    }

    /** The class of the DRL compiler that rule files other than the bundled ones need. */
    private static final String COMPILER_CLASS = "org.drools.model.codegen.ExecutableModelProject";

    private static KieBase compile(Path cacheFolder, String name, List<RuleFile> files, String rulesDigest) {
        try {
            Class.forName(COMPILER_CLASS, false, PipEngine.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("rule set '" + name + "' is not the bundled rules, and compiling rule"
                    + " files needs the DRL compiler, which is not on the class path: add the dependency"
                    + " org.drools:drools-engine (version " + droolsVersion() + ") to the application", e);
        }
        if (cacheFolder == null) {
            return RuleCompiler.compile(name, files);
        }
        CompiledCache cache = new CompiledCache(cacheFolder, rulesDigest);
        return cache.load().orElseGet(() -> RuleCompiler.compile(name, files, cache::store));
    }

    private static String droolsVersion() {
        String version = KieBase.class.getPackage().getImplementationVersion();
        return version == null ? "of the Drools runtime" : version;
    }

    /** An engine with the bundled rules and the default policy of the specification (pip-core/docs/policy.md). */
    public static PipEngine withDefaultRules() {
        return builder().build();
    }

    /** A builder starting from the bundled rules and the default policy. */
    public static Builder builder() {
        return new Builder();
    }

    /** The rule set's name and the fingerprint of its rules under the default policy. */
    public RuleSetId ruleSet() {
        return defaultRuleSetId;
    }

    /** The policy used where a plan does not override it. */
    public Policy policy() {
        return policy;
    }

    /**
     * The rule files this engine was built from: each file's name within the rule set (a relative
     * path with '/' separators) to its text, in build order (an unmodifiable map).
     */
    public Map<String, String> ruleFiles() {
        return sources;
    }

    /**
     * What the rules build with but should not: numbers in conditions that equal a policy
     * parameter's default (a threshold that no policy file or plan can change). Empty for the bundled rules.
     */
    public List<RuleProblem> warnings() {
        return warnings;
    }

    /**
     * Evaluates one plan as of a date. Same plan, date and rule set: same evaluation, always.
     *
     * <p>Every failure of the rules on this plan is a {@link RuleExecutionException} for this plan
     * alone, naming the rule to blame: an exception or {@link Error} thrown by a rule (a stack
     * overflow, an assertion, a heap exhausted by one plan's facts), the firing limit reached (the
     * rule that fired most is named) or the time limit passed. Limits are checked between
     * firings: a consequence that never returns (an endless loop in Java code, a blocking call)
     * cannot be stopped, because a Java thread cannot be stopped safely from outside; rule files
     * are code with the rights of the process and must be trusted as such.
     *
     * @throws InvalidPlanException when the plan asks for more work than the budget allows
     * @throws RuleExecutionException when a rule fails, the rule set loops, takes longer than the
     *                                time limit, or gives no single recommendation
     * @throws RuleContractException when the rule set breaks its contract on this plan (no single
     *         recommendation, two decisions on a day, a decision after the end of the timeline, a
     *         decision point fallen due left undecided, a decision on a day the time model does not allow)
     */
    public Evaluation evaluate(PlanDocument plan, LocalDate asOf) {
        return run(plan, asOf, null);
    }

    /**
     * Evaluates one plan as of a date, telling {@code observer} of every rule firing in the order
     * the engine fires them (the rule author's workbench counts and explains firings with it).
     * Same answer, limits and failures as {@link #evaluate(PlanDocument, LocalDate)}.
     *
     * @throws InvalidPlanException when the plan asks for more work than the budget allows
     * @throws RuleExecutionException when a rule fails, the rule set loops, takes longer than the
     *                                time limit, or gives no single recommendation
     */
    public Evaluation evaluate(PlanDocument plan, LocalDate asOf, EvaluationObserver observer) {
        return run(plan, asOf, new FiringListener(Objects.requireNonNull(observer, "observer must not be null")));
    }

    private Evaluation run(PlanDocument plan, LocalDate asOf, FiringListener listener) {
        Objects.requireNonNull(plan, "plan must not be null");
        checkAsOf(asOf);
        Policy effective = policy.with(plan.policy());
        long work = WorkBudget.of(plan, effective, asOf);
        if (work > workBudget) {
            throw new InvalidPlanException(plan.planId(), List.of(new Problem("$", "plan " + plan.planId()
                    + " asks for " + work + " units of work by " + asOf + ", more than the budget of " + workBudget
                    + " (targets and tracked metrics times the weeks its timeline can reach, plus its entries)")));
        }
        List<Object> facts = PlanFacts.of(plan, effective, asOf);
        Assembler assembler = new Assembler();
        run(plan.planId(), facts, assembler, listener);
        LOG.debug("evaluated plan {} as of {}", plan.planId(), asOf);
        RuleSetId ruleSetId = effective.equals(policy) ? defaultRuleSetId : ruleSetIdUnder(effective);
        Evaluation evaluation = assembler.assemble(plan, asOf, effective, ruleSetId);
        Contracts.check(name, plan, effective, asOf, evaluation);
        return evaluation;
    }

    /**
     * Runs the rules on {@code facts} in a pooled session, watched, and hands every result to
     * {@code assembler}; a {@code listener} (may be null) is told of every firing.
     */
    private void run(String planId, List<Object> facts, Assembler assembler, FiringListener listener) {
        KieSession session = sessions.newKieSession();
        FiringWatch watch = new FiringWatch(timeLimitNanos);
        boolean clean = false;
        session.addEventListener((AgendaEventListener) watch);
        session.addEventListener((RuleRuntimeEventListener) watch);
        if (listener != null) {
            session.addEventListener(listener.agenda);
            session.addEventListener(listener.memory);
        }
        try {
            facts.forEach(session::insert);
            // One firing beyond the limit tells a rule set that needs exactly maxFirings from one that loops.
            int fired = session.fireAllRules(maxFirings == Integer.MAX_VALUE ? maxFirings : maxFirings + 1);
            if (fired > maxFirings) {
                throw firingLimit(watch);
            }
            if (watch.timedOut()) {
                throw new RuleExecutionException("the evaluation took longer than its time limit of "
                        + Duration.ofNanos(timeLimitNanos).toMillis() + " ms" + watch.current()
                        .map(r -> "; rule \"" + r + "\" was firing").orElse("") + mostFired(watch),
                        watch.mostFired().map(Map.Entry::getKey).orElse(null));
            }
            session.getObjects().forEach(assembler::accept);
            Contracts.oneRecommendation(name, planId, assembler.recommended());
            clean = true;
        } catch (RuleExecutionException | RuleContractException e) {
            throw e;
        } catch (Throwable t) { // an Error of a rule fails this plan alone, never the caller's batch
            throw failed(t, watch);
        } finally {
            session.removeEventListener((AgendaEventListener) watch);
            session.removeEventListener((RuleRuntimeEventListener) watch);
            if (listener != null) {
                // Pooled sessions are reused: the next evaluation must not report to this observer.
                session.removeEventListener(listener.agenda);
                session.removeEventListener(listener.memory);
            }
            if (clean) {
                session.dispose();
            } else {
                // A session a rule broke off in the middle is not put back into the pool.
                destroyQuietly(session);
            }
        }
    }

    private static void destroyQuietly(KieSession session) {
        try {
            session.destroy();
        } catch (RuntimeException e) {
            LOG.debug("a failed session could not be destroyed", e);
        }
    }

    /** The exception for a throwable out of a session: the rule it came from, what it was. */
    private static RuleExecutionException failed(Throwable t, FiringWatch watch) {
        Throwable cause = t;
        String rule = watch.current().orElse(null);
        if (t instanceof ConsequenceException c) {
            rule = c.getRule() == null ? rule : c.getRule().getName();
            cause = c.getCause() == null ? c : c.getCause();
        }
        String what = cause.getClass().getSimpleName() + (cause.getMessage() == null ? ""
                : ": " + cause.getMessage().strip());
        String where = rule == null ? "while matching the plan's facts" : "in rule \"" + rule + "\"";
        return new RuleExecutionException("the rules failed " + where + ": " + what, rule, t);
    }

    private static String mostFired(FiringWatch watch) {
        return watch.mostFired().map(e -> "; rule \"" + e.getKey() + "\" fired most (" + e.getValue() + " times)")
                .orElse("");
    }

    private RuleSetId ruleSetIdUnder(Policy effective) {
        RuleSetId known = overrideIds.get(effective);
        if (known != null) {
            return known;
        }
        RuleSetId id = new RuleSetId(name, Fingerprint.of(rulesDigest, effective));
        if (overrideIds.size() < MAX_CACHED_OVERRIDES) {
            overrideIds.put(effective, id);
        }
        return id;
    }

    /**
     * Checks an as-of date: present, and a date a plan document can hold (years 0000 to 9999),
     * so that day arithmetic over a plan cannot overflow.
     */
    private static void checkAsOf(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf must not be null");
        if (asOf.getYear() < 0 || asOf.getYear() > 9999) {
            throw new IllegalArgumentException("asOf must lie in the years 0000 to 9999, was " + asOf);
        }
    }

    /**
     * Evaluates many plans as of one date on the common fork-join pool, using every core;
     * results in input order.
     *
     * @throws RuleExecutionException when the rule set loops on a plan
     */
    public List<Evaluation> evaluateAll(Collection<PlanDocument> plans, LocalDate asOf) {
        List<PlanDocument> all = plansOf(plans);
        checkAsOf(asOf);
        return all.parallelStream().map(p -> evaluate(p, asOf)).toList();
    }

    /**
     * Evaluates many plans as of one date, each as a task on {@code executor} (an application's
     * own pool, say, so a batch neither competes with other work on the common pool nor outlives
     * a shutdown); results in input order. Waits for every plan; the first failure in input order
     * is rethrown as it was thrown, once every task has ended.
     *
     * @throws RuleExecutionException when the rule set loops on a plan
     * @throws java.util.concurrent.RejectedExecutionException when {@code executor} refuses a task
     */
    public List<Evaluation> evaluateAll(Collection<PlanDocument> plans, LocalDate asOf, Executor executor) {
        List<PlanDocument> all = plansOf(plans);
        checkAsOf(asOf);
        Objects.requireNonNull(executor, "executor must not be null");
        List<CompletableFuture<Evaluation>> tasks = all.stream()
                .map(p -> CompletableFuture.supplyAsync(() -> evaluate(p, asOf), executor)).toList();
        List<Evaluation> out = new ArrayList<>(tasks.size());
        RuntimeException first = null;
        for (CompletableFuture<Evaluation> task : tasks) {
            try {
                out.add(task.join());
            } catch (CompletionException | CancellationException e) {
                if (first == null) {
                    first = e.getCause() instanceof RuntimeException r ? r : e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
        return List.copyOf(out);
    }

    private static List<PlanDocument> plansOf(Collection<PlanDocument> plans) {
        Objects.requireNonNull(plans, "plans must not be null");
        List<PlanDocument> all = new ArrayList<>(plans.size());
        for (PlanDocument p : plans) {
            all.add(Objects.requireNonNull(p, () -> "plans[" + all.size() + "] must not be null"));
        }
        return all;
    }

    /** Evaluates a stream of plans lazily, in order: for batches larger than memory. */
    public Stream<Evaluation> evaluateStream(Stream<PlanDocument> plans, LocalDate asOf) {
        Objects.requireNonNull(plans, "plans must not be null");
        checkAsOf(asOf);
        return plans.map(p -> evaluate(p, asOf));
    }

    /** The firing limit reached: names the rule that fired most, counted as the session ran. */
    private RuleExecutionException firingLimit(FiringWatch watch) {
        Map.Entry<String, Integer> most = watch.mostFired().orElse(Map.entry("(unknown)", 0));
        return new RuleExecutionException("the rule set fired " + maxFirings + " times without stopping; rule \""
                + most.getKey() + "\" fired " + most.getValue() + " times", most.getKey());
    }

    /** Builds a {@link PipEngine}. Not thread-safe; {@link #build()} compiles the rules. */
    public static final class Builder {
        private Path folder;
        private final List<Path> extra = new ArrayList<>();
        /** The policy given in Java; when null, the rule folder's policy.json or the defaults. */
        private Policy policy;
        private PolicyOverrides overrides = PolicyOverrides.none();
        private String name;
        private int maxFirings = DEFAULT_MAX_FIRINGS;
        private Path cache;
        private long workBudget = DEFAULT_WORK_BUDGET;
        private Duration timeLimit = DEFAULT_TIME_LIMIT;

        private Builder() {
        }

        /**
         * Keeps rule sets compiled from files in {@code folder}, by the digest of their texts, so that
         * the same rules load without the compiler next time, in this process or another (seconds
         * saved per start). Off by default. The folder's files are loaded as code: give a folder only
         * its user can write, such as one under the user's cache directory.
         */
        public Builder compiledRulesCache(Path folder) {
            this.cache = Objects.requireNonNull(folder, "folder");
            return this;
        }

        /**
         * Replaces the bundled rules with every {@code .drl} file in {@code folder} (and its
         * subfolders). A {@code policy.json} in the folder (see {@code pip rules export}) is the rule
         * set's default policy, validated like a plan's {@code policy}.
         */
        public Builder rules(Path folder) {
            this.folder = Objects.requireNonNull(folder, "folder");
            return this;
        }

        /** Uses the bundled rules (the default). */
        public Builder bundledRules() {
            this.folder = null;
            return this;
        }

        /** Adds a {@code .drl} file, or every one in a folder, to the rules; a file named like one already there replaces it. */
        public Builder addRules(Path fileOrFolder) {
            extra.add(Objects.requireNonNull(fileOrFolder, "fileOrFolder"));
            return this;
        }

        /**
         * The policy used where a plan does not override it. Without it: the rule folder's
         * {@code policy.json} when it has one (see {@link #rules(Path)}), else the defaults.
         */
        public Builder policy(Policy value) {
            this.policy = Objects.requireNonNull(value, "policy");
            return this;
        }

        /** Parameters set on top of the policy (the one given, the folder's or the defaults), for example from a policy file. */
        public Builder policy(PolicyOverrides value) {
            this.overrides = Objects.requireNonNull(value, "overrides");
            return this;
        }

        /** The rule set's name in evaluations (default "bundled" or the folder's name). */
        public Builder name(String value) {
            this.name = Objects.requireNonNull(value, "name");
            return this;
        }

        /** Firings allowed per evaluation before the rule set is taken to loop (default 100,000). */
        public Builder maxFirings(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxFirings must be at least 1, was " + value);
            }
            this.maxFirings = value;
            return this;
        }

        /**
         * Units of work one plan may ask for (default {@value PipEngine#DEFAULT_WORK_BUDGET}): its
         * targets and tracked metrics, plus one, times the plan weeks its timeline can reach by
         * as-of, plus its observations, check-ins, deliveries, support commitments and recorded
         * decisions. A plan beyond it is rejected before any rule runs, with a message naming it.
         */
        public Builder workBudget(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("workBudget must be at least 1, was " + value);
            }
            this.workBudget = value;
            return this;
        }

        /**
         * Time one evaluation's rules may run (default 10 seconds): checked before each firing,
         * so it stops a rule set that keeps firing, but not a single consequence that never
         * returns (see {@link PipEngine#evaluate}).
         */
        public Builder timeLimit(Duration value) {
            Objects.requireNonNull(value, "timeLimit");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("timeLimit must be positive, was " + value);
            }
            this.timeLimit = value.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : value;
            return this;
        }

        /**
         * Compiles the rules and builds the engine.
         *
         * @throws RuleSetException listing every problem of every rule file, a file that cannot be
         *                          read or is not UTF-8 among them
         * @throws IllegalStateException when the rules are not the bundled ones and the DRL compiler
         *                               ({@code org.drools:drools-engine}) is not on the class path
         */
        public PipEngine build() {
            Map<String, RuleFile> files = new LinkedHashMap<>();
            List<RuleProblem> problems = new ArrayList<>();
            if (folder == null) {
                BundledRules.ruleFiles().forEach(f -> files.put(f.name(), f));
            } else {
                read(folder, problems).forEach(f -> files.put(f.name(), f));
            }
            for (Path p : extra) {
                read(p, problems).forEach(f -> files.put(f.name(), f));
            }
            if (!problems.isEmpty()) {
                throw new RuleSetException(ruleSetName(), problems);
            }
            if (files.isEmpty()) {
                throw new RuleSetException(ruleSetName(), List.of(
                        new RuleProblem(String.valueOf(folder), 0, 0, "no .drl files found")));
            }
            String ruleSetName = ruleSetName();
            Policy base = policy != null ? policy : folderPolicy(ruleSetName);
            return new PipEngine(this, ruleSetName, List.copyOf(files.values()), base.with(overrides));
        }

        /** The folder's policy.json over the defaults; the defaults without a folder or file. */
        private Policy folderPolicy(String ruleSetName) {
            if (folder == null || !Files.isRegularFile(folder.resolve(POLICY_FILE))) {
                return Policy.defaults();
            }
            try {
                return Policy.defaults().with(PolicyJson.read(folder.resolve(POLICY_FILE)));
            } catch (InvalidPlanException e) {
                throw new RuleSetException(ruleSetName, e.problems().stream()
                        .map(p -> new RuleProblem(POLICY_FILE, 0, 0, p.path() + ": " + p.message())).toList());
            }
        }

        private String ruleSetName() {
            if (name != null) {
                return name;
            }
            if (folder == null) {
                return "bundled";
            }
            Path fileName = folder.toAbsolutePath().normalize().getFileName();
            return fileName == null ? folder.toString() : fileName.toString();
        }

        /** The rule files of {@code path}; each file that cannot be read or is not UTF-8 adds a problem instead. */
        private static List<RuleFile> read(Path path, List<RuleProblem> problems) {
            List<RuleFile> out = new ArrayList<>();
            if (!Files.isDirectory(path)) {
                Path fileName = path.getFileName();
                readFile(path, fileName == null ? path.toString() : fileName.toString(), out, problems);
                return out;
            }
            List<Path> drl;
            try (Stream<Path> walk = Files.walk(path)) {
                drl = walk.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p))
                        .sorted(Comparator.comparing(Path::toString)).toList();
            } catch (IOException | UncheckedIOException e) {
                problems.add(new RuleProblem(path.toString(), 0, 0, "cannot read the rule folder: " + cause(e)));
                return out;
            }
            for (Path p : drl) {
                readFile(p, path.relativize(p).toString().replace('\\', '/'), out, problems);
            }
            return out;
        }

        private static void readFile(Path file, String name, List<RuleFile> out, List<RuleProblem> problems) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                problems.add(new RuleProblem(name, 0, 0, "cannot read the rule file: " + cause(e)));
                return;
            }
            Optional<String> text = RuleText.decode(bytes);
            if (text.isPresent()) {
                out.add(new RuleFile(name, text.get()));
            } else {
                RuleText.Malformed at = RuleText.malformedAt(bytes);
                problems.add(new RuleProblem(name, at.line(), at.column(),
                        "the rule file is not UTF-8 text: these bytes are no UTF-8 character"));
            }
        }

        private static String cause(Exception e) {
            Throwable c = e instanceof UncheckedIOException u ? u.getCause() : e;
            return c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage());
        }
    }
}
