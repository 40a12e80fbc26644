package dev.pip.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void anActivatablePlanPassesTheChecks() throws IOException {
        Path plan = SampleFiles.copy(dir, "01-discovery-skills-gap.json");
        Cli.Result r = Cli.run("check", plan.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith(plan + ": PIP-2026-101 can be activated"), r::toString);
        assertEquals("", r.err(), r::toString);
    }

    @Test
    void aDraftThatFailsThePlanChecksListsEveryFindingAndExitsWithOne() throws IOException {
        Path plan = SampleFiles.copy(dir, "17-draft-not-ready.json");
        Cli.Result r = Cli.run("check", plan.toString());
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains("PIP-2026-117 CANNOT be activated"), r::toString);
        for (String code : new String[] {"TOO_FEW_BEHAVIOURAL_TARGETS", "NO_SUPPORT_COMMITMENT", "MISSING_REP_SIGNATURE",
                "SKILL_WITHOUT_RESOURCES", "SLOW_WINDOW", "CHECK_INS_LESS_THAN_WEEKLY"}) {
            assertTrue(r.out().contains(code), code + " in " + r);
        }
        assertTrue(r.out().contains("WARNING"), "the slow window and rare check-ins are warnings: " + r);
    }

    @Test
    void checksRunBeforeAnyWeekIsJudged() throws IOException {
        Path plan = SampleFiles.copy(dir, "02-effort-gap.json");
        Cli.Result r = Cli.run("check", plan.toString());
        assertEquals(0, r.code(), r::toString);
        assertEquals(1, r.outLines().size(), "no findings for a complete plan, whatever its weeks say: " + r);
    }

    @Test
    void anUnreadableDocumentIsAProblemLineAndTheOthersAreStillChecked() throws IOException {
        SampleFiles.copy(dir, "01-discovery-skills-gap.json");
        Path bad = Files.writeString(dir.resolve("00-bad.json"), "{\"planId\": 7}", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("check", dir.toString());
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().contains("PIP-2026-101 can be activated"), r::toString);
        assertTrue(r.errLines().stream().allMatch(l -> l.startsWith(bad + ": $")), r::toString);
        assertTrue(r.errLines().stream().anyMatch(l -> l.startsWith(bad + ": $.planId: ")), r::toString);
    }

    @Test
    void anEmptyFolderIsRejected() {
        Cli.Result r = Cli.run("check", dir.toString());
        assertEquals(1, r.code(), r::toString);
        assertEquals(dir + ": $: no .json files in this folder", r.err().strip());
    }
}
