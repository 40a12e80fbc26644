package dev.pip.testkit;

import dev.pip.rules.PipEngine;
import dev.pip.rules.workbench.CaseResult;
import dev.pip.rules.workbench.InvalidCaseException;
import dev.pip.rules.workbench.RuleCase;
import dev.pip.rules.workbench.RuleCases;
import dev.pip.rules.workbench.RuleTests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;

/**
 * A folder of rule test cases as JUnit 5 dynamic tests, one per case, each failing with what
 * differed (expected against actual). One line in a test class:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> ruleCases() {
 *     return RuleCaseTests.from(Path.of("src/test/rule-cases"), PipEngine.builder().rules(Path.of("rules")).build());
 * }
 * }</pre>
 */
public final class RuleCaseTests {
    private RuleCaseTests() {
    }

    /**
     * One dynamic test per case file in {@code casesOrFolder} (a case file, or a folder's
     * {@code .json} files), run against {@code engine}. A case file that cannot be read is a failing
     * test naming its problems; a folder without cases is one failing test, so a wrong path
     * never passes silently.
     */
    public static Stream<DynamicTest> from(Path casesOrFolder, PipEngine engine) {
        Objects.requireNonNull(engine, "engine");
        List<Path> files = Files.exists(casesOrFolder) ? RuleCases.files(List.of(casesOrFolder)) : List.of();
        if (files.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("rule cases in " + casesOrFolder,
                    () -> Assertions.fail("no case files (*.json) in " + casesOrFolder.toAbsolutePath())));
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(name(file), file.toUri(), () -> check(file, engine)));
    }

    private static void check(Path file, PipEngine engine) {
        RuleCase c;
        try {
            c = RuleCases.read(file);
        } catch (InvalidCaseException e) {
            throw new AssertionError("the case cannot be read:\n" + e.getMessage(), e);
        }
        CaseResult r = RuleTests.run(engine, c);
        if (!r.passed()) {
            Assertions.fail(c.name() + " (" + file + "):\n  " + String.join("\n  ", r.differences()));
        }
    }

    private static String name(Path file) {
        try {
            return RuleCases.read(file).name();
        } catch (InvalidCaseException e) {
            Path n = file.getFileName();
            return n == null ? file.toString() : n.toString();
        }
    }
}
