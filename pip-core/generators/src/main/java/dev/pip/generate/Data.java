package dev.pip.generate;

import dev.pip.core.CheckIn;
import dev.pip.core.Direction;
import dev.pip.core.Observation;
import dev.pip.core.Policy;
import dev.pip.core.SupportCommitment;
import dev.pip.core.SupportDelivery;
import dev.pip.core.Target;
import dev.pip.core.time.PlanCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.random.RandomGenerator;

/** The observations, check-ins and deliveries of one generated plan, shaped by its scenario. */
final class Data {
    private static final double[] DROP_RATES = {0.15, 0.25, 0.4, 0.6};
    private final RandomGenerator r;
    private final Scenario scenario;
    private final Policy policy;
    private final int windowDays;
    private final LocalDate start;
    private final int horizon;
    private final double datedShare;
    private final List<Observation> observations = new ArrayList<>();

    Data(RandomGenerator r, Scenario scenario, Policy policy, int windowDays, LocalDate start, int horizon,
            double datedShare) {
        this.r = r;
        this.scenario = scenario;
        this.policy = policy;
        this.windowDays = windowDays;
        this.start = start;
        this.horizon = horizon;
        this.datedShare = datedShare;
    }

    private int gateWeeks() {
        return Math.min(policy.gateDay(), windowDays) / 7;
    }

    private int endWeeks() {
        return windowDays / 7;
    }

    /** Behavioural targets: good weeks, except what the scenario breaks for one victim target. */
    void observe(List<Target> targets) {
        int victim = r.nextInt(targets.size());
        int monitoringWeeks = policy.monitoringDays() / 7;
        int missingWeek = 1 + r.nextInt(Math.max(1, r.nextBoolean() ? endWeeks() : endWeeks() + monitoringWeeks));
        int badGateWeek = 1 + r.nextInt(Math.max(1, gateWeeks()));
        int regressionStart = endWeeks() + 1 + r.nextInt(3);
        boolean extensionGood = r.nextBoolean();
        int extensionEnd = (windowDays + policy.extensionDays()) / 7;
        int lateRegression = r.nextInt(3) == 0 ? extensionEnd + 1 + r.nextInt(3) : Integer.MAX_VALUE - 9;
        Scenario shape = switch (scenario) {
            case SUPPORT_SHORTFALL, MISSED_CHECK_INS -> {
                Scenario[] failures = {Scenario.FAILING_GATE, Scenario.FAILING_END, Scenario.IMPROVING_EXTENDED};
                extensionGood = false;
                yield failures[r.nextInt(failures.length)];
            }
            default -> scenario;
        };
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            boolean isVictim = i == victim;
            for (int w = 1; w <= horizon; w++) {
                int value;
                if (!isVictim) {
                    value = good(t);
                } else {
                    boolean afterGate = endWeeks() > gateWeeks() ? w > gateWeeks() && w <= endWeeks()
                            : w <= endWeeks();
                    switch (shape) {
                        case MISSING_WEEK -> {
                            if (w == missingWeek) {
                                continue;
                            }
                            value = good(t);
                        }
                        case FAILING_GATE -> value = w == badGateWeek ? bad(t) : good(t);
                        case FAILING_END -> value = afterGate ? bad(t) : good(t);
                        case IMPROVING_EXTENDED -> {
                            boolean extensionWeek = w > endWeeks() && w <= extensionEnd;
                            boolean regressing = extensionGood && w >= lateRegression
                                    && w < lateRegression + policy.regressionWeeks();
                            value = afterGate || (extensionWeek && !extensionGood) ? improving(t)
                                    : regressing ? bad(t) : good(t);
                        }
                        case PASSING_THEN_REGRESSING ->
                            value = w >= regressionStart && w < regressionStart + policy.regressionWeeks()
                                    ? bad(t) : good(t);
                        default -> value = good(t);
                    }
                }
                add(t.id(), w, value);
            }
        }
    }

    /** Another metric with values from {@code valueOfWeek} (now and then missing a week: it decides nothing). */
    void series(String metric, IntUnaryOperator valueOfWeek) {
        int gap = r.nextInt(4) == 0 ? 1 + r.nextInt(horizon) : 0;
        for (int w = 1; w <= horizon; w++) {
            if (w == gap) {
                continue;
            }
            add(metric, w, valueOfWeek.applyAsInt(w));
        }
    }

    void series(Target t, IntUnaryOperator valueOfWeek) {
        series(t.id(), valueOfWeek);
    }

    /** One week's value: weekly, split into dated ones within the week, or now and then both (summed). */
    private void add(String metric, int week, int value) {
        boolean dated = r.nextDouble() < datedShare;
        if (!dated && (datedShare == 0 || r.nextInt(12) != 0)) {
            observations.add(PlanGenerator.weekly(metric, week, value));
            return;
        }
        int left = value;
        if (!dated) {
            int weekly = r.nextInt(value + 1);
            observations.add(PlanGenerator.weekly(metric, week, weekly));
            left -= weekly;
        }
        int parts = 1 + r.nextInt(3);
        for (int p = 0; p < parts; p++) {
            int part = p == parts - 1 ? left : r.nextInt(left + 1);
            left -= part;
            LocalDate date = PlanCalendar.dateOf(start, PlanCalendar.firstDay(week) + r.nextInt(7));
            observations.add(Observation.onDate(metric, date, part));
        }
    }

    private static double strictest(Target t) {
        double g = t.goal().orElseThrow();
        double a = t.goalAfterGate().orElse(g);
        double e = t.goalInExtension().orElse(g);
        return t.direction() == Direction.AT_LEAST ? Math.max(g, Math.max(a, e)) : Math.min(g, Math.min(a, e));
    }

    private int good(Target t) {
        double s = strictest(t);
        return (int) (t.direction() == Direction.AT_LEAST ? s + r.nextInt(3) : Math.max(0, s - r.nextInt(3)));
    }

    private int bad(Target t) {
        double b = t.baseline().orElseThrow();
        return (int) (t.direction() == Direction.AT_LEAST ? Math.max(0, b - r.nextInt(2)) : b + r.nextInt(2));
    }

    /** Between half and most of the way from baseline to goal, never reaching the goal. */
    private int improving(Target t) {
        double b = t.baseline().orElseThrow();
        double g = t.goal().orElseThrow();
        double frac = 0.5 + r.nextInt(40) / 100.0;
        int v = (int) Math.round(b + frac * (g - b));
        return t.direction() == Direction.AT_LEAST ? (int) Math.min(v, g - 1) : (int) Math.max(v, g + 1);
    }

    List<Observation> observations() {
        return List.copyOf(observations);
    }

    /** Weeks of the window and its possible extensions: the weeks a guard counts over. */
    private int decisionWeeks() {
        return (windowDays + policy.maxExtensions() * policy.extensionDays()) / 7;
    }

    /**
     * A held check-in every week (some weeks with a not-held entry too); MISSED_CHECK_INS misses
     * around the review threshold, other stories now and then miss one week.
     */
    List<CheckIn> checkIns() {
        int missed = scenario == Scenario.MISSED_CHECK_INS
                ? Math.max(1, policy.missedCheckInsForReview() - 1 + r.nextInt(3))
                : r.nextInt(6) == 0 ? 1 : 0;
        Set<Integer> missedWeeks = new HashSet<>();
        int span = Math.min(horizon, Math.max(1, r.nextBoolean() ? gateWeeks() : decisionWeeks()));
        while (missedWeeks.size() < Math.min(missed, span)) {
            missedWeeks.add(1 + r.nextInt(span));
        }
        List<CheckIn> all = new ArrayList<>();
        for (int w = 1; w <= horizon; w++) {
            boolean rescheduled = r.nextInt(10) == 0;
            if (rescheduled) {
                all.add(new CheckIn(w, false, Optional.of("rescheduled")));
            }
            if (!missedWeeks.contains(w)) {
                all.add(new CheckIn(w, true, Optional.empty()));
            }
        }
        return all;
    }

    /**
     * Every commitment delivered each week; SUPPORT_SHORTFALL drops deliveries in the window at a
     * random rate (so the guard may or may not hold), other stories now and then move one delivery
     * to another week (delivered is not capped per week).
     */
    List<SupportDelivery> deliveries(List<SupportCommitment> commitments) {
        double dropRate = scenario == Scenario.SUPPORT_SHORTFALL ? DROP_RATES[r.nextInt(DROP_RATES.length)] : 0;
        boolean moveOne = scenario != Scenario.SUPPORT_SHORTFALL && r.nextInt(5) == 0;
        int from = 1 + r.nextInt(Math.max(1, decisionWeeks()));
        int to = 1 + r.nextInt(Math.max(1, decisionWeeks()));
        List<SupportDelivery> all = new ArrayList<>();
        for (SupportCommitment c : commitments) {
            for (int w = 1; w <= horizon; w++) {
                double count = c.perWeek();
                if (w <= decisionWeeks() && r.nextDouble() < dropRate || moveOne && w == from) {
                    count = 0;
                }
                if (moveOne && w == to) {
                    count += c.perWeek();
                }
                if (count > 0) {
                    all.add(new SupportDelivery(c.kind(), w, count));
                }
            }
        }
        return all;
    }
}
