package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One broken rule folder per kind of mistake: each problem is reported at the file, line and
 * column of the mistake, with the rule's name and, for a misspelling, the name it likely meant.
 * In each folder's text a {@code @} marks where the problem must be reported (and is removed).
 */
class RuleProblemPlacesTest {
    private static final String HEAD = """
            package dev.pip.rules.authoring;

            import dev.pip.core.Decision;
            import dev.pip.core.Policy;
            import dev.pip.rules.facts.PlanFact;
            import dev.pip.rules.facts.Reached;
            import dev.pip.rules.facts.Window;

            """;

    @TempDir
    Path dir;

    /** A rule "Late plan" with {@code condition} as its second condition and {@code consequence} in its then. */
    private static String rule(String name, String condition, String consequence) {
        return "rule \"" + name + "\"\nwhen\n    $p : Policy()\n" + condition + "\nthen\n" + consequence + "\nend\n";
    }

    private static final String GOOD_CONDITION = "    $win : Window(day == $p.gateDay())";
    private static final String GOOD_CONSEQUENCE = "    Decision d = $win.day() > 30 ? Decision.CONTINUE : Decision.EXIT;";

    /** Writes the text without its markers; returns the (line, column) of each marker, in order. */
    private List<int[]> write(String text) throws IOException {
        List<int[]> marks = new java.util.ArrayList<>();
        StringBuilder clean = new StringBuilder();
        int line = 1;
        int column = 1;
        for (char c : text.toCharArray()) {
            if (c == '@') {
                marks.add(new int[] {line, column});
                continue;
            }
            clean.append(c);
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        Files.writeString(dir.resolve("broken.drl"), clean.toString());
        return marks;
    }

    private List<RuleProblem> problems() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> PipEngine.builder().rules(dir).build());
        return e.problems();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            misspelled field          | '    $win : Window(@dai == $p.gateDay())'  | ''                                                   | did you mean 'day'
            misspelled fact type      | '    $win : @Windoww(day == $p.gateDay())' | ''                                                   | did you mean fact type 'Window'
            enum constant, condition  | '    Reached(decision == Decision.@CONTINU)'   | '    int d = 1;'                                     | did you mean name in Decision 'CONTINUE'
            method in a condition     | '    $win : Window(day == $p.@gateDays())'  | ''                                                   | did you mean method of Policy 'gateDay'
            enum constant in then     | ''                                          | '    Decision d = Decision.@CONTINUEE;'               | did you mean constant of Decision 'CONTINUE'
            method in then            | ''                                          | '    int d = $win.@dai();'                            | did you mean method of Window 'day'
            constructor in then       | ''                                          | '    Window w = @new Window(1);'                      | The constructor Window(int) is undefined
            unknown binding           | '    $win : Window(@day == $q.gateDay())'   | ''                                                   | Unable to Analyse Expression
            number of the wrong type  | '    $win : Window(day > @"many")'          | ''                                                   | NumberFormatException
            """)
    void mistakeIsReportedWhereItIsWithItsRule(String kind, String condition, String consequence, String says)
            throws IOException {
        String when = condition.isEmpty() ? GOOD_CONDITION : condition;
        String then = consequence.isEmpty() ? GOOD_CONSEQUENCE : consequence;
        int[] at = write(HEAD + rule("Late plan", when, then)).get(0);
        List<RuleProblem> problems = problems();
        assertEquals(1, problems.size(), kind + ": " + problems);
        RuleProblem p = problems.get(0);
        assertEquals("broken.drl", p.file(), p.toString());
        assertEquals(at[0], p.line(), kind + ": " + p);
        assertEquals(at[1], p.column(), kind + ": " + p);
        assertEquals(Optional.of("Late plan"), p.rule(), p.toString());
        assertTrue(p.message().contains(says), kind + ": " + p);
        assertTrue(!p.message().contains("-broken.drl") && !p.message().contains(".java"),
                "never a generated file's name: " + p);
    }

    @Test
    void missingParenthesisIsReportedAtTheEndOfTheLineThatLeftItOpen() throws IOException {
        int[] at = write(HEAD + "rule \"Late plan\"\nwhen\n    $p : Policy(@\n" + GOOD_CONDITION + "\nthen\n"
                + GOOD_CONSEQUENCE + "\nend\n").get(0);
        List<RuleProblem> problems = problems();
        assertEquals(1, problems.size(), "no 'null Package' noise: " + problems);
        RuleProblem p = problems.get(0);
        assertEquals(List.of(at[0], at[1]), List.of(p.line(), p.column()), p.toString());
        assertEquals(Optional.of("Late plan"), p.rule());
        assertTrue(p.message().startsWith("missing ')'"), p.toString());
    }

    @Test
    void oneBuildReportsMistakesOfEveryStageAndEveryRule() throws IOException {
        List<int[]> at = write(HEAD
                + rule("First", "    $win : Window(@dai == $p.gateDay())", "    Decision d = Decision.@CONTINUEE;")
                + "\n" + rule("Second", GOOD_CONDITION, "    int d = $win.@dai();")
                + "\n" + rule("Third", "    $win : @Windoww(day == 1)", GOOD_CONSEQUENCE));
        List<RuleProblem> problems = problems();
        assertEquals(4, problems.size(), problems.toString());
        for (int i = 0; i < at.size(); i++) {
            RuleProblem p = problems.get(i);
            assertEquals(List.of(at.get(i)[0], at.get(i)[1]), List.of(p.line(), p.column()), p.toString());
            assertTrue(p.message().contains("did you mean"), p.toString());
        }
        assertEquals(List.of("First", "First", "Second", "Third"),
                problems.stream().map(p -> p.rule().orElseThrow()).toList());
    }

    @Test
    void problemPrintsAsFileLineColumnRuleMessage() {
        RuleProblem p = new RuleProblem("gate.drl", 3, 7, Optional.of("Gate passed"), "wrong");
        assertEquals("gate.drl:3:7: rule \"Gate passed\": wrong", p.toString());
        assertEquals("gate.drl:0:0: wrong", new RuleProblem("gate.drl", 0, 0, "wrong").toString());
    }
}
