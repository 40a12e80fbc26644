package dev.pip.examples.reference;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.core.Policy;
import dev.pip.core.Recommendation;
import dev.pip.core.TimelineEntry;
import dev.pip.generate.GeneratedPlan;
import dev.pip.generate.PlanGenerator;
import dev.pip.generate.Property;
import dev.pip.generate.RecordProperties;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
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
            GeneratedPlan g = generator.next(new SplittableRandom(base + i));
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

    /**
     * Plans with decisions of record reach every recordable decision as a record, records that
     * agree and that differ (in decision and in day), a rules' own decision after records, an
     * extension beyond the policy, and an ending decision of the rules after a record.
     */
    @Test
    void recordsReachEveryRecordableDecisionAgreeingAndDiffering() {
        ReferenceEvaluator reference = ReferenceEvaluator.withDefaultPolicy();
        RecordProperties.Evaluator evaluator = (plan, asOf) -> {
            ReferenceEvaluation r = reference.evaluate(plan, asOf);
            return new RecordProperties.Seen(r.decision(), r.timeline(), r.humanReviewRequired(), r.differences());
        };
        Set<Decision> recorded = EnumSet.noneOf(Decision.class);
        Set<String> seen = new TreeSet<>();
        for (int i = 0; i < PLANS; i++) {
            RecordProperties.Case c = RecordProperties.next(new SplittableRandom(Property.DEFAULT_BASE + i), evaluator,
                    null);
            ReferenceEvaluation r = reference.evaluate(c.plan(), c.asOf());
            r.timeline().stream().filter(TimelineEntry::recorded).forEach(t -> recorded.add(t.decision()));
            long records = r.timeline().stream().filter(TimelineEntry::recorded).count();
            if (records > 0 && r.differences().isEmpty()) {
                seen.add("records agreeing");
            }
            for (ReferenceEvaluation.Difference d : r.differences()) {
                seen.add(d.record().decision() != d.rulesDecision() ? "other decision" : "other day");
            }
            if (records > 0 && records < r.timeline().size()) {
                seen.add("rules after records");
                if (r.humanReviewRequired()) {
                    seen.add("rules' own EXIT or HR_REVIEW after records");
                }
            }
            int max = Policy.defaults().with(c.plan().policy()).maxExtensions();
            if (r.timeline().stream().filter(t -> t.recorded() && t.decision() == Decision.EXTEND).count() > max) {
                seen.add("extension beyond the policy");
            }
        }
        assertTrue(recorded.containsAll(EnumSet.of(Decision.CONTINUE, Decision.PASS, Decision.EXTEND, Decision.EXIT,
                Decision.REGRESSION, Decision.CLOSED)), "recorded " + recorded);
        assertTrue(seen.containsAll(Set.of("records agreeing", "other decision", "other day", "rules after records",
                "rules' own EXIT or HR_REVIEW after records", "extension beyond the policy")), "seen " + seen);
    }
}
