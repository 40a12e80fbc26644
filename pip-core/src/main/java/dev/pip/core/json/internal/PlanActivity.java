package dev.pip.core.json.internal;

import dev.pip.core.CheckIn;
import dev.pip.core.Observation;
import dev.pip.core.SupportDelivery;
import dev.pip.core.time.PlanCalendar;
import dev.pip.core.json.internal.Obj.Need;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads what happened during a plan (observations, check-ins, support delivered) and runs the
 * checks that span fields: one id space for targets and tracked metrics, observations of known
 * metrics on or after the start date, one weekly value per metric and week, deliveries of
 * committed kinds only.
 */
final class PlanActivity {
    /** What was read; meaningful only when the document had no problem. */
    record Read(List<Observation> observations, List<CheckIn> checkIns, List<SupportDelivery> deliveries) {
    }

    private record Seen(String metric, Obj at, OptionalInt week, Optional<LocalDate> date) {
        String path() {
            return at.path();
        }
    }

    private record MetricWeek(String metric, int week) {
    }

    private record Delivered(String kind, Obj at) {
    }

    private final Problems problems;
    private final Map<String, String> metricIds = new LinkedHashMap<>();
    private final Set<String> committedKinds = new LinkedHashSet<>();
    private final List<Seen> seen = new ArrayList<>();
    private final List<Delivered> delivered = new ArrayList<>();
    private Optional<LocalDate> start = Optional.empty();

    PlanActivity(Problems problems) {
        this.problems = problems;
    }

    /** A target or tracked metric id at {@code path}; a second use of an id is a problem. */
    void metricId(String id, String path) {
        String first = metricIds.putIfAbsent(id, path);
        if (first != null) {
            problems.add(path, "duplicate id '" + id + "': already used at " + first
                    + " (targets and tracked metrics share one id space)");
        }
    }

    /** A support kind the plan commits to. */
    void committedKind(String kind) {
        committedKinds.add(kind);
    }

    Read read(Obj o, Optional<LocalDate> startDate) {
        this.start = startDate;
        List<Observation> observations = PlanReader.list(o, "observations", Need.OPTIONAL, this::observation);
        List<CheckIn> checkIns = PlanReader.list(o, "checkIns", Need.OPTIONAL, this::checkIn);
        List<SupportDelivery> deliveries = PlanReader.list(o, "supportDelivered", Need.OPTIONAL, this::delivery);
        return new Read(observations, checkIns, deliveries);
    }

    private Optional<Observation> observation(Obj o) {
        o.strict(PlanFields.OBSERVATION);
        Optional<String> metric = o.text("metric", Need.REQUIRED);
        boolean hasWeek = o.has("week");
        boolean hasDate = o.has("date");
        if (hasWeek && hasDate) {
            problems.add(o.path(), "has both 'week' and 'date'; an observation is either for a plan week or on a date");
        } else if (!hasWeek && !hasDate) {
            problems.add(o.path(), "has neither 'week' nor 'date'; give the plan week or the date of the value");
        }
        OptionalInt week = PlanReader.optionalInt(o.integer("week", Need.OPTIONAL, 1, PlanCalendar.MAX_WEEK));
        Optional<LocalDate> date = o.date("date", Need.OPTIONAL);
        Optional<Double> value = o.number("value", Need.REQUIRED, false);
        metric.ifPresent(m -> seen.add(new Seen(m, o, week, date)));
        if (metric.isEmpty() || value.isEmpty()) {
            return Optional.empty();
        }
        return PlanReader.build(o, () -> new Observation(metric.get(), week, date, value.get()));
    }

    private Optional<CheckIn> checkIn(Obj o) {
        o.strict(PlanFields.CHECK_IN);
        Optional<Integer> week = o.integer("week", Need.REQUIRED, 1, PlanCalendar.MAX_WEEK);
        boolean held = o.bool("held");
        Optional<String> note = o.text("note", Need.OPTIONAL);
        return week.flatMap(w -> PlanReader.build(o, () -> new CheckIn(w, held, note)));
    }

    private Optional<SupportDelivery> delivery(Obj o) {
        o.strict(PlanFields.DELIVERY);
        Optional<String> kind = o.text("kind", Need.REQUIRED);
        Optional<Integer> week = o.integer("week", Need.REQUIRED, 1, PlanCalendar.MAX_WEEK);
        Optional<Double> count = o.number("count", Need.OPTIONAL, false);
        kind.ifPresent(k -> delivered.add(new Delivered(k, o)));
        if (kind.isEmpty() || week.isEmpty()) {
            return Optional.empty();
        }
        return PlanReader.build(o, () -> new SupportDelivery(kind.get(), week.get(), count.orElse(1.0)));
    }

    /** The checks across fields, run after everything was read. */
    void check() {
        Map<MetricWeek, Seen> weekly = new LinkedHashMap<>();
        for (Seen s : seen) {
            if (!metricIds.containsKey(s.metric())) {
                String known = metricIds.isEmpty() ? "the plan has no targets or tracked metrics"
                        : "known: " + String.join(", ", metricIds.keySet());
                problems.add(s.path() + ".metric", "unknown metric '" + s.metric() + "'; no target or tracked metric"
                        + " has this id" + Closest.to(s.metric(), metricIds.keySet())
                                .map(c -> "; did you mean '" + c + "'?").orElse(" (" + known + ")"));
            }
            if (s.date().isPresent() && start.isPresent() && s.date().get().isBefore(start.get())) {
                problems.add(s.path() + ".date", "the date " + s.date().get() + " lies before the start date "
                        + start.get());
            }
            if (s.week().isPresent() && s.date().isEmpty()) {
                Seen first = weekly.putIfAbsent(new MetricWeek(s.metric(), s.week().getAsInt()), s);
                if (first != null) {
                    problems.add(s.path() + ".week", "a second value for metric '" + s.metric() + "' in week "
                            + s.week().getAsInt() + " (the first is at " + first.path()
                            + "); give one value per week, or dated values that are summed");
                }
            }
        }
        for (Delivered d : delivered) {
            if (!committedKinds.contains(d.kind())) {
                problems.add(d.at().path("kind"), "support of kind '" + d.kind()
                        + "' was delivered but not committed in 'support'"
                        + (committedKinds.isEmpty() ? " (nothing was committed)"
                        : " (committed: " + String.join(", ", committedKinds) + ")"));
            }
        }
    }
}
