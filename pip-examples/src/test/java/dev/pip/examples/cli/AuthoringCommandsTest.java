package dev.pip.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Policy;
import dev.pip.core.json.PolicyJson;
import dev.pip.examples.samples.SamplePlans;
import dev.pip.rules.BundledRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule author's commands without traps: export, layered rules, policy files, samples, rule failures. */
class AuthoringCommandsTest {
    private static final String EXTRA_HEAD = "package dev.pip.rules.extra;\n"
            + "import dev.pip.core.Decision;\nimport dev.pip.rules.facts.Reached;\n";
    /** A rule that breaks the contract: a second decision on the day of every CONTINUE. */
    private static final String SECOND_DECISION = EXTRA_HEAD + "rule \"Review every continue\"\nwhen\n"
            + "    Reached(decision == Decision.CONTINUE, $d : day, $w : window)\nthen\n"
            + "    insertLogical(new Reached($w, Decision.HR_REVIEW, $d, false, java.util.Optional.empty()));\nend\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void exportWritesPolicyJsonWithEveryDefaultAndRefusesAFolderThatIsNotEmpty() throws IOException {
        Path rules = dir.resolve("rules");
        assertEquals(0, Cli.run("rules", "export", rules.toString()).code());
        assertEquals(Policy.defaults(), Policy.defaults().with(PolicyJson.read(rules.resolve("policy.json"))));
        assertEquals(Policy.defaults().toString().split(",").length,
                Files.readString(rules.resolve("policy.json")).lines().filter(l -> l.contains(":")).count(),
                "every parameter written");
        Files.writeString(rules.resolve("gate.drl"), "// my edit\n");
        Cli.Result again = Cli.run("rules", "export", rules.toString());
        assertEquals(2, again.code(), again::toString);
        assertTrue(again.err().contains("is not empty"), again::toString);
        assertEquals("// my edit\n", Files.readString(rules.resolve("gate.drl")), "the edit survives");
        assertEquals(0, Cli.run("rules", "export", "--force", rules.toString()).code());
        assertEquals(BundledRules.files().get("gate.drl"), Files.readString(rules.resolve("gate.drl")));
    }

    @Test
    void rulesCheckTriesTheSamplesAndReportsADeletedGateAsBrokenContract() throws IOException {
        Path rules = dir.resolve("rules");
        BundledRules.exportTo(rules);
        Files.delete(rules.resolve("gate.drl"));
        Cli.Result r = Cli.run("rules", "check", rules.toString());
        assertEquals(4, r.code(), r::toString);
        assertTrue(r.out().contains("the rules build"), r::toString);
        assertTrue(r.errLines().stream().anyMatch(l -> l.startsWith("01-discovery-skills-gap.json: as of ")
                && l.contains("rules failed") && l.contains("the decision due on day 30 (the first decision) was not made")),
                r::toString);
    }

    @Test
    void rulesCheckWarnsAboutAPolicyDefaultWrittenIntoACondition() throws IOException {
        Path rules = dir.resolve("rules");
        BundledRules.exportTo(rules);
        Files.writeString(rules.resolve("late.drl"), EXTRA_HEAD + "rule \"Late gate\"\nwhen\n"
                + "    Reached(day == 30)\nthen\nend\n");
        Cli.Result r = Cli.run("rules", "check", rules.toString());
        assertEquals(0, r.code(), "a warning, not an error: " + r);
        assertTrue(r.err().contains(rules.resolve("late.drl") + ":6:20: rule \"Late gate\": warning: 30 is the default"
                + " of policy parameter gateDay"), r::toString);
    }

    @Test
    void addRulesLayersAFileOnTheBundledRulesAndRuleFailuresHaveTheirOwnExitCode() throws IOException {
        Path extra = write("extra.drl", SECOND_DECISION);
        Path plan = write("plan.json", SamplePlans.text("05-pass-that-sticks.json"));
        Path early = write("early.json", SamplePlans.text("09-first-weeks.json"));
        Cli.Result r = Cli.run("evaluate", "--as-of", "2026-11-20", "--add-rules", extra.toString(), plan.toString(),
                early.toString());
        assertEquals(4, r.code(), r::toString);
        assertTrue(r.err().startsWith(plan + ": rules failed: rule set 'bundled' broke its contract on plan"
                + " PIP-2026-105: two decisions on day 30"), r::toString);
        assertTrue(r.out().contains("PIP-2026-109"), "the other plan is still evaluated: " + r);
    }

    @Test
    void demoTakesARuleFolderAndLayeredRules() throws IOException {
        Path rules = dir.resolve("acme");
        BundledRules.exportTo(rules);
        Cli.Result ok = Cli.run("demo", "--rules", rules.toString());
        assertEquals(0, ok.code(), ok::toString);
        assertTrue(ok.out().contains("rule set acme"), ok::toString);
        Cli.Result broken = Cli.run("demo", "--add-rules", write("extra.drl", SECOND_DECISION).toString());
        assertEquals(4, broken.code(), broken::toString);
        assertTrue(broken.err().contains("05-pass-that-sticks.json: rules failed: "), broken::toString);
        assertTrue(broken.out().contains("PIP-2026-109"), "the samples the rules do not fail on are shown: " + broken);
    }

    @Test
    void samplesExportWritesEverySamplePlanReadyToEvaluate() {
        Path samples = dir.resolve("samples");
        Cli.Result r = Cli.run("samples", "export", samples.toString());
        assertEquals(0, r.code(), r::toString);
        for (String name : SamplePlans.names()) {
            assertTrue(Files.isRegularFile(samples.resolve(name)), name);
        }
        Cli.Result all = Cli.run("evaluate", "--as-of", "2026-11-20", "--format", "json", samples.toString());
        assertEquals(0, all.code(), all::toString);
        assertEquals(SamplePlans.names().size(), all.outLines().size());
        assertEquals(2, Cli.run("samples", "export", samples.toString()).code(), "not into a folder that is not empty");
    }

    @Test
    void aPolicyFileSetsTheRunsPolicyAndTheReportShowsWhatIsNotTheDefault() throws IOException {
        Path policy = write("strict.json", "{\"improvementShare\": 0.9, \"extensionDays\": 21}");
        Path plan = write("plan.json", SamplePlans.text("03-extends-then-passes.json"));
        Cli.Result r = Cli.run("evaluate", "--as-of", "2026-11-20", "--policy", policy.toString(), plan.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Policy:         extensionDays 21 (default 14), improvementShare 0.9 (default 0.5)"),
                r::toString);
        Cli.Result plain = Cli.run("evaluate", "--as-of", "2026-11-20", plan.toString());
        assertFalse(plain.out().contains("Policy:"), "nothing to show under the defaults: " + plain);
    }

    @Test
    void aRuleFoldersPolicyJsonIsItsDefaultPolicyAndABadOneIsReportedByPath() throws IOException {
        Path rules = dir.resolve("rules");
        BundledRules.exportTo(rules);
        Files.writeString(rules.resolve("policy.json"), "{\"gateDay\": 28}");
        Path plan = write("plan.json", SamplePlans.text("03-extends-then-passes.json"));
        Cli.Result r = Cli.run("evaluate", "--as-of", "2026-11-20", "--rules", rules.toString(), plan.toString());
        assertTrue(r.out().contains("Policy:         gateDay 28 (default 30)"), r::toString);
        Files.writeString(rules.resolve("policy.json"), "{\"gateDay\": 3, \"improvementShare\": 2}");
        Cli.Result bad = Cli.run("rules", "check", rules.toString());
        assertEquals(4, bad.code(), bad::toString);
        assertTrue(bad.err().contains(rules.resolve("policy.json") + ":0:0: $.gateDay: "), bad::toString);
        assertTrue(bad.err().contains(rules.resolve("policy.json") + ":0:0: $.improvementShare: "), bad::toString);
        Cli.Result badRun = Cli.run("evaluate", "--policy", rules.resolve("policy.json").toString(), plan.toString());
        assertEquals(2, badRun.code(), badRun::toString);
        assertTrue(badRun.err().contains("$.gateDay"), badRun::toString);
    }
}
