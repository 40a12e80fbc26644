package dev.pip.examples.reference;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.core.Recommendation;
import dev.pip.core.TimelineEntry;
import dev.pip.core.generate.GeneratedPlan;
import dev.pip.core.generate.PlanGenerator;
import dev.pip.core.generate.Property;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The default generator reaches every decision, every recommendation and every timeline shape
 * of the specification, judged by the reference evaluator (fast enough for many plans).
 */
class GeneratorCoversEveryPathTest {
    private static final int PLANS = 4000;

    @Test
    void defaultGeneratorReachesEveryDecisionRecommendationAndTimelineShape() {
        ReferenceEvaluator reference = ReferenceEvaluator.withDefaultPolicy();
        PlanGenerator generator = PlanGenerator.defaults();
        Set<Decision> decisions = EnumSet.noneOf(Decision.class);
        Set<Recommendation> recommendations = EnumSet.noneOf(Recommendation.class);
        Map<String, Integer> shapes = new TreeMap<>();
        long base = Property.DEFAULT_BASE;
        for (int i = 0; i < PLANS; i++) {
            GeneratedPlan g = generator.next(new java.util.SplittableRandom(base + i));
            ReferenceEvaluation r = reference.evaluate(g.plan(), g.asOf());
            decisions.add(r.decision());
            recommendations.add(r.recommendation());
            String shape = r.timeline().stream().map(TimelineEntry::decision).map(Decision::name)
                    .collect(Collectors.joining(">"));
            shapes.merge(shape.isEmpty() ? r.decision().name() : shape, 1, Integer::sum);
        }
        String seen = "decisions " + decisions + ", recommendations " + recommendations + ", shapes " + shapes;
        assertTrue(decisions.containsAll(EnumSet.allOf(Decision.class)), seen);
        assertTrue(recommendations.containsAll(EnumSet.allOf(Recommendation.class)), seen);
        for (String shape : new String[] {"CONTINUE>EXTEND>PASS>CLOSED", "CONTINUE>EXTEND>EXIT",
            "CONTINUE>EXTEND>HR_REVIEW", "CONTINUE>PASS>REGRESSION", "CONTINUE>PASS>INSUFFICIENT_DATA",
            "EXTEND>PASS", "PASS>CLOSED", "HR_REVIEW", "CONTINUE>EXTEND>PASS>REGRESSION", "CONTINUE>HR_REVIEW",
            "CONTINUE>EXIT", "EXTEND>HR_REVIEW", "PASS>INSUFFICIENT_DATA"}) {
            assertTrue(shapes.containsKey(shape), shape + " never generated; " + seen);
        }
    }
}
