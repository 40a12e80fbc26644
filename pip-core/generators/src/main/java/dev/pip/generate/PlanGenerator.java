package dev.pip.generate;

import dev.pip.core.Approvals;
import dev.pip.core.Diagnosis;
import dev.pip.core.Direction;
import dev.pip.core.Judged;
import dev.pip.core.Observation;
import dev.pip.core.PlanDocument;
import dev.pip.core.Policy;
import dev.pip.core.PolicyOverrides;
import dev.pip.core.Rep;
import dev.pip.core.RootCause;
import dev.pip.core.SupportCommitment;
import dev.pip.core.Target;
import dev.pip.core.TargetKind;
import dev.pip.core.TrackedMetric;
import dev.pip.core.time.PlanCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

/**
 * Generates valid plan documents along every path of the specification, for property-based
 * tests. Immutable: each {@code with...} returns a changed copy. Every choice comes from the
 * {@link RandomGenerator} passed in, so the same seed gives the same plans.
 *
 * <pre>{@code
 * PlanGenerator generator = PlanGenerator.defaults().withBehaviouralTargets(4, 4);
 * RandomGenerator random = new SplittableRandom(42);
 * GeneratedPlan g = generator.next(random);                       // a random story
 * PlanDocument strong = generator.plan(random, Scenario.STRONG);  // a chosen story
 * }</pre>
 *
 * <p>A jqwik user wraps it as {@code Arbitraries.randomValue(r -> generator.next(r))}. Invalid
 * documents, each broken in one known way at one JSON path, come from {@link InvalidDocuments}.
 * Generated values are whole numbers, so sums and means of dated observations are exact. The
 * data is shaped for the engine's default policy plus the plan's own overrides.
 */
public final class PlanGenerator {
    private static final LocalDate EPOCH = LocalDate.of(2026, 1, 5);
    private static final int[] WINDOWS = {30, 45, 60, 60, 60, 90};
    private static final String[] NAMES = {"Qualified discovery calls", "Demos booked", "Follow-ups within 24h",
        "Multi-threaded opportunities", "Next steps agreed", "Mutual action plans", "Executive sponsors met"};

    private final int minTargets;
    private final int maxTargets;
    private final int weeks;
    private final int asOfBefore;
    private final int asOfAfter;
    private final double datedShare;
    private final boolean policyOverrides;
    private final boolean edgeCases;

    private PlanGenerator(int minTargets, int maxTargets, int weeks, int asOfBefore, int asOfAfter,
            double datedShare, boolean policyOverrides, boolean edgeCases) {
        if (minTargets < 1 || maxTargets < minTargets || maxTargets > NAMES.length) {
            throw new IllegalArgumentException("behavioural targets must satisfy 1 <= min <= max <= " + NAMES.length
                    + ", were " + minTargets + ".." + maxTargets);
        }
        if (weeks < 0 || asOfBefore < 0 || asOfAfter < 0 || !(datedShare >= 0 && datedShare <= 1)) {
            throw new IllegalArgumentException("weeks, as-of spread and dated share must be >= 0 (share <= 1)");
        }
        this.minTargets = minTargets;
        this.maxTargets = maxTargets;
        this.weeks = weeks;
        this.asOfBefore = asOfBefore;
        this.asOfAfter = asOfAfter;
        this.datedShare = datedShare;
        this.policyOverrides = policyOverrides;
        this.edgeCases = edgeCases;
    }

    /** 3-5 behavioural targets, weeks through monitoring, as-of from 10 days before the start to 3 weeks after the data. */
    public static PlanGenerator defaults() {
        return new PlanGenerator(3, 5, 0, 10, 21, 0.3, true, false);
    }

    /** Between {@code min} and {@code max} behavioural targets (NOT_ACTIVATABLE stories may break this on purpose). */
    public PlanGenerator withBehaviouralTargets(int min, int max) {
        return new PlanGenerator(min, max, weeks, asOfBefore, asOfAfter, datedShare, policyOverrides, edgeCases);
    }

    /** Observations for plan weeks 1..{@code weeks}; 0 (the default) covers window, extensions and monitoring. */
    public PlanGenerator withWeeks(int value) {
        return new PlanGenerator(minTargets, maxTargets, value, asOfBefore, asOfAfter, datedShare, policyOverrides,
                edgeCases);
    }

    /** As-of dates from {@code daysBeforeStart} before the start to {@code daysAfterData} after the last week. */
    public PlanGenerator withAsOfSpread(int daysBeforeStart, int daysAfterData) {
        return new PlanGenerator(minTargets, maxTargets, weeks, daysBeforeStart, daysAfterData, datedShare,
                policyOverrides, edgeCases);
    }

    /** The share of weekly values written as dated observations (split over days of the week). */
    public PlanGenerator withDatedShare(double share) {
        return new PlanGenerator(minTargets, maxTargets, weeks, asOfBefore, asOfAfter, share, policyOverrides, edgeCases);
    }

    /** Whether some plans override policy parameters (gate day, shares, extensions, monitoring). */
    public PlanGenerator withPolicyOverrides(boolean value) {
        return new PlanGenerator(minTargets, maxTargets, weeks, asOfBefore, asOfAfter, datedShare, value, edgeCases);
    }

    /**
     * Whether windows take any length in 30..90 (not only 30, 45, 60 and 90) and policy overrides
     * range over every allowed value, edges included (shares 0 and 1, early and late gates,
     * one-week extensions, monitoring and regression runs): for second opinions and fuzzing.
     */
    public PlanGenerator withEdgeCases(boolean value) {
        return new PlanGenerator(minTargets, maxTargets, weeks, asOfBefore, asOfAfter, datedShare, policyOverrides,
                value);
    }

    /** A plan of a random scenario with an as-of date in the spread. */
    public GeneratedPlan next(RandomGenerator random) {
        Scenario[] all = Scenario.values();
        return next(random, all[random.nextInt(all.length)]);
    }

    /** A plan of {@code scenario} with an as-of date in the spread. */
    public GeneratedPlan next(RandomGenerator random, Scenario scenario) {
        PlanDocument plan = plan(random, scenario);
        int lastDay = horizonWeeks(plan) * 7;
        int day = 1 - asOfBefore + random.nextInt(lastDay + asOfAfter + asOfBefore);
        return new GeneratedPlan(scenario, plan, PlanCalendar.dateOf(plan.startDate(), day));
    }

    /** A plan of {@code scenario}. */
    public PlanDocument plan(RandomGenerator random, Scenario scenario) {
        Story story = new Story(random, scenario);
        return story.build();
    }

    private int horizonWeeks(PlanDocument plan) {
        if (weeks > 0) {
            return weeks;
        }
        Policy p = Policy.defaults().with(plan.policy());
        int lastDecision = plan.windowDays() + p.maxExtensions() * p.extensionDays();
        return (lastDecision + p.monitoringDays()) / 7 + 1;
    }

    /** One plan being written: choices first, then data shaped by the scenario. */
    private final class Story {
        private final RandomGenerator r;
        private final Scenario scenario;
        private final LocalDate start;
        private final int windowDays;
        private final PolicyOverrides overrides;
        private final Policy policy;
        private final List<Target> targets = new ArrayList<>();

        Story(RandomGenerator random, Scenario scenario) {
            this.r = random;
            this.scenario = scenario;
            this.start = EPOCH.plusDays(random.nextInt(700));
            this.windowDays = edgeCases && random.nextBoolean() ? 30 + random.nextInt(61)
                    : WINDOWS[random.nextInt(WINDOWS.length)];
            this.overrides = !policyOverrides ? PolicyOverrides.none()
                    : edgeCases && random.nextBoolean() ? edgeOverrides()
                    : random.nextInt(4) == 0 ? overrides() : PolicyOverrides.none();
            this.policy = Policy.defaults().with(overrides);
        }

        private PolicyOverrides overrides() {
            return new PolicyOverrides(
                    maybeInt(28, 30), maybeInt(14, 21), maybeInt(0, 1, 2), maybeInt(60, 90), OptionalInt.empty(),
                    OptionalDouble.empty(), OptionalDouble.empty(), maybeDouble(0.3, 0.5, 0.6), maybeInt(2, 3),
                    maybeDouble(0.7, 0.8), maybeInt(2, 3));
        }

        /** Every allowed value, edges included; the gate never after the end of the window (a format error). */
        private PolicyOverrides edgeOverrides() {
            OptionalInt gate = maybeInt(7, 14, 21, 28, 30, 31, 35, 45);
            return new PolicyOverrides(
                    gate.isPresent() && gate.getAsInt() > windowDays ? OptionalInt.empty() : gate, maybeInt(7, 10, 14, 30), maybeInt(0, 1, 2, 3),
                    maybeInt(7, 30, 60, 90, 120), maybeInt(0, 3, 6, 12), maybeDouble(0.2, 0.5, 1),
                    maybeDouble(0, 2, 4), maybeDouble(0, 0.3, 0.5, 1), maybeInt(1, 2, 3, 4),
                    maybeDouble(0, 0.5, 0.8, 1), maybeInt(1, 2, 3, 4));
        }

        private OptionalInt maybeInt(int... choices) {
            return r.nextBoolean() ? OptionalInt.of(choices[r.nextInt(choices.length)]) : OptionalInt.empty();
        }

        private OptionalDouble maybeDouble(double... choices) {
            return r.nextBoolean() ? OptionalDouble.of(choices[r.nextInt(choices.length)]) : OptionalDouble.empty();
        }

        PlanDocument build() {
            int n = minTargets + r.nextInt(maxTargets - minTargets + 1);
            for (int i = 0; i < n; i++) {
                targets.add(behavioural(i));
            }
            boolean outcome = r.nextBoolean();
            List<Target> all = new ArrayList<>(targets);
            if (outcome) {
                all.add(new Target("pipeline", Optional.of("Pipeline created (k$)"), TargetKind.OUTCOME,
                        Optional.of("k$/week"), OptionalDouble.of(50), OptionalDouble.of(80), Direction.AT_LEAST,
                        Optional.of("CRM"), Judged.AVERAGE, OptionalDouble.empty(), OptionalDouble.empty()));
            }
            List<TrackedMetric> tracked = r.nextBoolean() ? List.of() : List.of(new TrackedMetric("win-rate",
                    Optional.of("Win rate (%)"), Direction.AT_LEAST,
                    r.nextBoolean() ? OptionalDouble.of(20) : OptionalDouble.empty()));
            int horizon = weeks > 0 ? weeks
                    : (windowDays + policy.maxExtensions() * policy.extensionDays() + policy.monitoringDays()) / 7 + 1;
            List<SupportCommitment> support = r.nextInt(3) == 0
                    ? List.of(new SupportCommitment("COACHING", 1 + r.nextInt(2)), new SupportCommitment("ROLE_PLAY", 1))
                    : List.of(new SupportCommitment("COACHING", 1 + r.nextInt(2)));
            Data data = new Data(r, scenario, policy, windowDays, start, horizon, datedShare);
            data.observe(targets);
            if (outcome) {
                data.series(all.get(all.size() - 1), w -> 50 + r.nextInt(60));
            }
            tracked.forEach(m -> data.series(m.id(), w -> 15 + r.nextInt(15)));
            PlanDocument plan = PlanDocument.builder("PIP-" + Long.toHexString(r.nextLong() & 0xffffffL),
                            rep(), start, diagnosis())
                    .manager(Optional.of("mgr-" + r.nextInt(20)))
                    .windowDays(windowDays)
                    .targets(all)
                    .trackedMetrics(tracked)
                    .support(support)
                    .checkInsPerWeek(1)
                    .approvals(Approvals.all())
                    .observations(data.observations())
                    .checkIns(data.checkIns())
                    .supportDelivered(data.deliveries(support))
                    .policy(overrides)
                    .build();
            return scenario == Scenario.NOT_A_PIP ? Mutations.notAPip(r, plan)
                    : scenario == Scenario.NOT_ACTIVATABLE ? Mutations.notActivatable(r, plan) : plan;
        }

        private Target behavioural(int i) {
            boolean atMost = r.nextInt(5) == 0;
            int baseline = atMost ? 8 + r.nextInt(8) : 2 + r.nextInt(9);
            int step = 2 + r.nextInt(6);
            int goal = r.nextInt(30) == 0 ? baseline : atMost ? Math.max(1, baseline - step) : baseline + step;
            OptionalDouble afterGate = r.nextInt(5) == 0
                    ? OptionalDouble.of(atMost ? Math.max(0, goal - 1) : goal + 1) : OptionalDouble.empty();
            OptionalDouble inExtension = r.nextInt(10) == 0 ? OptionalDouble.of(goal) : OptionalDouble.empty();
            return new Target("t" + (i + 1), Optional.of(NAMES[i]), TargetKind.BEHAVIOURAL, Optional.of("per week"),
                    OptionalDouble.of(baseline), OptionalDouble.of(goal), atMost ? Direction.AT_MOST : Direction.AT_LEAST,
                    Optional.of(r.nextBoolean() ? "CRM" : "call recordings"),
                    r.nextInt(4) == 0 ? Judged.AVERAGE : Judged.EVERY_WEEK, afterGate, inExtension);
        }

        private Rep rep() {
            Optional<LocalDate> hired = r.nextInt(4) == 0 ? Optional.empty()
                    : Optional.of(start.minusDays(365 + r.nextInt(1500)));
            return new Rep("rep-" + r.nextInt(1000), Optional.empty(), hired, Optional.of("team-" + r.nextInt(5)));
        }

        private Diagnosis diagnosis() {
            boolean skill = r.nextBoolean();
            return new Diagnosis(skill ? RootCause.SKILL : RootCause.EFFORT, Optional.of("gap"), 2 + r.nextInt(5),
                    true, false, false, r.nextInt(5) / 10.0,
                    skill ? List.of("qualification framework") : List.of(), !skill || r.nextBoolean());
        }
    }

    static Observation weekly(String metric, int week, double value) {
        return new Observation(metric, OptionalInt.of(week), Optional.empty(), value);
    }
}
