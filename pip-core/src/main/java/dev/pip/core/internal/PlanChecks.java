package dev.pip.core.internal;

import dev.pip.core.CheckIn;
import dev.pip.core.Observation;
import dev.pip.core.PolicyOverrides;
import dev.pip.core.Problem;
import dev.pip.core.RecordedDecision;
import dev.pip.core.SupportCommitment;
import dev.pip.core.SupportDelivery;
import dev.pip.core.Target;
import dev.pip.core.TrackedMetric;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The checks of a plan that span fields, shared by the JSON reader and the Java model so that a
 * document read from JSON and a plan built in Java report the same problems at the same JSON
 * paths: one id space for targets and tracked metrics, a gate day inside the window, the order
 * of recorded decisions, observations of known metrics on or after the start date, one weekly
 * value per metric and week, deliveries of committed kinds only.
 *
 * <p>Fed in document order ({@link #metricId}, {@link #committedKind}, {@link #observation},
 * {@link #delivery}), then {@link #check} runs what needs everything. Not thread-safe.
 */
public final class PlanChecks {
    private record Seen(String metric, String path, OptionalInt week, Optional<LocalDate> date) {
    }

    private record MetricWeek(String metric, int week) {
    }

    private record Delivered(String kind, String path) {
    }

    private final BiConsumer<String, String> problems;
    private final Map<String, String> metricIds = new LinkedHashMap<>();
    private final Set<String> committedKinds = new LinkedHashSet<>();
    private final List<Seen> seen = new ArrayList<>();
    private final List<Delivered> delivered = new ArrayList<>();

    /** Checks that report each problem as (JSON path, message) to {@code problems}. */
    public PlanChecks(BiConsumer<String, String> problems) {
        this.problems = problems;
    }

    /**
     * Every problem across the fields of a plan built in Java, in the order the JSON reader
     * reports them for the same document.
     */
    public static List<Problem> of(int windowDays, LocalDate startDate, List<Target> targets,
            List<TrackedMetric> trackedMetrics, List<SupportCommitment> support, List<Observation> observations,
            List<CheckIn> checkIns, List<SupportDelivery> supportDelivered, PolicyOverrides policy,
            List<RecordedDecision> decisions) {
        List<Problem> out = new ArrayList<>();
        PlanChecks checks = new PlanChecks((path, message) -> out.add(new Problem(path, message)));
        for (int i = 0; i < targets.size(); i++) {
            checks.metricId(targets.get(i).id(), "$.targets[" + i + "].id");
        }
        for (int i = 0; i < trackedMetrics.size(); i++) {
            checks.metricId(trackedMetrics.get(i).id(), "$.trackedMetrics[" + i + "].id");
        }
        support.forEach(s -> checks.committedKind(s.kind()));
        for (int i = 0; i < observations.size(); i++) {
            Observation o = observations.get(i);
            checks.observation(o.metric(), "$.observations[" + i + "]", o.week(), o.date());
        }
        for (int i = 0; i < supportDelivered.size(); i++) {
            checks.delivery(supportDelivered.get(i).kind(), "$.supportDelivered[" + i + "]");
        }
        checks.gateDay(policy.gateDay(), windowDays, "$.policy.gateDay");
        out.addAll(RecordOrder.problems(decisions, windowDays));
        checks.check(Optional.of(startDate));
        return out;
    }

    /** A target or tracked metric id at {@code path}; a second use of an id is a problem at once. */
    public void metricId(String id, String path) {
        String first = metricIds.putIfAbsent(id, path);
        if (first != null) {
            problems.accept(path, "duplicate id '" + id + "': already used at " + first
                    + " (targets and tracked metrics share one id space)");
        }
    }

    /** A support kind the plan commits to. */
    public void committedKind(String kind) {
        committedKinds.add(kind);
    }

    /** An observation of {@code metric} at {@code path} (the observation's object), checked by {@link #check}. */
    public void observation(String metric, String path, OptionalInt week, Optional<LocalDate> date) {
        seen.add(new Seen(metric, path, week, date));
    }

    /** A delivery of support of {@code kind} at {@code path} (the delivery's object), checked by {@link #check}. */
    public void delivery(String kind, String path) {
        delivered.add(new Delivered(kind, path));
    }

    /** A policy gate day (when set) must lie inside the plan window; a problem at once. */
    public void gateDay(OptionalInt gateDay, int windowDays, String path) {
        if (gateDay.isPresent() && gateDay.getAsInt() > windowDays) {
            problems.accept(path, "the gate day " + gateDay.getAsInt()
                    + " lies after the end of the plan window (windowDays " + windowDays + ")");
        }
    }

    /** The checks that need the whole plan, run after everything was fed. */
    public void check(Optional<LocalDate> start) {
        Map<MetricWeek, Seen> weekly = new LinkedHashMap<>();
        for (Seen s : seen) {
            if (!metricIds.containsKey(s.metric())) {
                String known = metricIds.isEmpty() ? "the plan has no targets or tracked metrics"
                        : "known: " + String.join(", ", metricIds.keySet());
                problems.accept(s.path() + ".metric", "unknown metric '" + s.metric() + "'; no target or tracked"
                        + " metric has this id" + Closest.to(s.metric(), metricIds.keySet())
                                .map(c -> "; did you mean '" + c + "'?").orElse(" (" + known + ")"));
            }
            if (s.date().isPresent() && start.isPresent() && s.date().get().isBefore(start.get())) {
                problems.accept(s.path() + ".date", "the date " + s.date().get() + " lies before the start date "
                        + start.get());
            }
            if (s.week().isPresent() && s.date().isEmpty()) {
                Seen first = weekly.putIfAbsent(new MetricWeek(s.metric(), s.week().getAsInt()), s);
                if (first != null) {
                    problems.accept(s.path() + ".week", "a second value for metric '" + s.metric() + "' in week "
                            + s.week().getAsInt() + " (the first is at " + first.path()
                            + "); give one value per week, or dated values that are summed");
                }
            }
        }
        for (Delivered d : delivered) {
            if (!committedKinds.contains(d.kind())) {
                problems.accept(d.path() + ".kind", "support of kind '" + d.kind()
                        + "' was delivered but not committed in 'support'"
                        + (committedKinds.isEmpty() ? " (nothing was committed)"
                        : " (committed: " + String.join(", ", committedKinds) + ")"));
            }
        }
    }
}
