package dev.pip.core.json.internal;

import dev.pip.core.CheckIn;
import dev.pip.core.Observation;
import dev.pip.core.SupportDelivery;
import dev.pip.core.internal.PlanChecks;
import dev.pip.core.time.PlanCalendar;
import dev.pip.core.json.internal.Obj.Need;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads what happened during a plan (observations, check-ins, support delivered) and feeds the
 * checks that span fields to {@link PlanChecks}, the same checks a plan built in Java runs.
 */
final class PlanActivity {
    /** What was read; meaningful only when the document had no problem. */
    record Read(List<Observation> observations, List<CheckIn> checkIns, List<SupportDelivery> deliveries) {
    }

    private final Problems problems;
    private final PlanChecks checks;
    private Optional<LocalDate> start = Optional.empty();

    PlanActivity(Problems problems) {
        this.problems = problems;
        this.checks = new PlanChecks(problems::add);
    }

    /** A target or tracked metric id at {@code path}; a second use of an id is a problem. */
    void metricId(String id, String path) {
        checks.metricId(id, path);
    }

    /** A support kind the plan commits to. */
    void committedKind(String kind) {
        checks.committedKind(kind);
    }

    /** A gate day set by the plan's policy, which must lie inside the window. */
    void gateDay(OptionalInt gateDay, int windowDays, String path) {
        checks.gateDay(gateDay, windowDays, path);
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
        metric.ifPresent(m -> checks.observation(m, o.path(), week, date));
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
        kind.ifPresent(k -> checks.delivery(k, o.path()));
        if (kind.isEmpty() || week.isEmpty()) {
            return Optional.empty();
        }
        return PlanReader.build(o, () -> new SupportDelivery(kind.get(), week.get(), count.orElse(1.0)));
    }

    /** The checks across fields, run after everything was read. */
    void check() {
        checks.check(start);
    }
}
