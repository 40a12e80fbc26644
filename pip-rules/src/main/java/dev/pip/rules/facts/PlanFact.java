package dev.pip.rules.facts;

import java.time.LocalDate;

/**
 * The plan as a whole on the evaluation date.
 *
 * @param planId          the plan id
 * @param startDate       day 1
 * @param windowDays      the plan window in days
 * @param asOfDay         the plan day of the as-of date (0 or less before the start)
 * @param checkInsPerWeek documented check-ins per week
 */
public record PlanFact(String planId, LocalDate startDate, int windowDays, int asOfDay, double checkInsPerWeek) {
}
