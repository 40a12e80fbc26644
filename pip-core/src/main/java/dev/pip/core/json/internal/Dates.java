package dev.pip.core.json.internal;

import dev.pip.core.time.PlanCalendar;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads ISO dates, telling a malformed date from one that does not exist in the calendar. */
final class Dates {
    private static final Pattern SHAPE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private Dates() {
    }

    /** The date {@code text} writes when it is exactly {@code yyyy-MM-dd} and a real calendar day; else empty. */
    static Optional<LocalDate> strict(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1
                    && day <= YearMonth.of(year, month).lengthOfMonth()) {
                return Optional.of(LocalDate.of(year, month, day));
            }
        }
        return Optional.empty();
    }

    static Optional<LocalDate> read(String text, Obj o, String field) {
        Optional<LocalDate> exact = strict(text);
        if (exact.isPresent()) {
            return inRange(exact.get(), text, o, field);
        }
        String path = o.path(field);
        Problems problems = o.problems();
        try {
            if (!SHAPE.matcher(text).matches()) {
                // LocalDate.parse also takes signed years of five digits or more: not the shape of a document's dates.
                throw new DateTimeException(text);
            }
            return inRange(LocalDate.parse(text), text, o, field);
        } catch (DateTimeException e) {
            Matcher m = SHAPE.matcher(text);
            if (!m.matches()) {
                problems.add(path, "'" + text + "' is not an ISO date (yyyy-mm-dd, for example 2026-09-07)");
                return Optional.empty();
            }
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            String why;
            if (month < 1 || month > 12) {
                why = "there is no month " + month;
            } else {
                YearMonth ym = YearMonth.of(year, month);
                why = day == 0 ? "there is no day 0"
                        : Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year + " has "
                        + ym.lengthOfMonth() + " days";
            }
            problems.add(path, "'" + text + "' is not a real date: " + why);
            return Optional.empty();
        }
    }

    /** The date, when it lies in the years a plan document may use; else a problem. */
    private static Optional<LocalDate> inRange(LocalDate date, String text, Obj o, String field) {
        if (date.isBefore(PlanCalendar.FIRST_DATE) || date.isAfter(PlanCalendar.LAST_DATE)) {
            o.problems().add(o.path(field), "'" + text + "' lies outside the dates a document may hold ("
                    + PlanCalendar.FIRST_DATE + ".." + PlanCalendar.LAST_DATE + ")");
            return Optional.empty();
        }
        return Optional.of(date);
    }

    /** The number written by the ASCII digits {@code from..to} of {@code text}, or -1. */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
