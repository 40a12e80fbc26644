package dev.pip.examples.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.json.EvaluationJson;
import dev.pip.core.json.PlanJson;
import dev.pip.core.json.Schemas;
import dev.pip.generate.GeneratedPlan;
import dev.pip.generate.PlanGenerator;
import dev.pip.generate.Property;
import dev.pip.rules.PipEngine;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas shipped in pip-core hold for every sample plan as shipped and as written back,
 * and for every evaluation the engine makes: of each sample on dates across its whole life, and
 * of generated plans along every path of the specification.
 */
class SchemaConformanceTest {
    private static final int GENERATED = 300;
    private static final PipEngine ENGINE = PipEngine.withDefaultRules();

    @Test
    void everySampleIsAValidPlanDocumentAsShippedAndAsWrittenBack() {
        for (String name : SamplePlans.names()) {
            assertEquals(List.of(), Schemas.planDocument().problems(SamplePlans.text(name)), name);
            assertEquals(List.of(), Schemas.planDocument().problems(PlanJson.write(SamplePlans.read(name))), name);
        }
    }

    @Test
    void everyEvaluationOfEverySampleFromBeforeItsStartToTheEndOfMonitoringIsValid() {
        SamplePlans.all().forEach((name, plan) -> {
            for (LocalDate asOf : datesAcross(plan)) {
                Evaluation e = ENGINE.evaluate(plan, asOf);
                assertEquals(List.of(), Schemas.evaluation().problems(EvaluationJson.write(e)),
                        name + " as of " + asOf);
            }
        });
    }

    /** Every tenth day from the day before the start to a year after it, and the demo date. */
    private static List<LocalDate> datesAcross(PlanDocument plan) {
        LocalDate start = plan.startDate();
        return Stream.concat(Stream.iterate(start.minusDays(1), d -> d.isBefore(start.plusDays(366)), d -> d.plusDays(10)),
                Stream.of(SamplePlans.DEMO_AS_OF)).toList();
    }

    @Test
    void everyEvaluationOfAGeneratedPlanIsValid() {
        Property.forAll("evaluation of a generated plan valid against the schema", GENERATED,
                        r -> PlanGenerator.defaults().withEdgeCases(true).next(r))
                .describedBy(g -> PlanJson.write(g.plan()) + " as of " + g.asOf())
                .check(SchemaConformanceTest::valid);
    }

    private static void valid(GeneratedPlan g) {
        assertEquals(List.of(), Schemas.planDocument().problems(PlanJson.write(g.plan())));
        Evaluation e = ENGINE.evaluate(g.plan(), g.asOf());
        assertEquals(List.of(), Schemas.evaluation().problems(EvaluationJson.write(e)));
    }
}
