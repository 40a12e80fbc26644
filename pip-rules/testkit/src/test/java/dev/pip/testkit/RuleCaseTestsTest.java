package dev.pip.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.rules.PipEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class RuleCaseTestsTest {
    /** pip-rules' folder of cases that fail on purpose (and one that passes). */
    private static final Path FAILING = Path.of("../src/test/resources/dev/pip/rules/workbench/failing");
    private static final PipEngine ENGINE = PipEngine.withDefaultRules();

    @Test
    void eachCaseIsADynamicTestThatFailsWithWhatDiffered() {
        List<DynamicTest> tests = RuleCaseTests.from(FAILING, ENGINE).toList();
        Map<String, String> outcome = new TreeMap<>();
        for (DynamicTest t : tests) {
            try {
                t.getExecutable().execute();
                outcome.put(t.getDisplayName(), "passed");
            } catch (Throwable e) {
                outcome.put(t.getDisplayName(), e.getMessage().lines().skip(1).findFirst().orElse("").trim());
            }
        }

        assertEquals(4, tests.size());
        assertEquals("passed", outcome.get("extends at day 60"));
        assertEquals("decision: expected PASS, was EXTEND", outcome.get("expects PASS, which the rules do not give"));
        assertTrue(outcome.get("03-broken.json").contains("$.expected: unknown field"), outcome::toString);
        assertTrue(tests.get(0).getTestSourceUri().orElseThrow().toString().endsWith("01-expects-pass.json"));
    }

    @Test
    void aFolderWithoutCasesIsAFailingTestNotASilentPass() {
        List<DynamicTest> tests = RuleCaseTests.from(Path.of("no/such/folder"), ENGINE).toList();

        assertEquals(1, tests.size());
        assertThrows(AssertionFailedError.class, () -> tests.get(0).getExecutable().execute());
    }
}
