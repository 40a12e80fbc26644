package dev.pip.core.time;

import dev.pip.core.Observation;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Plan days, plan weeks and judged windows (specification, section 3). Day 1 is the start date;
 * day D falls on start + (D - 1) days; plan week n covers days 7n-6..7n.
 */
public final class PlanCalendar {
    /**
     * The last plan day a document may name (about 190 years after the start): far beyond any
     * plan, and small enough that plan days plus any policy day count stay far from integer
     * overflow. A date further from the start than this counts as this far ({@link #dayOf}).
     */
    public static final int MAX_DAY = 70_000;
    /** The last plan week a document may name: the week of {@link #MAX_DAY}. */
    public static final int MAX_WEEK = MAX_DAY / 7;
    /** The earliest date a plan document may hold. */
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    /** The latest date a plan document may hold. */
    public static final LocalDate LAST_DATE = LocalDate.of(2999, 12, 31);

    private PlanCalendar() {
    }

    /** The date of plan day {@code day} (day 1 is {@code start}). */
    public static LocalDate dateOf(LocalDate start, int day) {
        return start.plusDays(day - 1L);
    }

    /**
     * The plan day of {@code date}: 1 on the start date, 0 the day before, and so on; a date more
     * than {@link #MAX_DAY} days from the start counts as {@code MAX_DAY} ({@code -MAX_DAY} before
     * it), so any two dates, as far apart as {@link LocalDate#MIN} and {@link LocalDate#MAX}, give
     * a day that plan arithmetic can add day counts to without overflow.
     */
    public static int dayOf(LocalDate start, LocalDate date) {
        long day = ChronoUnit.DAYS.between(start, date) + 1;
        return (int) Math.max(-MAX_DAY, Math.min(MAX_DAY, day));
    }

    /** The plan week holding plan day {@code day} (>= 1). */
    public static int weekOf(int day) {
        if (day < 1) {
            throw new IllegalArgumentException("plan day must be at least 1, was " + day);
        }
        return (day + 6) / 7;
    }

    /** The first plan day of week {@code week}. */
    public static int firstDay(int week) {
        return 7 * week - 6;
    }

    /** The last plan day of week {@code week}. */
    public static int lastDay(int week) {
        return 7 * week;
    }

    /**
     * The weeks a decision on {@code decisionDay} judges when the previous decision was on
     * {@code previousDecisionDay} (0 when there was none): the weeks that end after the previous
     * decision's day and on or before the decision day.
     */
    public static WeekRange judgedWeeks(int previousDecisionDay, int decisionDay) {
        if (previousDecisionDay < 0 || decisionDay < previousDecisionDay) {
            throw new IllegalArgumentException(
                    "need 0 <= previous day <= decision day, was " + previousDecisionDay + " and " + decisionDay);
        }
        return new WeekRange(Math.floorDiv(previousDecisionDay, 7) + 1, Math.floorDiv(decisionDay, 7));
    }

    /** The weeks that have ended on or before {@code asOf}: weeks 1..n. */
    public static WeekRange weeksEndedBy(LocalDate start, LocalDate asOf) {
        return new WeekRange(1, Math.max(0, Math.floorDiv(dayOf(start, asOf), 7)));
    }

    /**
     * The weekly values of one metric: a weekly observation counts for its week, dated
     * observations are summed within their plan week. Dated observations before the start
     * or after {@code asOf} are left out. A week without any observation is absent from the
     * map, never zero.
     */
    public static SortedMap<Integer, Double> weeklyValues(LocalDate start, Collection<Observation> observations,
            LocalDate asOf) {
        SortedMap<Integer, Double> weeks = new TreeMap<>();
        for (Observation o : observations) {
            if (o.week().isPresent()) {
                weeks.merge(o.week().getAsInt(), o.value(), Double::sum);
            } else {
                LocalDate date = o.date().orElseThrow();
                if (!date.isBefore(start) && !date.isAfter(asOf)) {
                    weeks.merge(weekOf(dayOf(start, date)), o.value(), Double::sum);
                }
            }
        }
        weeks.replaceAll((week, value) -> settled(value));
        return Collections.unmodifiableSortedMap(weeks);
    }

    /**
     * {@code value} rounded to 9 decimal places, so that sums and means of decimal inputs compare
     * as a person computes them: dated values 0.1 and 0.2 meet an at-most goal of 0.3, weeks of
     * 1.3, 1.5, 1.9 and 1.3 average 1.5 and close exactly half of the gap from 1 to 2. Values of
     * a billion or more, and non-finite ones, are returned as they are; -0.0 becomes 0.0.
     */
    public static double settled(double value) {
        if (!Double.isFinite(value) || Math.abs(value) >= 1e9) {
            return value;
        }
        return Math.rint(value * 1e9) / 1e9 + 0.0;
    }

    /** The mean of the values of {@code weeks}; empty when the range is empty or any week lacks a value. */
    public static OptionalDouble judgedValue(Map<Integer, Double> weeklyValues, WeekRange weeks) {
        if (weeks.isEmpty()) {
            return OptionalDouble.empty();
        }
        double sum = 0;
        for (int w = weeks.first(); w <= weeks.last(); w++) {
            Double v = weeklyValues.get(w);
            if (v == null) {
                return OptionalDouble.empty();
            }
            sum += v;
        }
        return OptionalDouble.of(settled(sum / weeks.size()));
    }
}
