package dev.pip.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.json.EvaluationJson;
import dev.pip.core.json.PlanJson;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each policy parameter is described once and every place checks it the same way: the record
 * constructors, the overrides factory and the JSON reader accept each bound and reject the value
 * just beyond it, with a message naming the parameter and its range.
 */
class PolicyParameterTest {

    /** The values just outside the range, and inside values that are not allowed (a fraction for a whole number). */
    private static List<Double> outside(PolicyParameter p) {
        List<Double> out = new ArrayList<>(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        if (p.whole()) {
            out.addAll(List.of(p.min() - 1, p.max() + 1, p.min() + 0.5, (double) Integer.MAX_VALUE,
                    (double) Integer.MIN_VALUE));
        } else {
            out.addAll(List.of(Math.nextDown(p.min()), Math.nextUp(p.max()), p.max() + 1, p.min() - 1));
        }
        return out;
    }

    private static List<Double> inside(PolicyParameter p) {
        return List.of(p.min(), p.max(), p.defaultValue());
    }

    @Test
    void theRecordComponentsAreTheParametersInOrder() {
        List<String> components = Arrays.stream(Policy.class.getRecordComponents()).map(RecordComponent::getName)
                .toList();
        assertEquals(components, PolicyParameter.all().stream().map(PolicyParameter::jsonName).toList());
        List<String> overrides = Arrays.stream(PolicyOverrides.class.getRecordComponents())
                .map(RecordComponent::getName).toList();
        assertEquals(components, overrides);
    }

    @ParameterizedTest
    @EnumSource(PolicyParameter.class)
    void theDefaultPolicyHoldsEachDefault(PolicyParameter p) {
        assertEquals(p.defaultValue(), p.valueIn(Policy.defaults()));
        assertTrue(p.allows(p.defaultValue()));
        assertTrue(p.min() <= p.max());
    }

    @ParameterizedTest
    @EnumSource(PolicyParameter.class)
    void thePolicyConstructorAcceptsEachBoundAndRejectsBeyond(PolicyParameter p) {
        for (double v : inside(p)) {
            assertEquals(v, p.valueIn(policyWith(p, v)), p + " = " + v);
        }
        for (double v : outside(p)) {
            if (p.whole() && (v != Math.rint(v) || !Double.isFinite(v))) {
                continue; // an int component cannot hold it
            }
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> policyWith(p, v),
                    () -> p + " = " + v);
            assertTrue(e.getMessage().startsWith("policy." + p.jsonName() + " must " + p.rangeText()),
                    e.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(PolicyParameter.class)
    void theOverridesConstructorAcceptsEachBoundAndRejectsBeyond(PolicyParameter p) {
        for (double v : inside(p)) {
            assertEquals(OptionalDouble.of(v), overridesWith(p, v).get(p), p + " = " + v);
            assertEquals(v, p.valueIn(Policy.defaults().with(overridesWith(p, v))));
        }
        for (double v : outside(p)) {
            if (p.whole() && (v != Math.rint(v) || !Double.isFinite(v))) {
                continue;
            }
            assertThrows(IllegalArgumentException.class, () -> overridesWith(p, v), () -> p + " = " + v);
        }
    }

    @ParameterizedTest
    @EnumSource(PolicyParameter.class)
    void theOverridesFactoryAcceptsEachBoundAndRejectsBeyond(PolicyParameter p) {
        for (double v : inside(p)) {
            PolicyOverrides o = PolicyOverrides.of(Map.of(p, v));
            assertEquals(OptionalDouble.of(v), o.get(p));
            assertEquals(1, PolicyParameter.all().stream().filter(q -> o.get(q).isPresent()).count());
        }
        for (double v : outside(p)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> PolicyOverrides.of(Map.of(p, v)), () -> p + " = " + v);
            assertTrue(e.getMessage().contains("policy." + p.jsonName()), e.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(PolicyParameter.class)
    void thePlanReaderAcceptsEachBoundAndRejectsBeyondAtThePath(PolicyParameter p) {
        for (double v : inside(p)) {
            if (p == PolicyParameter.GATE_DAY && v > 60) {
                continue; // the gate may not lie after the end of the default 60-day window
            }
            PlanDocument plan = PlanJson.read(plan(p, number(v)), "p.json");
            assertEquals(OptionalDouble.of(v), plan.policy().get(p));
        }
        for (double v : outside(p)) {
            if (!Double.isFinite(v)) {
                continue; // not JSON
            }
            InvalidPlanException e = assertThrows(InvalidPlanException.class,
                    () -> PlanJson.read(plan(p, number(v)), "p.json"), () -> p + " = " + v);
            assertEquals(1, e.problems().size(), e.problems()::toString);
            assertEquals("$.policy." + p.jsonName(), e.problems().get(0).path());
            assertTrue(e.problems().get(0).message().contains("must " + p.rangeText()), e.problems()::toString);
        }
        InvalidPlanException text = assertThrows(InvalidPlanException.class,
                () -> PlanJson.read(plan(p, "\"7\""), "p.json"));
        assertEquals("$.policy." + p.jsonName(), text.problems().get(0).path());
    }

    @Test
    void theHostilePolicyOfAMillionExtensionsIsRejectedByTheReader() {
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> PlanJson.read(
                plan(PolicyParameter.MAX_EXTENSIONS, "1000000"), "hostile.json"));
        assertEquals("$.policy.maxExtensions: must be a whole number in 0..3, was 1000000",
                e.problems().get(0).path() + ": " + e.problems().get(0).message());
    }

    @Test
    void everyProblemOfAPolicyIsReportedAtOnce() {
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> PlanJson.read(
                "{\"planId\": \"P\", \"rep\": {\"id\": \"r\"}, \"startDate\": \"2026-03-02\","
                        + " \"diagnosis\": {\"rootCause\": \"SKILL\"}, \"targets\": [],"
                        + " \"policy\": {\"maxExtensions\": 4, \"monitoringDays\": 366, \"improvementShare\": 2}}",
                "p.json"));
        assertEquals(List.of("$.policy.maxExtensions", "$.policy.monitoringDays", "$.policy.improvementShare"),
                e.problems().stream().map(Problem::path).toList());
    }

    @Test
    void anEvaluationPolicyIsWrittenAndReadByTheSameDescription() {
        Policy p = new Policy(7, 90, 3, 365, 36, 1, 36, 0, 52, 0.25, 1);
        PolicyOverrides every = PolicyOverrides.every(p);
        for (PolicyParameter q : PolicyParameter.all()) {
            assertEquals(OptionalDouble.of(q.valueIn(p)), every.get(q));
        }
        assertEquals(p, Policy.defaults().with(every));
        String json = EvaluationJson.write(new Evaluation("P", java.time.LocalDate.of(2026, 1, 1),
                Recommendation.PIP, Decision.PENDING, List.of(), List.of(), List.of(), List.of(), List.of(), p,
                new RuleSetId("r", "f"), false));
        assertTrue(json.contains("\"policy\":{\"gateDay\":7,\"extensionDays\":90,\"maxExtensions\":3,"
                + "\"monitoringDays\":365,\"rampMonths\":36,\"teamWideShare\":1,\"minMonthsUnderperforming\":36,"
                + "\"improvementShare\":0,\"regressionWeeks\":52,\"supportDeliveredShare\":0.25,"
                + "\"missedCheckInsForReview\":1}"), json);
        assertEquals(p, EvaluationJson.read(json).policy());
        String bad = json.replace("\"regressionWeeks\":52", "\"regressionWeeks\":53");
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> EvaluationJson.read(bad));
        assertEquals("$.policy.regressionWeeks", e.problems().get(0).path());
    }

    @Test
    void theCanonicalTextIsStableAndExact() {
        assertEquals("""
                gateDay=30
                extensionDays=14
                maxExtensions=1
                monitoringDays=60
                rampMonths=6
                teamWideShare=0.5
                minMonthsUnderperforming=2
                improvementShare=0.5
                regressionWeeks=2
                supportDeliveredShare=0.8000000000000000444089209850062616169452667236328125
                missedCheckInsForReview=2
                """, PolicyParameter.canonical(Policy.defaults()));
        Policy other = Policy.defaults().with(PolicyOverrides.of(Map.of(PolicyParameter.IMPROVEMENT_SHARE, 0.6)));
        assertFalse(PolicyParameter.canonical(other).equals(PolicyParameter.canonical(Policy.defaults())));
        Policy negativeZero = Policy.defaults().with(PolicyOverrides.of(Map.of(PolicyParameter.IMPROVEMENT_SHARE, -0.0)));
        assertTrue(PolicyParameter.canonical(negativeZero).contains("\nimprovementShare=0\n"));
    }

    @Test
    void theDocumentationTableHasARowPerParameter() {
        String table = PolicyParameter.markdownTable();
        assertEquals(PolicyParameter.all().size() + 2, table.lines().count());
        assertTrue(table.startsWith("| parameter | type | range | default | meaning | specification |"), table);
        assertTrue(table.contains("| `maxExtensions` | whole number | 0..3 | 1 | how many extensions a plan may have | section 6 |"),
                table);
        assertTrue(table.contains("| `supportDeliveredShare` | number | 0..1 | 0.8 |"), table);
    }

    @Test
    void thePolicyDocumentHoldsTheTableAsPrinted() throws java.io.IOException {
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/policy.md"));
        String start = "<!-- policy table: start -->\n";
        int from = doc.indexOf(start) + start.length();
        int to = doc.indexOf("<!-- policy table: end -->");
        assertEquals(PolicyParameter.markdownTable(), doc.substring(from, to),
                "paste PolicyParameter.markdownTable() between the markers in pip-core/docs/policy.md");
    }

    @ParameterizedTest
    @EnumSource(PolicyParameter.class)
    void theSchemaHoldsEachRange(PolicyParameter p) throws java.io.IOException {
        try (var in = PolicyParameterTest.class.getResourceAsStream("/dev/pip/core/json-schema/plan-document.schema.json")) {
            var schema = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
            var property = schema.at("/$defs/policy/properties/" + p.jsonName());
            assertEquals(p.min(), property.get("minimum").asDouble(), p::jsonName);
            assertEquals(p.max(), property.get("maximum").asDouble(), p::jsonName);
            assertEquals(p.whole() ? "integer" : "number", property.get("type").get(0).asText(), p::jsonName);
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String plan(PolicyParameter p, String value) {
        return "{\"planId\": \"P\", \"rep\": {\"id\": \"r\"}, \"startDate\": \"2026-03-02\","
                + " \"diagnosis\": {\"rootCause\": \"SKILL\"}, \"targets\": [], \"policy\": {\"" + p.jsonName()
                + "\": " + value + "}}";
    }

    private static Policy policyWith(PolicyParameter p, double value) {
        Object[] args = new Object[PolicyParameter.all().size()];
        Class<?>[] types = new Class<?>[args.length];
        RecordComponent[] components = Policy.class.getRecordComponents();
        for (int i = 0; i < args.length; i++) {
            PolicyParameter q = PolicyParameter.all().get(i);
            double v = q == p ? value : q.defaultValue();
            types[i] = components[i].getType();
            args[i] = types[i] == int.class ? (Object) (int) v : (Object) v;
        }
        return construct(Policy.class, types, args);
    }

    private static PolicyOverrides overridesWith(PolicyParameter p, double value) {
        Object[] args = new Object[PolicyParameter.all().size()];
        Class<?>[] types = new Class<?>[args.length];
        RecordComponent[] components = PolicyOverrides.class.getRecordComponents();
        for (int i = 0; i < args.length; i++) {
            PolicyParameter q = PolicyParameter.all().get(i);
            types[i] = components[i].getType();
            boolean set = q == p;
            args[i] = types[i] == OptionalInt.class ? (set ? OptionalInt.of((int) value) : OptionalInt.empty())
                    : set ? OptionalDouble.of(value) : OptionalDouble.empty();
        }
        return construct(PolicyOverrides.class, types, args);
    }

    private static <T> T construct(Class<T> type, Class<?>[] types, Object[] args) {
        try {
            Constructor<T> c = type.getDeclaredConstructor(types);
            return c.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
