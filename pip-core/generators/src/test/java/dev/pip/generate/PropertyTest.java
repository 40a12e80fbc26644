package dev.pip.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.PlanDocument;
import dev.pip.core.json.PlanJson;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The harness: the example of its Javadoc, the seeds it tries and what a failure reports. Apart
 * from the example, the checks pass their base seed and tries, so that {@code -Dpip.seed},
 * {@code -Dpip.base} or {@code -Dpip.tries} given to a rerun of other properties leaves them be.
 */
class PropertyTest {
    @Test
    void theJavadocExampleRuns() {
        // The example of Property's Javadoc, as written there.
        PlanGenerator plans = PlanGenerator.defaults();
        Property.forAll("a plan reads back from its JSON", 200, r -> plans.next(r).plan())
                .describedBy(PlanJson::writePretty)
                .check(plan -> {
                    if (!plan.equals(PlanJson.read(PlanJson.write(plan), "generated"))) {
                        throw new AssertionError("read back differs");
                    }
                });
    }

    @Test
    void tryIUsesTheSeedBasePlusI() {
        List<Long> seen = new ArrayList<>();
        Property.forAll("seeds", 5, r -> r.nextLong()).check(seen::add, Property.DEFAULT_BASE, 5);

        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            expected.add(new SplittableRandom(Property.DEFAULT_BASE + i).nextLong());
        }
        assertEquals(expected, seen);
    }

    @Test
    void aFailureNamesThePropertyItsSeedTheCauseAndTheValueThatTheSeedRecreates() {
        PlanGenerator plans = PlanGenerator.defaults();
        List<PlanDocument> tried = new ArrayList<>();
        AssertionError failure = assertThrows(AssertionError.class,
                () -> Property.forAll("at most two plans", 10, r -> plans.next(r).plan())
                        .describedBy(PlanJson::writePretty)
                        .check(plan -> {
                            tried.add(plan);
                            if (tried.size() > 2) {
                                throw new IllegalStateException("a third plan");
                            }
                        }, Property.DEFAULT_BASE, 10));

        long seed = Property.DEFAULT_BASE + 2;
        assertEquals("property 'at most two plans' failed for seed " + seed + " (rerun with -Dpip.seed=" + seed
                + "): a third plan\nvalue:\n" + PlanJson.writePretty(tried.get(2)), failure.getMessage());
        assertTrue(failure.getCause() instanceof IllegalStateException, "the invariant's exception is the cause");
        assertEquals(3, tried.size(), "the first failure ends the check");
        assertEquals(tried.get(2), plans.next(new SplittableRandom(seed)).plan(), "the seed recreates the value");
    }

    @Test
    void aValueThatCannotBeDescribedIsShownAsItsString() {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> Property.forAll("never", 1, r -> "plain value").describedBy(v -> {
                    throw new IllegalStateException("cannot describe");
                }).check(v -> {
                    throw new AssertionError("fails");
                }, 1, 1));

        assertTrue(failure.getMessage().endsWith("): fails\nvalue:\nplain value"), failure::getMessage);
    }

    @Test
    void describedByLeavesTheOriginalUnchanged() {
        Property<String> plain = Property.forAll("never", 1, r -> "value");
        Property<String> described = plain.describedBy(v -> "described " + v);

        AssertionError fromPlain = assertThrows(AssertionError.class, () -> plain.check(v -> {
            throw new AssertionError("fails");
        }, 1, 1));
        AssertionError fromDescribed = assertThrows(AssertionError.class, () -> described.check(v -> {
            throw new AssertionError("fails");
        }, 1, 1));

        assertTrue(fromPlain.getMessage().endsWith("\nvalue:\nvalue"), fromPlain::getMessage);
        assertTrue(fromDescribed.getMessage().endsWith("\nvalue:\ndescribed value"), fromDescribed::getMessage);
    }

    @Test
    void aPropertyNeedsANameAGeneratorAndAtLeastOneTry() {
        assertThrows(NullPointerException.class, () -> Property.forAll(null, 1, r -> 1));
        assertThrows(NullPointerException.class, () -> Property.forAll("p", 1, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Property.forAll("p", 0, r -> 1));
        assertEquals("tries must be at least 1, was 0", e.getMessage());
    }

    @Test
    void anErrorThatIsNotAnAssertionPassesThroughUnwrapped() {
        StackOverflowError error = new StackOverflowError("deep");
        StackOverflowError thrown = assertThrows(StackOverflowError.class,
                () -> Property.forAll("p", 1, r -> 1).check(v -> {
                    throw error;
                }, 1, 1));
        assertSame(error, thrown);
    }
}
