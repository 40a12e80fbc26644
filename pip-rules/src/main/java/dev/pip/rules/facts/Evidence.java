package dev.pip.rules.facts;

import dev.pip.core.CheckpointStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the evidence map of a reason from name-value pairs, keeping their order. */
public final class Evidence {
    private Evidence() {
    }

    /**
     * Evidence from alternating names and values: {@code of("target", id, "value", 12.5)}.
     *
     * @param namesAndValues name, value, name, value...
     * @return an ordered map
     */
    public static Map<String, Object> of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("evidence needs name-value pairs, got " + namesAndValues.length + " items");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(String.valueOf(namesAndValues[i]), namesAndValues[i + 1]);
        }
        return map;
    }

    /** A number for a sentence: whole numbers without decimals, others with up to two. */
    public static String num(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String s = twoDecimals(value);
        return s.endsWith("0") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * What {@code String.format(Locale.ROOT, "%.2f", value)} gives, without a Formatter: the
     * formatter rounds the shortest decimal form of the double half-up, and so does this.
     */
    static String twoDecimals(double value) {
        if (!Double.isFinite(value)) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        String s = new BigDecimal(Double.toString(value)).setScale(2, RoundingMode.HALF_UP).toPlainString();
        // the formatter keeps the sign of a negative value that rounds to zero ("-0.00")
        return value < 0 && s.charAt(0) != '-' || Double.doubleToRawLongBits(value) == Long.MIN_VALUE ? "-" + s : s;
    }

    /**
     * Each (target, week) without data named by {@link MissingData} or NO_DATA {@link WeekResult}
     * facts, as "target week N", sorted by target then week; other facts are ignored.
     *
     * @param facts the facts a rule collected
     * @return the pairs, in a stable order
     */
    public static List<String> missing(Collection<?> facts) {
        List<TargetWeek> pairs = new ArrayList<>();
        for (Object f : facts) {
            if (f instanceof MissingData m) {
                m.weeks().forEach(w -> pairs.add(new TargetWeek(m.target(), w)));
            } else if (f instanceof WeekResult r && r.status() == CheckpointStatus.NO_DATA) {
                pairs.add(new TargetWeek(r.target(), r.week()));
            }
        }
        pairs.sort(Comparator.comparing(TargetWeek::target).thenComparingInt(TargetWeek::week));
        return pairs.stream().map(p -> p.target() + " week " + p.week()).toList();
    }

    private record TargetWeek(String target, int week) {
    }

    /** Numbers for a sentence, comma-separated: "15, 16.5, 14". */
    public static String nums(List<Double> values) {
        return values.stream().map(Evidence::num).collect(Collectors.joining(", "));
    }
}
