package dev.pip.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.examples.samples.SamplePlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class PipCommandTest {
    @Test
    void versionNamesTheProjectVersion() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().startsWith("pip 0."), r::toString);
        assertFalse(r.out().contains("unknown"), r::toString);
    }

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        Cli.Result r = Cli.run("--help");
        assertEquals(0, r.code(), r::toString);
        for (String command : new String[] {"evaluate", "check", "rules", "demo"}) {
            assertTrue(r.out().contains(command), command);
        }
        assertTrue(r.out().contains("Exit codes"), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evaluate", "check", "rules", "rules export", "rules check", "demo"})
    void everyCommandHasHelp(String command) {
        String[] args = (command + " --help").split(" ");
        Cli.Result r = Cli.run(args);
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Usage: pip " + command + " "), r::toString);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Cli.Result r = Cli.run("evaluate", "--colour", "x.json");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("Unknown option: '--colour'"), r::toString);
    }

    @Test
    void aMissingCommandIsAUsageError() {
        Cli.Result r = Cli.run();
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("Missing command"), r::toString);
    }

    @Test
    void aDateThatIsNoDateIsAUsageError() {
        Cli.Result r = Cli.run("evaluate", "--as-of", "2026-13-01", "x.json");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.err().contains("--as-of"), r::toString);
    }

    @Test
    void evaluateWithoutFilesIsAUsageError() {
        Cli.Result r = Cli.run("evaluate");
        assertEquals(2, r.code(), r::toString);
    }

    @Test
    void theDemoDefaultDateIsTheDateTheSamplesAreWrittenFor() {
        CommandLine demo = new CommandLine(new PipCommand()).getSubcommands().get("demo");
        assertEquals(SamplePlans.DEMO_AS_OF.toString(),
                demo.getCommandSpec().findOption("--as-of").defaultValue());
        assertTrue(String.join(" ", demo.getCommandSpec().usageMessage().description())
                .contains(SamplePlans.DEMO_AS_OF.toString()));
    }
}
