package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.CheckIn;
import dev.pip.core.Decision;
import dev.pip.core.Observation;
import dev.pip.core.PlanDocument;
import dev.pip.core.RecordedDecision;
import dev.pip.core.SupportDelivery;
import dev.pip.core.time.PlanCalendar;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Values with no sane use are rejected where they are read, so that no plan day, week or date
 * can overflow the engine's arithmetic: dates in 1900..2999, weeks and days bounded far beyond
 * any plan, and plan days of far-apart dates saturated instead of overflowing.
 */
class PlanJsonBoundsTest {

    @Test
    void datesOutsideTheYearsADocumentMayHoldAreRejectedAtTheirPath() {
        for (String date : new String[] {"1899-12-31", "3000-01-01", "0000-01-01", "9999-12-31"}) {
            Invalid.only(Documents.MINIMAL.replace("2026-03-02", date), "$.startDate",
                    "'" + date + "' lies outside the dates a document may hold (1900-01-01..2999-12-31)");
        }
        Invalid.only(Documents.MINIMAL.replace("\"id\": \"r-1\"", "\"id\": \"r-1\", \"hireDate\": \"1850-01-01\""),
                "$.rep.hireDate", "lies outside the dates");
        assertEquals(LocalDate.of(1900, 1, 1),
                PlanJson.read(Documents.MINIMAL.replace("2026-03-02", "1900-01-01"), "p").startDate());
        assertEquals(LocalDate.of(2999, 12, 31),
                PlanJson.read(Documents.MINIMAL.replace("2026-03-02", "2999-12-31"), "p").startDate());
    }

    @Test
    void signedYearsOfFiveDigitsOrMoreAreNotDatesOfADocument() {
        Invalid.only(Documents.MINIMAL.replace("2026-03-02", "+999999999-12-31"), "$.startDate",
                "is not an ISO date");
        Invalid.only(Documents.MINIMAL.replace("2026-03-02", "-999999999-01-01"), "$.startDate",
                "is not an ISO date");
    }

    @Test
    void weeksBeyondTheLastPlanWeekAreRejected() {
        int last = PlanCalendar.MAX_WEEK;
        Invalid.only(Documents.valid("\"observations\": [{\"metric\": \"t1\", \"week\": " + (last + 1)
                + ", \"value\": 1}]"), "$.observations[0].week", "must be at most " + last);
        Invalid.only(Documents.valid("\"checkIns\": [{\"week\": 2147483647, \"held\": true}]"), "$.checkIns[0].week",
                "must be at most " + last);
        Invalid.only(Documents.valid("\"supportDelivered\": [{\"kind\": \"COACHING\", \"week\": " + (last + 1)
                + "}]"), "$.supportDelivered[0].week", "must be at most " + last);
        PlanDocument plan = PlanJson.read(Documents.valid("\"observations\": [{\"metric\": \"t1\", \"week\": " + last
                + ", \"value\": 1}]"), "p");
        assertEquals(last, plan.observations().get(0).week().getAsInt());
    }

    @Test
    void aWindowLongerThanTheLastPlanDayIsRejected() {
        Invalid.only(Documents.valid("\"windowDays\": 2147483647"), "$.windowDays",
                "must be at most " + PlanCalendar.MAX_DAY);
        assertEquals(PlanCalendar.MAX_DAY,
                PlanJson.read(Documents.valid("\"windowDays\": " + PlanCalendar.MAX_DAY), "p").windowDays());
    }

    @Test
    void theModelRejectsTheSameValuesAsTheReader() {
        assertThrows(IllegalArgumentException.class, () -> new CheckIn(PlanCalendar.MAX_WEEK + 1, true,
                Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new SupportDelivery("C", PlanCalendar.MAX_WEEK + 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Observation.ofWeek("m", PlanCalendar.MAX_WEEK + 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Observation.onDate("m", LocalDate.of(3000, 1, 1), 1));
        assertThrows(IllegalArgumentException.class, () -> RecordedDecision.of(PlanCalendar.MAX_DAY + 1,
                Decision.EXIT));
        assertEquals(PlanCalendar.MAX_DAY, RecordedDecision.of(PlanCalendar.MAX_DAY, Decision.EXIT).day());
        assertEquals(PlanCalendar.MAX_WEEK, new CheckIn(PlanCalendar.MAX_WEEK, true, Optional.empty()).week());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Observation.onDate("m", LocalDate.MAX, 1));
        assertTrue(e.getMessage().contains("observation.date must lie in 1900-01-01..2999-12-31"), e.getMessage());
    }

    @Test
    void planDaysOfFarApartDatesSaturateInsteadOfOverflowing() {
        LocalDate start = PlanCalendar.FIRST_DATE;
        assertEquals(PlanCalendar.MAX_DAY, PlanCalendar.dayOf(start, LocalDate.MAX));
        assertEquals(-PlanCalendar.MAX_DAY, PlanCalendar.dayOf(PlanCalendar.LAST_DATE, LocalDate.MIN));
        assertEquals(PlanCalendar.MAX_DAY, PlanCalendar.dayOf(start, start.plusDays(PlanCalendar.MAX_DAY - 1)));
        assertEquals(PlanCalendar.MAX_DAY, PlanCalendar.dayOf(start, start.plusDays(PlanCalendar.MAX_DAY)));
        assertEquals(PlanCalendar.MAX_DAY - 1, PlanCalendar.dayOf(start, start.plusDays(PlanCalendar.MAX_DAY - 2)));
        assertEquals(-PlanCalendar.MAX_DAY, PlanCalendar.dayOf(start, start.minusDays(PlanCalendar.MAX_DAY + 5)));
        // A century after the last start date is well inside: days stay exact for every sane as-of.
        assertEquals(36_525 + 1, PlanCalendar.dayOf(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1)));
        // The largest day plus the largest policy day counts stays far from overflow.
        assertTrue((long) PlanCalendar.MAX_DAY + 90 * 4 + 365 < Integer.MAX_VALUE / 1000);
    }
}
