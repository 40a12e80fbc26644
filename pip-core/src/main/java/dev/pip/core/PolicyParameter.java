package dev.pip.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * Every policy parameter, described once: its JSON name, whether it is a whole number, its
 * range, its default and its meaning. {@link Policy} and {@link PolicyOverrides} check their
 * values here, the JSON readers and writers take names and ranges from here, the rule-set
 * fingerprint hashes the {@link #canonical(Policy) canonical text} built from here, and
 * {@link #markdownTable()} prints the table of the documentation.
 *
 * <p>The ranges follow from the specification (sections 2, 5-8 and 10) and sane use: day counts
 * are at least a week (section 10) and at most what a plan can use (a window is at most 90 days,
 * monitoring "60; 90 allowed", here up to a year); at most 3 extensions (a plan extended three
 * times is no longer a plan); shares lie in 0..1; counts of weeks and months are bounded by a
 * year or three. Together they bound the work of one evaluation: the longest timeline they
 * allow is 90 + 3 x 90 + 365 = 725 days.
 */
public enum PolicyParameter {
    /** Day of the binary gate. */
    GATE_DAY("gateDay", true, 5, 7, 90, 30, "day of the binary gate; at most the plan's windowDays",
            Policy::gateDay),
    /** Length of one extension. */
    EXTENSION_DAYS("extensionDays", true, 6, 7, 90, 14, "length of an extension, in days", Policy::extensionDays),
    /** Extensions a plan may have. */
    MAX_EXTENSIONS("maxExtensions", true, 6, 0, 3, 1, "how many extensions a plan may have", Policy::maxExtensions),
    /** Monitoring after a pass. */
    MONITORING_DAYS("monitoringDays", true, 7, 7, 365, 60, "days of monitoring after a pass", Policy::monitoringDays),
    /** Ramp after hire. */
    RAMP_MONTHS("rampMonths", true, 1, 0, 36, 6, "months after the hire date during which a rep is in ramp",
            Policy::rampMonths),
    /** Share of the team that makes it systemic. */
    TEAM_WIDE_SHARE("teamWideShare", false, 1, 0, 1, 0.5,
            "share of the team below standard on the same metric that makes the problem systemic",
            Policy::teamWideShare),
    /** Months of underperformance before a PIP. */
    MIN_MONTHS_UNDERPERFORMING("minMonthsUnderperforming", false, 1, 0, 36, 2,
            "months of underperformance below which coaching comes first", Policy::minMonthsUnderperforming),
    /** Share of the gap an unmet target must close to extend. */
    IMPROVEMENT_SHARE("improvementShare", false, 6, 0, 1, 0.5,
            "share of the gap from baseline to goal an unmet target must close for an extension",
            Policy::improvementShare),
    /** Missed monitoring weeks in a row that make a regression. */
    REGRESSION_WEEKS("regressionWeeks", true, 7, 1, 52, 2,
            "consecutive monitoring weeks a target misses its goal in to make a regression", Policy::regressionWeeks),
    /** Share of committed support below which an exit is reviewed. */
    SUPPORT_DELIVERED_SHARE("supportDeliveredShare", false, 8, 0, 1, 0.8,
            "share of committed support below which an exit becomes an HR review", Policy::supportDeliveredShare),
    /** Missed check-ins that turn an exit into a review. */
    MISSED_CHECK_INS_FOR_REVIEW("missedCheckInsForReview", true, 8, 1, 52, 2,
            "missed weekly check-ins that turn an exit into an HR review", Policy::missedCheckInsForReview);

    private static final List<PolicyParameter> ALL = List.of(values());

    private final String jsonName;
    private final boolean whole;
    private final double min;
    private final double max;
    private final double defaultValue;
    private final String meaning;
    private final int section;
    private final ToDoubleFunction<Policy> getter;

    PolicyParameter(String jsonName, boolean whole, int section, double min, double max, double defaultValue,
            String meaning,
            ToDoubleFunction<Policy> getter) {
        this.jsonName = jsonName;
        this.whole = whole;
        this.min = min;
        this.max = max;
        this.defaultValue = defaultValue;
        this.meaning = meaning;
        this.section = section;
        this.getter = getter;
    }

    /** Every parameter, in the order of {@link Policy}'s components. */
    public static List<PolicyParameter> all() {
        return ALL;
    }

    /** The field name in a plan document's {@code policy} and in an evaluation. */
    public String jsonName() {
        return jsonName;
    }

    /** True for a whole number (an {@code int} component), false for a decimal number. */
    public boolean whole() {
        return whole;
    }

    /** The smallest allowed value. */
    public double min() {
        return min;
    }

    /** The largest allowed value. */
    public double max() {
        return max;
    }

    /** The default value. */
    public double defaultValue() {
        return defaultValue;
    }

    /** What the parameter means, in one line. */
    public String meaning() {
        return meaning;
    }

    /** The section of the specification that uses it. */
    public int section() {
        return section;
    }

    /** Whether {@code value} is allowed: finite, whole where a whole number is wanted, and in range. */
    public boolean allows(double value) {
        return Double.isFinite(value) && value >= min && value <= max && (!whole || value == Math.rint(value));
    }

    /**
     * {@code value} when it is {@linkplain #allows allowed}, with -0.0 turned into 0.0 (rule engines
     * compare boxed doubles, where -0.0 lies below 0.0).
     *
     * @throws IllegalArgumentException naming the parameter, its range and the value
     */
    public double check(double value) {
        if (!allows(value)) {
            throw new IllegalArgumentException("policy." + jsonName + " must " + rangeText() + ", was "
                    + format(value));
        }
        return value + 0.0;
    }

    /** The range as a phrase: "be a whole number in 7..90" or "lie in 0..1". */
    public String rangeText() {
        return (whole ? "be a whole number in " : "lie in ") + format(min) + ".." + format(max);
    }

    /** The value of this parameter in {@code policy}. */
    public double valueIn(Policy policy) {
        return getter.applyAsDouble(policy);
    }

    /** The value {@code overrides} sets for this parameter, if any. */
    public OptionalDouble valueIn(PolicyOverrides overrides) {
        return overrides.get(this);
    }

    /**
     * A stable text of every parameter of {@code policy}, one {@code name=value} line each in
     * this enum's order, values as exact decimals: what the rule-set fingerprint hashes. It
     * changes only when a value changes or a parameter is added.
     */
    public static String canonical(Policy policy) {
        StringBuilder sb = new StringBuilder();
        for (PolicyParameter p : ALL) {
            sb.append(p.jsonName).append('=').append(exact(p.valueIn(policy))).append('\n');
        }
        return sb.toString();
    }

    /**
     * The documentation table (Markdown): name, type, range, default, meaning and specification
     * section of every parameter, as {@code pip-core/docs/policy.md} holds it.
     */
    public static String markdownTable() {
        StringBuilder sb = new StringBuilder(
                "| parameter | type | range | default | meaning | specification |\n|---|---|---|---|---|---|\n");
        for (PolicyParameter p : ALL) {
            sb.append("| `").append(p.jsonName).append("` | ").append(p.whole ? "whole number" : "number")
                    .append(" | ").append(format(p.min)).append("..").append(format(p.max)).append(" | ")
                    .append(format(p.defaultValue)).append(" | ").append(p.meaning).append(" | section ").append(p.section)
                    .append(" |\n");
        }
        return sb.toString();
    }

    private static String exact(double value) {
        BigDecimal d = new BigDecimal(value + 0.0).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }
}
