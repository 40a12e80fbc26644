package dev.pip.rules.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.rules.PipEngine;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleCatalogTest {
    private static final String DRL = String.join("\n",
            "package my.rules;",
            "// rule \"Commented out\" is not a rule",
            "/* rule \"Neither is this\"",
            "   end */",
            "rule \"Pass early\"",
            "salience 10",
            "when",
            "    Reached(decision == Decision.CONTINUE)",
            "then",
            "    insertLogical(new Reached(Decision.PASS, 30)); // not Decision.EXIT",
            "end",
            "",
            "rule \"Plain\"",
            "when",
            "then",
            "end");

    @Test
    void readsEveryRuleWithItsFileLineStageAndTheDecisionsItsConsequenceNames() {
        RuleCatalog c = RuleCatalog.of(Map.of("mine.drl", DRL));

        assertEquals(List.of("Pass early", "Plain"), c.rules().stream().map(RuleDefinition::name).toList());
        RuleDefinition pass = c.rule("Pass early").orElseThrow();
        assertEquals("mine.drl:5", pass.place());
        assertEquals("my.rules", pass.pkg());
        assertEquals(10, pass.salience());
        assertEquals(Set.of(Decision.PASS), pass.decisions(), "conditions and comments do not count");
        assertTrue(pass.decides());
        RuleDefinition plain = c.rule("Plain").orElseThrow();
        assertEquals(0, plain.salience());
        assertEquals(13, plain.line());
        assertFalse(plain.decides());
    }

    @Test
    void theBundledRulesAreAllCatalogued() {
        RuleCatalog c = RuleCatalog.of(PipEngine.withDefaultRules());

        assertTrue(c.rules().size() > 50, () -> "only " + c.rules().size());
        assertTrue(c.concluding(Decision.PASS).stream().anyMatch(r -> r.name().equals("Every behavioural target met at the end")));
        assertTrue(c.rule("Gate passed").orElseThrow().place().startsWith("gate.drl:"));
        // Written "salience Stage.VERDICT": the constant is read from the class the file imports.
        assertEquals(10, c.rule("Gate passed").orElseThrow().salience());
    }
}
