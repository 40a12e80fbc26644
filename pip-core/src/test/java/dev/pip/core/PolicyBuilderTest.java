package dev.pip.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The builder sets each parameter by name and nothing else, validates on {@code build()} like the
 * constructor, and derives changed copies; the overrides know when they are empty; each parameter
 * describes its meaning and section. (Found missing by mutation testing: without these, every
 * builder setter could return null or leave the field unset unnoticed.)
 */
class PolicyBuilderTest {

    /** Each parameter's builder setter, the value given as a double (whole for whole parameters). */
    private static final Map<PolicyParameter, BiFunction<Policy.Builder, Double, Policy.Builder>> SETTERS = setters();

    private static Map<PolicyParameter, BiFunction<Policy.Builder, Double, Policy.Builder>> setters() {
        Map<PolicyParameter, BiFunction<Policy.Builder, Double, Policy.Builder>> s = new EnumMap<>(
                PolicyParameter.class);
        s.put(PolicyParameter.GATE_DAY, (b, v) -> b.gateDay(v.intValue()));
        s.put(PolicyParameter.EXTENSION_DAYS, (b, v) -> b.extensionDays(v.intValue()));
        s.put(PolicyParameter.MAX_EXTENSIONS, (b, v) -> b.maxExtensions(v.intValue()));
        s.put(PolicyParameter.MONITORING_DAYS, (b, v) -> b.monitoringDays(v.intValue()));
        s.put(PolicyParameter.RAMP_MONTHS, (b, v) -> b.rampMonths(v.intValue()));
        s.put(PolicyParameter.TEAM_WIDE_SHARE, Policy.Builder::teamWideShare);
        s.put(PolicyParameter.MIN_MONTHS_UNDERPERFORMING, Policy.Builder::minMonthsUnderperforming);
        s.put(PolicyParameter.IMPROVEMENT_SHARE, Policy.Builder::improvementShare);
        s.put(PolicyParameter.REGRESSION_WEEKS, (b, v) -> b.regressionWeeks(v.intValue()));
        s.put(PolicyParameter.SUPPORT_DELIVERED_SHARE, Policy.Builder::supportDeliveredShare);
        s.put(PolicyParameter.MISSED_CHECK_INS_FOR_REVIEW, (b, v) -> b.missedCheckInsForReview(v.intValue()));
        return s;
    }

    /** An allowed value other than the default. */
    private static double otherThanDefault(PolicyParameter p) {
        return p.defaultValue() == p.max() ? p.min() : p.max();
    }

    @Test
    void everyParameterHasASetter() {
        assertEquals(PolicyParameter.all().size(), SETTERS.size());
    }

    @Test
    void theBuilderStartsFromTheDefaults() {
        assertEquals(Policy.defaults(), Policy.builder().build());
    }

    @ParameterizedTest
    @EnumSource(PolicyParameter.class)
    void eachSetterSetsItsParameterAndNoOther(PolicyParameter p) {
        double v = otherThanDefault(p);
        Policy.Builder builder = Policy.builder();
        Policy.Builder returned = SETTERS.get(p).apply(builder, v);
        assertTrue(returned == builder, "the setter returns its builder, for chaining");
        Policy built = builder.build();
        for (PolicyParameter q : PolicyParameter.all()) {
            assertEquals(q == p ? v : q.defaultValue(), q.valueIn(built), q.jsonName());
        }
    }

    @ParameterizedTest
    @EnumSource(PolicyParameter.class)
    void buildRejectsAValueOutOfRangeNamingTheParameter(PolicyParameter p) {
        double beyond = p.max() + 1;
        Policy.Builder builder = SETTERS.get(p).apply(Policy.builder(), beyond);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
        assertTrue(e.getMessage().startsWith("policy." + p.jsonName() + " must " + p.rangeText()), e.getMessage());
    }

    @Test
    void toBuilderKeepsEveryParameterAndChangesOnlyWhatIsSet() {
        Policy.Builder b = Policy.builder();
        for (PolicyParameter p : PolicyParameter.all()) {
            SETTERS.get(p).apply(b, otherThanDefault(p));
        }
        Policy changed = b.build();
        for (PolicyParameter p : PolicyParameter.all()) {
            assertNotEquals(p.defaultValue(), p.valueIn(changed), p.jsonName());
        }
        assertEquals(changed, changed.toBuilder().build());
        Policy copy = changed.toBuilder().gateDay(21).build();
        assertEquals(21, copy.gateDay());
        assertEquals(changed, copy.toBuilder().gateDay(changed.gateDay()).build());
        assertEquals(otherThanDefault(PolicyParameter.GATE_DAY), changed.gateDay(), "the original is unchanged");
    }

    @Test
    void overridesAreEmptyOnlyWhenNothingIsSet() {
        assertTrue(PolicyOverrides.none().isEmpty());
        assertTrue(PolicyOverrides.of(Map.of()).isEmpty());
        for (PolicyParameter p : PolicyParameter.all()) {
            PolicyOverrides one = PolicyOverrides.of(Map.of(p, p.defaultValue()));
            assertFalse(one.isEmpty(), "setting " + p.jsonName() + " to its default still sets it");
            assertEquals(OptionalDouble.of(p.defaultValue()), p.valueIn(one));
            assertEquals(OptionalDouble.empty(), p.valueIn(PolicyOverrides.none()));
        }
        assertFalse(PolicyOverrides.every(Policy.defaults()).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(PolicyParameter.class)
    void eachParameterSaysWhatItMeansAndWhereTheSpecificationUsesIt(PolicyParameter p) {
        assertFalse(p.meaning().isBlank());
        assertTrue(p.section() >= 1 && p.section() <= 11, p + " section " + p.section());
        assertTrue(PolicyParameter.markdownTable().contains(
                "| " + p.meaning() + " | section " + p.section() + " |"), p.jsonName());
    }
}
