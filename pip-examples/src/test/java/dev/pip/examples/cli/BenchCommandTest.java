package dev.pip.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BenchCommandTest {
    private static final Pattern LAST_LINE = Pattern.compile(
            "engine: (\\d+) plans/s, reference: (\\d+) plans/s, ratio (\\d+\\.\\d), agree (\\d+)/(\\d+)");

    @Test
    void benchEndsWithTheSummaryLineAndEveryPlanAgrees() {
        Cli.Result r = Cli.run("bench", "--plans", "300", "--seed", "7", "--warm-up", "0");
        assertEquals(0, r.code(), r::toString);
        List<String> lines = r.outLines();
        Matcher m = LAST_LINE.matcher(lines.get(lines.size() - 1));
        assertTrue(m.matches(), r::toString);
        assertEquals("300", m.group(4), "agreeing plans");
        assertEquals("300", m.group(5), "plans");
        assertTrue(Long.parseLong(m.group(1)) > 0 && Long.parseLong(m.group(2)) > 0, r::toString);
        assertEquals(1, lines.size(), "nothing but the summary when every plan agrees: " + r);
    }

    @Test
    void benchRejectsZeroPlansAsAUsageError() {
        Cli.Result r = Cli.run("bench", "--plans", "0");
        assertEquals(PipCommand.USAGE, r.code(), r::toString);
        assertTrue(r.err().contains("--plans must be at least 1"), r::toString);
    }

    @Test
    void benchRejectsAPlanCountThatIsNotANumberAsAUsageError() {
        Cli.Result r = Cli.run("bench", "--plans", "many");
        assertEquals(PipCommand.USAGE, r.code(), r::toString);
        assertTrue(r.err().contains("--plans"), r::toString);
    }

    @Test
    void benchRejectsANegativeWarmUpAsAUsageError() {
        Cli.Result r = Cli.run("bench", "--plans", "10", "--warm-up", "-1");
        assertEquals(PipCommand.USAGE, r.code(), r::toString);
        assertTrue(r.err().contains("--warm-up must be at least 0"), r::toString);
    }

    @Test
    void benchHelpDocumentsTheDefaults() {
        Cli.Result r = Cli.run("bench", "--help");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("Default: 10000") && r.out().contains("Default: 42")
                && r.out().contains("Default: 15"), r::toString);
    }
}
