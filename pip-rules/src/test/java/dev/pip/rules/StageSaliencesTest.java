package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.rules.facts.Stage;
import dev.pip.rules.internal.Fingerprint;
import dev.pip.rules.internal.PrecompiledModel;
import dev.pip.rules.internal.RuleCompiler;
import dev.pip.rules.internal.RuleFile;
import dev.pip.rules.internal.StageSaliences;
import java.util.ArrayList;
import java.util.List;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/** Stage names in saliences are compiled as numbers, so no rule is evaluated eagerly. */
class StageSaliencesTest {

    @Test
    void aStageNameIsWrittenAsItsNumberWithLinesAndColumnsKept() {
        String drl = "rule \"a\"\nsalience Stage.VERDICT\nwhen\nthen\nend\nrule \"b\" salience  Stage.EXPLAIN when then end";
        String inlined = StageSaliences.inline(drl);
        assertEquals(drl.length(), inlined.length());
        assertEquals(drl.lines().count(), inlined.lines().count());
        assertEquals("salience " + Stage.VERDICT + " ".repeat("Stage.VERDICT".length() - 2), inlined.lines().toList().get(1));
        assertTrue(inlined.endsWith("salience  " + Stage.EXPLAIN + " ".repeat("Stage.EXPLAIN".length() - 3) + " when then end"),
                inlined);
    }

    @Test
    void whatIsNotAStageNameStaysAsWritten() {
        for (String drl : List.of("salience Stage.VERDIKT", "salience 10", "salience $x", "then\n  int s = Stage.VERDICT;",
                "salience Stages.VERDICT", "salience Stage.VERDICT_AND_MORE")) {
            assertEquals(drl, StageSaliences.inline(drl));
        }
    }

    /** Both ways rules are built, precompiled at build time and compiled from files, give static saliences. */
    @Test
    void noBundledRuleIsEvaluatedEagerly() {
        List<RuleFile> files = BundledRules.ruleFiles();
        KieBase precompiled = PrecompiledModel.load(Fingerprint.ofRules(files)).orElseThrow();
        KieBase compiled = RuleCompiler.compile("bundled", files);
        for (KieBase base : List.of(precompiled, compiled)) {
            List<String> eager = new ArrayList<>();
            int rules = 0;
            for (KiePackage p : base.getKiePackages()) {
                for (Rule r : p.getRules()) {
                    rules++;
                    RuleImpl impl = (RuleImpl) r;
                    if (impl.isEager() || impl.getSalience().isDynamic()) {
                        eager.add(r.getName());
                    }
                }
            }
            assertTrue(rules > 50, "the bundled rules were read: " + rules);
            assertEquals(List.of(), eager);
        }
    }
}
