package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rules of the bundled rule files, read through Drools' own parser ({@link DrlRules}):
 * each rule has a quoted name, a one-line comment citing its section of the specification, and a
 * focused test; no rule changes its input facts; thresholds, limits and ranks come from facts and
 * enums, never number literals, in conditions or in consequences; a rule without conditions
 * inserts nothing.
 */
class RuleConventionsTest {
    private static final Path TESTS = Path.of("src/test/java/dev/pip/rules");

    @Test
    void everyRuleHasAOneLineCommentCitingItsSectionOfTheSpecification() {
        List<String> wrong = new ArrayList<>();
        for (DrlRules.Rule r : DrlRules.bundled()) {
            // comments are not part of the parsed rule: read the lines above the one the parser gives
            String[] lines = BundledRules.files().get(r.file()).split("\n", -1);
            String comment = r.line() >= 2 ? lines[r.line() - 2] : "";
            String before = r.line() >= 3 ? lines[r.line() - 3] : "";
            if (!comment.startsWith("// ") || !comment.contains("(specification, section")) {
                wrong.add(r.file() + ": rule \"" + r.name() + "\" lacks a comment citing the specification: " + comment);
            } else if (before.startsWith("//")) {
                wrong.add(r.file() + ": rule \"" + r.name() + "\" has a multi-line comment");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyRuleHasAFocusedTest() throws IOException {
        StringBuilder tests = new StringBuilder();
        try (Stream<Path> files = Files.list(TESTS)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith("RulesTest.java")).toList()) {
                tests.append(Files.readString(p));
            }
        }
        List<String> untested = DrlRules.bundled().stream().map(DrlRules.Rule::name)
                .filter(n -> !tests.toString().contains("\"" + n + "\"")).toList();
        assertEquals(List.of(), untested, "rules without a focused *RulesTest naming them");
    }

    @Test
    void ruleNamesAreUnique() {
        List<String> all = DrlRules.bundled().stream().map(DrlRules.Rule::name).toList();
        assertEquals(all.size(), all.stream().distinct().count(), "duplicate rule names: " + all);
        assertTrue(all.size() > 50, "the parser sees every rule: " + all.size());
    }

    @Test
    void rulesNeverChangeTheirInputFacts() {
        List<String> wrong = new ArrayList<>();
        for (DrlRules.Rule r : DrlRules.bundled()) {
            String code = JavaText.withoutStringsAndComments(r.consequence()).replace(" ", "");
            for (String verb : List.of("modify(", "update(", "delete(", "retract(", "System.out", "System.err")) {
                if (code.contains(verb)) {
                    wrong.add(r.file() + ": rule \"" + r.name() + "\" uses " + verb);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void conditionsTakeThresholdsFromFactsNotNumberLiterals() {
        List<String> wrong = new ArrayList<>();
        for (DrlRules.Rule r : DrlRules.bundled()) {
            for (String expression : r.expressions()) {
                JavaText.numbers(expression).stream().filter(n -> !n.zero())
                        .forEach(n -> wrong.add(r.file() + ": rule \"" + r.name() + "\": number literal " + n.text()
                                + " in the condition " + expression));
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * A consequence builds its result from the facts it matched: the only literals allowed are 0,
     * 1 added or subtracted (counting, day arithmetic) and 100 as a multiplier (a share in
     * percent, for wording). A limit, a day count or a rank written as a number is caught.
     */
    @Test
    void consequencesTakeLimitsAndRanksFromFactsNotNumberLiterals() {
        List<String> wrong = new ArrayList<>();
        for (DrlRules.Rule r : DrlRules.bundled()) {
            for (JavaText.NumberLiteral n : JavaText.numbers(r.consequence())) {
                boolean allowed = n.zero() || n.text().equals("1") && (n.operator() == '+' || n.operator() == '-')
                        || n.text().equals("100") && n.operator() == '*';
                if (!allowed) {
                    wrong.add(r.file() + ": rule \"" + r.name() + "\": number literal " + n.text() + " in its consequence");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aRuleWithoutConditionsInsertsNothing() {
        List<String> wrong = DrlRules.bundled().stream().filter(r -> r.conditions() == 0 && !r.derives().isEmpty())
                .map(r -> r.file() + ": rule \"" + r.name() + "\" has an empty when and inserts " + r.derives())
                .toList();
        assertEquals(List.of(), wrong, "facts every evaluation needs are inserted by the engine, not made up by a rule");
    }

    @Test
    void theChecksCatchWhatTheyAreFor() {
        String drl = """
                package dev.pip.rules;
                import dev.pip.rules.facts.PlanLimits;
                import dev.pip.rules.facts.Explained;
                import dev.pip.core.Reason;
                // Limits made up by a rule (specification, section 2).
                rule "Made-up limits"
                salience 90
                when
                then
                    insertLogical(new PlanLimits(3, 5, 1, 30, 90, 60, 1.0, 7));
                end
                // A literal rank (specification, section 1).
                rule "Literal rank"
                when
                    $l : PlanLimits(minWindowDays > 29)
                then
                    insertLogical(new Explained(0, 7, new Reason("r", "m", java.util.Map.of())));
                end
                """;
        List<DrlRules.Rule> rules = DrlRules.parse("probe.drl", drl);
        DrlRules.Rule madeUp = rules.get(0);
        assertEquals(0, madeUp.conditions());
        assertEquals(List.of("PlanLimits"), List.copyOf(madeUp.derives()));
        assertEquals(List.of("3", "5", "1", "30", "90", "60", "1.0", "7"),
                JavaText.numbers(madeUp.consequence()).stream().map(JavaText.NumberLiteral::text).toList());
        assertEquals(90, madeUp.salience());
        DrlRules.Rule rank = rules.get(1);
        assertEquals(List.of("7"), JavaText.numbers(rank.consequence()).stream().filter(n -> !n.zero())
                .map(JavaText.NumberLiteral::text).toList());
        assertEquals(List.of("29"), rank.expressions().stream().flatMap(e -> JavaText.numbers(e).stream())
                .map(JavaText.NumberLiteral::text).toList());
        assertFalse(JavaText.numbers("Explain.why(kcontext, $d, \"week 12 of 30\", \"day\", $d)").stream()
                .anyMatch(n -> !n.zero()), "numbers inside strings are words, not literals");
    }

    @Test
    void theExplainHelpersAreAllKnown() {
        assertEquals(DrlRules.explainHelpers(), new TreeSet<>(DrlRules.EXPLAIN_INSERTS.keySet()),
                "DrlRules.EXPLAIN_INSERTS names what each Explain helper inserts");
    }
}
