package dev.pip.examples.cli.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.PlanDocument;
import dev.pip.examples.samples.SamplePlans;
import dev.pip.rules.BundledRules;
import dev.pip.rules.PipEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch loop: a save rebuilds the rules and prints the plans whose decision changed, or the rules' problems. */
class RuleWatchTest {
    @TempDir
    Path dir;

    @Test
    void aSaveRebuildsAndPrintsOnlyWhatChangedThenABrokenSaveItsProblems() throws IOException, InterruptedException {
        BundledRules.exportTo(dir);
        Map<String, PlanDocument> plans = new LinkedHashMap<>();
        for (String name : new String[] {"03-extends-then-passes.json", "08-extension-under-way.json", "09-first-weeks.json"}) {
            plans.put(name, SamplePlans.read(name));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (RuleWatch watch = new RuleWatch(dir, () -> PipEngine.builder().rules(dir).build(), plans,
                SamplePlans.DEMO_AS_OF, new PrintWriter(out, true), new PrintWriter(err, true))) {
            assertTrue(watch.first(), err::toString);
            assertTrue(out.toString().contains("08-extension-under-way.json: EXTEND [CONTINUE@30 > EXTEND@60], PIP"), out::toString);
            int shown = out.toString().length();

            // A stricter extension in the folder's policy: improvement must close 90% of the gap, not 50%.
            Files.writeString(dir.resolve("policy.json"), "{\"improvementShare\": 0.9}");
            assertTrue(watch.next(), err::toString);
            String round = out.toString().substring(shown);
            assertTrue(round.contains("08-extension-under-way.json: EXTEND [CONTINUE@30 > EXTEND@60], PIP  ->  EXIT"),
                    round);
            assertFalse(round.contains("09-first-weeks.json"), "an unchanged plan is not printed again: " + round);
            assertTrue(round.contains("changed, 0 failed ("), round);

            Files.writeString(dir.resolve("late.drl"), "package dev.pip.rules.mine;\n"
                    + "import dev.pip.rules.facts.PlanFact;\nrule \"Late\"\nwhen\n    PlanFact(windowDayz > 60)\nthen\nend\n");
            assertFalse(watch.next(), "the rules do not build");
            assertTrue(err.toString().contains(dir.resolve("late.drl") + ":5:14: rule \"Late\": "), err::toString);
            assertTrue(err.toString().contains("did you mean 'windowDays'?"), err::toString);
            assertTrue(err.toString().contains("-- the rules do not build"), err::toString);
        }
    }
}
