package dev.pip.examples.samples;

import dev.pip.rules.PipEngine;
import dev.pip.testkit.RuleCaseTests;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The bundled rules against the shipped case folder: every recommendation and every decision. */
class BundledCasesTest {
    @TestFactory
    Stream<DynamicTest> bundledRulesPassTheShippedCases() {
        return RuleCaseTests.from(Path.of("src/main/resources/dev/pip/examples/cases"), PipEngine.withDefaultRules());
    }
}
