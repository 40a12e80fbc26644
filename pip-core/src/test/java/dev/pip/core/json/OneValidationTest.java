package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pip.core.Direction;
import dev.pip.core.Target;
import org.junit.jupiter.api.Test;

/**
 * One validation: a plan built in Java fails with the same problems, at the same JSON paths, as
 * the same plan read from JSON. Checked on generated plans by pip-generators'
 * {@code OneValidationGeneratedTest}; here the builders that cannot take one field for another.
 */
class OneValidationTest {
    @Test
    void aTargetBuiltByNameCannotTakeItsSourceForItsName() {
        Target t = Target.behavioural("calls", Direction.AT_LEAST).name("Discovery calls").source("CRM")
                .baseline(8).goal(12).build();

        assertEquals("Discovery calls", t.displayName());
        assertEquals("CRM", t.source().orElseThrow());
        assertEquals(t, t.toBuilder().build());
    }
}
