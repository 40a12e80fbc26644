package dev.pip.core.json.internal;

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

    static Optional<LocalDate> read(String text, String path, Problems problems) {
        try {
            return Optional.of(LocalDate.parse(text));
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
}
