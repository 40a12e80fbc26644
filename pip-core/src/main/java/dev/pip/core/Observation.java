package dev.pip.core;

import dev.pip.core.internal.Require;
import dev.pip.core.time.PlanCalendar;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One measured value of a target or tracked metric, either for a whole plan week or on a
 * date (dated values are summed within their plan week). Exactly one of week and date is set.
 *
 * @param metric the id of a target or tracked metric
 * @param week   the plan week (1..{@link PlanCalendar#MAX_WEEK}), or empty for a dated observation
 * @param date   the date, or empty for a weekly observation
 * @param value  the measured value (finite, >= 0)
 */
public record Observation(String metric, OptionalInt week, Optional<LocalDate> date, double value) {
    /** Validates every field. */
    public Observation {
        Require.text(metric, "observation.metric");
        Require.present(week, "observation.week");
        Require.optional(date, "observation.date").ifPresent(d -> Require.date(d, "observation.date"));
        if (week.isPresent() == date.isPresent()) {
            throw new IllegalArgumentException("observation needs exactly one of week and date");
        }
        week.ifPresent(w -> Require.within(w, 1, PlanCalendar.MAX_WEEK, "observation.week"));
        value = Require.nonNegative(value, "observation.value");
    }

    /** A value for a whole plan week. */
    public static Observation ofWeek(String metric, int week, double value) {
        return new Observation(metric, OptionalInt.of(week), Optional.empty(), value);
    }

    /** A value on a date, summed into its plan week. */
    public static Observation onDate(String metric, LocalDate date, double value) {
        return new Observation(metric, OptionalInt.empty(), Optional.of(date), value);
    }
}
