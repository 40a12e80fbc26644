package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Evaluation;
import dev.pip.core.json.PlanJson;
import dev.pip.generate.GeneratedPlan;
import dev.pip.generate.PlanGenerator;
import dev.pip.generate.Property;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled rules run in stages (each rule's {@code salience}): a rule that asks whether some
 * fact is absent, present or how many there are ranks below every rule that derives such facts,
 * so it looks only once they are all in. Stages order the work, never the outcome: the same rules
 * without any salience decide every plan the same way, only with more firings undone later.
 */
class RuleStagesTest {
    /**
     * Rules that count decisions of earlier days only: those were all reached before the window this
     * rule decides could open, whatever their stage (specification, section 6, one extension at a time).
     */
    private static final Set<String> EARLIER_DAYS_ONLY = Set.of("Meaningful improvement extends the plan",
            "No extension left");

    @Test
    void everyRuleTakesItsStageFromTheStageConstants() {
        List<String> wrong = new ArrayList<>();
        for (DrlRules.Rule r : DrlRules.bundled()) {
            if (!r.stageName().startsWith("Stage.")) {
                wrong.add(r.file() + ": rule \"" + r.name() + "\" has salience '" + r.stageName() + "', not a Stage constant");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aRuleThatAsksAboutDerivedFactsRanksBelowEveryRuleDerivingThem() {
        List<DrlRules.Rule> rules = DrlRules.bundled();
        Map<String, List<DrlRules.Rule>> derivers = new HashMap<>();
        // A rule deriving a finding of some severity derives a finding, too, for rules that ask about any.
        rules.forEach(r -> r.derives().forEach(t -> {
            derivers.computeIfAbsent(t, k -> new ArrayList<>()).add(r);
            if (t.contains(".")) {
                derivers.computeIfAbsent(t.substring(0, t.indexOf('.')), k -> new ArrayList<>()).add(r);
            }
        }));
        List<String> wrong = new ArrayList<>();
        for (DrlRules.Rule r : rules) {
            for (String type : r.asks()) {
                for (DrlRules.Rule d : derivers.getOrDefault(type, List.of())) {
                    if (d.salience() <= r.salience() && !(EARLIER_DAYS_ONLY.contains(r.name()) && type.equals("Reached"))) {
                        wrong.add("\"" + r.name() + "\" (salience " + r.salience() + ") asks about " + type
                                + " derived by \"" + d.name() + "\" (salience " + d.salience() + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(rules.stream().anyMatch(r -> r.asks().contains("WeekResult")), "the check sees the rules' questions");
        assertTrue(rules.stream().anyMatch(r -> r.asks().contains("Finding.ERROR")), "and the severity asked about");
        assertTrue(rules.stream().anyMatch(r -> r.asks().contains("Reached")), "and the facts accumulated");
        assertTrue(derivers.containsKey("Window") && derivers.containsKey("Verdict") && derivers.containsKey("Explained"),
                "and what consequences insert, through factories and the Explain helpers: " + derivers.keySet());
    }

    @Test
    void stagesOrderTheWorkNeverTheOutcome(@TempDir Path dir) throws IOException {
        for (Path p : BundledRules.exportTo(dir)) {
            String file = p.getFileName().toString();
            List<String> lines = new ArrayList<>(Files.readAllLines(p));
            for (DrlRules.Rule r : DrlRules.parse(file, Files.readString(p))) {
                assertTrue(r.salienceLine() > 0, file + ": rule \"" + r.name() + "\" has no stage");
                lines.set(r.salienceLine() - 1, "// no stage");
            }
            Files.write(p, lines);
            assertTrue(DrlRules.parse(file, Files.readString(p)).stream().allMatch(r -> r.stageName().isEmpty()),
                    file + " still has a salience");
        }
        PipEngine staged = PipEngine.withDefaultRules();
        PipEngine unstaged = PipEngine.builder().rules(dir).build();
        PlanGenerator generator = PlanGenerator.defaults();
        Property.forAll("stages do not change evaluations", 300, generator::next)
                .describedBy((GeneratedPlan g) -> "as of " + g.asOf() + " (" + g.scenario() + ")\n"
                        + PlanJson.writePretty(g.plan()))
                .check(g -> {
                    Evaluation a = staged.evaluate(g.plan(), g.asOf());
                    Evaluation b = unstaged.evaluate(g.plan(), g.asOf());
                    assertEquals(a.timeline(), b.timeline());
                    assertEquals(a.recommendation(), b.recommendation());
                    assertEquals(a.reasons(), b.reasons());
                    assertEquals(a.findings(), b.findings());
                    assertEquals(a.weeks(), b.weeks());
                    assertEquals(a.needs(), b.needs());
                });
    }
}
