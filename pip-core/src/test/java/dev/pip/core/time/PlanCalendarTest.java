package dev.pip.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Observation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlanCalendarTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

    @Test
    void dayOneIsTheStartDateAndDayThirtyTwentyNineDaysLater() {
        assertEquals(MONDAY, PlanCalendar.dateOf(MONDAY, 1));
        assertEquals(LocalDate.of(2026, 10, 6), PlanCalendar.dateOf(MONDAY, 30));
        assertEquals(30, PlanCalendar.dayOf(MONDAY, LocalDate.of(2026, 10, 6)));
        assertEquals(0, PlanCalendar.dayOf(MONDAY, MONDAY.minusDays(1)));
    }

    @Test
    void dayThirtyLiesInWeekFiveButTheGateJudgesWeeksOneToFour() {
        assertEquals(5, PlanCalendar.weekOf(30));
        assertEquals(4, PlanCalendar.weekOf(28));
        assertEquals(5, PlanCalendar.weekOf(29));
        assertEquals(new WeekRange(1, 4), PlanCalendar.judgedWeeks(0, 30));
        assertEquals(35, PlanCalendar.lastDay(5));
    }

    @Test
    void planWeekNCoversDaysSevenNMinusSixToSevenN() {
        for (int week = 1; week <= 20; week++) {
            assertEquals(7 * week - 6, PlanCalendar.firstDay(week));
            assertEquals(7 * week, PlanCalendar.lastDay(week));
            assertEquals(week, PlanCalendar.weekOf(PlanCalendar.firstDay(week)));
            assertEquals(week, PlanCalendar.weekOf(PlanCalendar.lastDay(week)));
        }
    }

    @Test
    void thereIsNoPlanDayZero() {
        assertThrows(IllegalArgumentException.class, () -> PlanCalendar.weekOf(0));
    }

    @Test
    void sixtyDayWindowJudgesWeeksFiveToEightAtTheEnd() {
        assertEquals(new WeekRange(5, 8), PlanCalendar.judgedWeeks(30, 60));
    }

    @Test
    void fortyFiveDayWindowJudgesWeeksFiveAndSixAtTheEnd() {
        WeekRange end = PlanCalendar.judgedWeeks(30, 45);

        assertEquals(new WeekRange(5, 6), end);
        assertEquals(2, end.size());
    }

    @Test
    void ninetyDayWindowJudgesWeeksFiveToTwelveAtTheEnd() {
        assertEquals(new WeekRange(5, 12), PlanCalendar.judgedWeeks(30, 90));
    }

    @Test
    void aThirtyDayPlanDecidesOnceOnWeeksOneToFour() {
        assertEquals(new WeekRange(1, 4), PlanCalendar.judgedWeeks(0, 30));
        assertTrue(PlanCalendar.judgedWeeks(30, 30).isEmpty());
    }

    @Test
    void anExtensionEndingOnDaySeventyFourJudgesWeeksNineAndTen() {
        assertEquals(new WeekRange(9, 10), PlanCalendar.judgedWeeks(60, 74));
    }

    @Test
    void monitoringAfterAPassOnDaySixtyCoversWeeksNineToSeventeen() {
        assertEquals(new WeekRange(9, 17), PlanCalendar.judgedWeeks(60, 120));
    }

    @Test
    void aGateOnDayTwentyEightJudgesWeeksOneToFourAndTheEndStartsAtWeekFive() {
        assertEquals(new WeekRange(1, 4), PlanCalendar.judgedWeeks(0, 28));
        assertEquals(new WeekRange(5, 8), PlanCalendar.judgedWeeks(28, 60));
    }

    @Test
    void aDecisionBeforeThePreviousOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> PlanCalendar.judgedWeeks(60, 30));
    }

    @Test
    void daysCrossMonthEndsByTheCalendar() {
        LocalDate start = LocalDate.of(2026, 1, 31);

        assertEquals(LocalDate.of(2026, 2, 1), PlanCalendar.dateOf(start, 2));
        assertEquals(LocalDate.of(2026, 3, 1), PlanCalendar.dateOf(start, 30));
        assertEquals(30, PlanCalendar.dayOf(start, LocalDate.of(2026, 3, 1)));
        assertEquals(LocalDate.of(2026, 4, 30), PlanCalendar.dateOf(LocalDate.of(2026, 4, 1), 30));
        assertEquals(LocalDate.of(2027, 1, 1), PlanCalendar.dateOf(LocalDate.of(2026, 12, 28), 5));
    }

    @Test
    void aLeapDayIsAPlanDayLikeAnyOther() {
        LocalDate leapStart = LocalDate.of(2028, 2, 28);
        LocalDate plainStart = LocalDate.of(2027, 2, 28);

        assertEquals(LocalDate.of(2028, 2, 29), PlanCalendar.dateOf(leapStart, 2));
        assertEquals(LocalDate.of(2028, 3, 28), PlanCalendar.dateOf(leapStart, 30));
        assertEquals(LocalDate.of(2027, 3, 29), PlanCalendar.dateOf(plainStart, 30));
        assertEquals(1, PlanCalendar.weekOf(PlanCalendar.dayOf(leapStart, LocalDate.of(2028, 2, 29))));
    }

    @ParameterizedTest
    @EnumSource(DayOfWeek.class)
    void planWeeksStartOnTheStartDateWhateverItsWeekday(DayOfWeek weekday) {
        LocalDate start = MONDAY.plusDays(weekday.getValue() - 1L);
        assertEquals(weekday, start.getDayOfWeek());

        assertEquals(1, PlanCalendar.weekOf(PlanCalendar.dayOf(start, start.plusDays(6))));
        assertEquals(2, PlanCalendar.weekOf(PlanCalendar.dayOf(start, start.plusDays(7))));
        assertEquals(new WeekRange(1, 3), PlanCalendar.weeksEndedBy(start, start.plusDays(26)));
        assertEquals(new WeekRange(1, 4), PlanCalendar.weeksEndedBy(start, start.plusDays(27)));
        assertEquals(start.plusDays(29), PlanCalendar.dateOf(start, 30));
    }

    @Test
    void noWeekHasEndedBeforeTheEndOfWeekOne() {
        assertTrue(PlanCalendar.weeksEndedBy(MONDAY, MONDAY.minusDays(10)).isEmpty());
        assertTrue(PlanCalendar.weeksEndedBy(MONDAY, MONDAY.plusDays(5)).isEmpty());
        assertEquals(new WeekRange(1, 1), PlanCalendar.weeksEndedBy(MONDAY, MONDAY.plusDays(6)));
    }

    @Test
    void datedObservationsAreSummedWithinTheirPlanWeek() {
        List<Observation> observations = List.of(
                Observation.onDate("t", MONDAY, 2),
                Observation.onDate("t", MONDAY.plusDays(6), 3),
                Observation.onDate("t", MONDAY.plusDays(7), 4),
                Observation.onDate("t", MONDAY.plusDays(13), 1.5));

        SortedMap<Integer, Double> weeks = PlanCalendar.weeklyValues(MONDAY, observations, MONDAY.plusDays(30));

        assertEquals(Map.of(1, 5.0, 2, 5.5), weeks);
    }

    @Test
    void sumsAndMeansOfDecimalsComeOutAsAPersonComputesThem() {
        SortedMap<Integer, Double> weeks = PlanCalendar.weeklyValues(MONDAY, List.of(
                Observation.onDate("t", MONDAY, 0.1), Observation.onDate("t", MONDAY.plusDays(2), 0.2),
                Observation.ofWeek("t", 2, 10.0), Observation.ofWeek("t", 3, 10.4),
                Observation.ofWeek("t", 4, 12.7), Observation.ofWeek("t", 5, 12.9)), MONDAY.plusDays(40));

        assertEquals(0.3, weeks.get(1), "0.1 + 0.2 is 0.30000000000000004 in binary floating point");
        assertEquals(OptionalDouble.of(11.5), PlanCalendar.judgedValue(weeks, new WeekRange(2, 5)));
        assertEquals(0.0, 1 / PlanCalendar.settled(-0.0) > 0 ? 0.0 : -1.0, "-0.0 becomes 0.0");
        assertEquals(1.0e300, PlanCalendar.settled(1.0e300));
        assertTrue(Double.isNaN(PlanCalendar.settled(Double.NaN)));
    }

    @Test
    void aWeekWithoutObservationsIsAbsentNeverZero() {
        SortedMap<Integer, Double> weeks = PlanCalendar.weeklyValues(MONDAY,
                List.of(Observation.ofWeek("t", 1, 4), Observation.ofWeek("t", 3, 0)), MONDAY.plusDays(30));

        assertEquals(Map.of(1, 4.0, 3, 0.0), weeks);
        assertEquals(OptionalDouble.empty(), PlanCalendar.judgedValue(weeks, new WeekRange(1, 3)));
    }

    @Test
    void datedObservationsBeforeTheStartOrAfterAsOfAreLeftOut() {
        SortedMap<Integer, Double> weeks = PlanCalendar.weeklyValues(MONDAY, List.of(
                Observation.onDate("t", MONDAY.minusDays(1), 9),
                Observation.onDate("t", MONDAY.plusDays(1), 2),
                Observation.onDate("t", MONDAY.plusDays(10), 7)), MONDAY.plusDays(9));

        assertEquals(Map.of(1, 2.0), weeks);
    }

    @Test
    void theJudgedValueIsTheMeanOverTheJudgedWeeks() {
        Map<Integer, Double> weeks = Map.of(4, 10.0, 5, 12.0, 6, 17.0, 7, 7.0);

        assertEquals(OptionalDouble.of(12.0), PlanCalendar.judgedValue(weeks, new WeekRange(5, 7)));
        assertEquals(OptionalDouble.empty(), PlanCalendar.judgedValue(weeks, new WeekRange(5, 4)));
    }
}
