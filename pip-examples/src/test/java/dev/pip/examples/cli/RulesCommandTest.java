package dev.pip.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.examples.samples.SamplePlans;
import dev.pip.rules.BundledRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCommandTest {
    @TempDir
    Path dir;

    @Test
    void exportWritesEveryBundledRuleFileReadyToEdit() throws IOException {
        Path rules = dir.resolve("new-folder");
        Cli.Result r = Cli.run("rules", "export", rules.toString());
        assertEquals(0, r.code(), r::toString);
        for (String name : BundledRules.FILE_NAMES) {
            assertEquals(BundledRules.files().get(name), Files.readString(rules.resolve(name)), name);
            assertTrue(r.out().contains(rules.resolve(name).toString()), r::toString);
        }
    }

    @Test
    void anExportedFolderChecksClean() {
        Path rules = dir.resolve("rules");
        assertEquals(0, Cli.run("rules", "export", rules.toString()).code());
        Cli.Result r = Cli.run("rules", "check", rules.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("the rules build"), r::toString);
        assertTrue(r.out().contains(SamplePlans.names().size() + " sample plans tried as of every day a decision can fall on"), r::toString);
        assertTrue(r.out().contains("the rules keep their contract"), r::toString);
        assertEquals("", r.err(), r::toString);
    }

    @Test
    void aBrokenRuleFileIsReportedAsFileLineColumnMessage() throws IOException {
        Path rules = dir.resolve("rules");
        BundledRules.exportTo(rules);
        long lines = Files.readAllLines(rules.resolve("monitoring.drl")).size();
        Files.writeString(rules.resolve("monitoring.drl"), "rule \"half written\"\nwhen\n    $x : \nthen\nend\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Cli.Result r = Cli.run("rules", "check", rules.toString());
        assertEquals(4, r.code(), r::toString);
        assertEquals("", r.out(), r::toString);
        String prefix = rules.resolve("monitoring.drl") + ":";
        assertTrue(r.errLines().stream().anyMatch(l -> l.startsWith(prefix) && l.matches(".*\\.drl:\\d+:\\d+: .+")
                && Integer.parseInt(l.substring(prefix.length()).split(":")[0]) > lines), r::toString);
        assertTrue(r.errLines().stream().allMatch(l -> l.matches(".+:\\d+:\\d+: .+")), r::toString);
    }

    @Test
    void aFolderWithoutRulesIsReported() {
        Cli.Result r = Cli.run("rules", "check", dir.toString());
        assertEquals(4, r.code(), r::toString);
        assertTrue(r.err().contains("no .drl files"), r::toString);
    }

    @Test
    void aMissingFolderIsReported() {
        Cli.Result r = Cli.run("rules", "check", dir.resolve("nope").toString());
        assertEquals(4, r.code(), r::toString);
        assertEquals(dir.resolve("nope") + ":0:0: no such folder", r.err().strip());
    }

    @Test
    void rulesWithoutASubcommandIsAUsageError() {
        assertEquals(2, Cli.run("rules").code());
    }
}
