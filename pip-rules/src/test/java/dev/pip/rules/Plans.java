package dev.pip.rules;

import dev.pip.core.Approvals;
import dev.pip.core.CheckIn;
import dev.pip.core.Diagnosis;
import dev.pip.core.Direction;
import dev.pip.core.Judged;
import dev.pip.core.Observation;
import dev.pip.core.PlanDocument;
import dev.pip.core.PolicyOverrides;
import dev.pip.core.Rep;
import dev.pip.core.RootCause;
import dev.pip.core.SupportCommitment;
import dev.pip.core.SupportDelivery;
import dev.pip.core.Target;
import dev.pip.core.TargetKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalDouble;
import java.util.function.IntToDoubleFunction;

/** Plans for tests: an activatable 60-day SKILL plan with three behavioural targets, then changes. */
final class Plans {
    static final LocalDate START = LocalDate.of(2026, 9, 7);

    private Plans() {
    }

    /** Day {@code day} of the plan. */
    static LocalDate day(int day) {
        return START.plusDays(day - 1L);
    }

    static Diagnosis skillDiagnosis() {
        return new Diagnosis(RootCause.SKILL, Optional.of("no impact questions"), 3, true, false, false, 0.1,
                List.of("qualification framework"), false);
    }

    /** Three AT_LEAST targets (baseline 8, goal 15), weekly coaching, every check-in held, no observations. */
    static PlanDocument.Builder base() {
        return PlanDocument.builder("PIP-T", Rep.of("rep-1"), START, skillDiagnosis())
                .manager(Optional.of("mgr-1"))
                .targets(List.of(
                        Target.behavioural("calls", Direction.AT_LEAST).baseline(8).goal(15).source("CRM").build(),
                        Target.behavioural("demos", Direction.AT_LEAST).baseline(8).goal(15).source("CRM").build(),
                        Target.behavioural("followups", Direction.AT_LEAST).baseline(8).goal(15).source("CRM").build()))
                .support(List.of(new SupportCommitment("COACHING", 1)))
                .approvals(Approvals.all())
                .checkIns(checkIns(1, 30))
                .supportDelivered(deliveries(1, 30));
    }

    static List<CheckIn> checkIns(int from, int to) {
        List<CheckIn> out = new ArrayList<>();
        for (int w = from; w <= to; w++) {
            out.add(new CheckIn(w, true, Optional.empty()));
        }
        return out;
    }

    static List<SupportDelivery> deliveries(int from, int to) {
        List<SupportDelivery> out = new ArrayList<>();
        for (int w = from; w <= to; w++) {
            out.add(new SupportDelivery("COACHING", w, 1));
        }
        return out;
    }

    /** Weekly observations of weeks {@code from..to} for every target of the plan, valued by week. */
    static List<Observation> weekly(PlanDocument.Builder b, int from, int to, IntToDoubleFunction valueOfWeek) {
        List<Observation> out = new ArrayList<>();
        for (Target t : b.build().targets()) {
            for (int w = from; w <= to; w++) {
                out.add(Observation.ofWeek(t.id(), w, valueOfWeek.applyAsDouble(w)));
            }
        }
        return out;
    }

    /** Weekly observations of one target. */
    static List<Observation> weekly(String target, int from, int to, IntToDoubleFunction valueOfWeek) {
        List<Observation> out = new ArrayList<>();
        for (int w = from; w <= to; w++) {
            out.add(Observation.ofWeek(target, w, valueOfWeek.applyAsDouble(w)));
        }
        return out;
    }

    /** A complete behavioural target with escalated goals; NaN leaves a goal unset. */
    static Target target(String id, double baseline, double goal, Direction direction, Judged judged,
            double goalAfterGate, double goalInExtension) {
        return new Target(id, Optional.empty(), TargetKind.BEHAVIOURAL, Optional.empty(), OptionalDouble.of(baseline),
                OptionalDouble.of(goal), direction, Optional.of("CRM"), judged, optional(goalAfterGate),
                optional(goalInExtension));
    }

    /** An OUTCOME target (secondary, never decides a gate). */
    static Target outcome(String id, double baseline, double goal) {
        return new Target(id, Optional.empty(), TargetKind.OUTCOME, Optional.empty(), OptionalDouble.of(baseline),
                OptionalDouble.of(goal), Direction.AT_LEAST, Optional.of("CRM"), Judged.EVERY_WEEK,
                OptionalDouble.empty(), OptionalDouble.empty());
    }

    private static OptionalDouble optional(double value) {
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** The three base targets with {@code replacement} in place of the one with the same id. */
    static List<Target> replaceTarget(PlanDocument.Builder b, Target replacement) {
        return b.build().targets().stream().map(t -> t.id().equals(replacement.id()) ? replacement : t).toList();
    }

    /** Observations of every target of the plan, weeks {@code from..to}, then set on the builder. */
    static PlanDocument.Builder observed(PlanDocument.Builder b, int from, int to, IntToDoubleFunction valueOfWeek) {
        return b.observations(concat(b.build().observations(), weekly(b, from, to, valueOfWeek)));
    }

    /** The plan's observations with those of {@code target} in weeks {@code from..to} replaced. */
    static List<Observation> override(PlanDocument.Builder b, String target, int from, int to,
            IntToDoubleFunction valueOfWeek) {
        List<Observation> out = new ArrayList<>(b.build().observations().stream()
                .filter(o -> !(o.metric().equals(target) && o.week().isPresent()
                        && o.week().getAsInt() >= from && o.week().getAsInt() <= to))
                .toList());
        out.addAll(weekly(target, from, to, valueOfWeek));
        return out;
    }

    /** The plan's observations without those of {@code target} in {@code week}. */
    static List<Observation> without(PlanDocument.Builder b, String target, int week) {
        return b.build().observations().stream()
                .filter(o -> !(o.metric().equals(target) && o.week().isPresent() && o.week().getAsInt() == week))
                .toList();
    }

    /** Policy overrides from name-value pairs: {@code overrides("gateDay", 28, "improvementShare", 0.6)}. */
    static PolicyOverrides overrides(Object... namesAndValues) {
        Map<String, Number> set = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            set.put((String) namesAndValues[i], (Number) namesAndValues[i + 1]);
        }
        PolicyOverrides o = new PolicyOverrides(i(set, "gateDay"), i(set, "extensionDays"), i(set, "maxExtensions"),
                i(set, "monitoringDays"), i(set, "rampMonths"), d(set, "teamWideShare"),
                d(set, "minMonthsUnderperforming"), d(set, "improvementShare"), i(set, "regressionWeeks"),
                d(set, "supportDeliveredShare"), i(set, "missedCheckInsForReview"));
        if (!set.isEmpty()) {
            throw new IllegalArgumentException("unknown policy parameters " + set.keySet());
        }
        return o;
    }

    private static OptionalInt i(Map<String, Number> set, String name) {
        Number n = set.remove(name);
        return n == null ? OptionalInt.empty() : OptionalInt.of(n.intValue());
    }

    private static OptionalDouble d(Map<String, Number> set, String name) {
        Number n = set.remove(name);
        return n == null ? OptionalDouble.empty() : OptionalDouble.of(n.doubleValue());
    }

    static <T> List<T> concat(List<? extends T> a, List<? extends T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
