package dev.pip.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Observation;
import dev.pip.core.PlanDocument;
import dev.pip.core.Target;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class PlanGeneratorTest {
    @Test
    void theJavadocExampleRunsAndTheSameSeedGivesTheSamePlans() {
        // The example of PlanGenerator's Javadoc, as written there.
        PlanGenerator generator = PlanGenerator.defaults().withBehaviouralTargets(4, 4);
        RandomGenerator random = new SplittableRandom(42);
        GeneratedPlan g = generator.next(random);                       // a random story
        PlanDocument strong = generator.plan(random, Scenario.STRONG);  // a chosen story

        RandomGenerator again = new SplittableRandom(42);
        assertEquals(g, generator.next(again));
        assertEquals(strong, generator.plan(again, Scenario.STRONG));
        assertEquals(4, strong.behaviouralTargets().size());
    }

    @Test
    void sizeKnobsBoundTargetsAndWeeks() {
        PlanGenerator small = PlanGenerator.defaults().withBehaviouralTargets(3, 3).withWeeks(5);
        Property.forAll("size knobs", 50, r -> small.plan(r, Scenario.STRONG)).check(p -> {
            assertEquals(3, p.behaviouralTargets().size());
            for (Observation o : p.observations()) {
                int week = o.week().isPresent() ? o.week().getAsInt()
                        : (int) (o.date().orElseThrow().toEpochDay() - p.startDate().toEpochDay()) / 7 + 1;
                assertTrue(week <= 5, "week " + week + " beyond the 5 asked for");
            }
        });
    }

    @Test
    void asOfStaysWithinItsSpread() {
        PlanGenerator g = PlanGenerator.defaults().withAsOfSpread(3, 0).withWeeks(4);
        Property.forAll("as-of spread", 100, g::next).check(x -> {
            long day = x.asOf().toEpochDay() - x.plan().startDate().toEpochDay() + 1;
            assertTrue(day >= -2 && day <= 28, "as-of on plan day " + day);
        });
    }

    @Test
    void withoutDatedShareEveryObservationIsWeekly() {
        PlanGenerator g = PlanGenerator.defaults().withDatedShare(0);
        Property.forAll("weekly only", 30, r -> g.plan(r, Scenario.STRONG))
                .check(p -> assertTrue(p.observations().stream().allMatch(o -> o.week().isPresent())));
    }

    @Test
    void strongPlansMeetEveryGoalEveryWeek() {
        Property.forAll("strong", 50, r -> PlanGenerator.defaults().plan(r, Scenario.STRONG)).check(p -> {
            for (Target t : p.behaviouralTargets()) {
                assertFalse(p.observations().stream().noneMatch(o -> o.metric().equals(t.id())), t.id());
            }
        });
    }

    @Test
    void impossibleKnobsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PlanGenerator.defaults().withBehaviouralTargets(4, 3));
        assertThrows(IllegalArgumentException.class, () -> PlanGenerator.defaults().withDatedShare(1.5));
        assertThrows(IllegalArgumentException.class, () -> PlanGenerator.defaults().withAsOfSpread(-1, 0));
    }
}
