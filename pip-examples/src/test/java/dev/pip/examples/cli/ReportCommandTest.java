package dev.pip.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.examples.samples.SamplePlans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    @TempDir
    Path dir;

    @Test
    void reportWritesOnePagePerPlanAndReportsABadDocumentWithoutStoppingTheOthers() throws IOException {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        SampleFiles.copy(plans, "01-discovery-skills-gap.json", "06-missing-week-of-data.json");
        Files.writeString(plans.resolve("00-broken.json"), "{\"planId\": \"X\", \"targets\": 3}", StandardCharsets.UTF_8);
        Path out = dir.resolve("reports");
        Cli.Result r = Cli.run("report", "--as-of", "2026-11-20", plans.toString(), "-o", out.toString());
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.err().contains("00-broken.json: $."), r::toString);
        assertTrue(r.out().contains("wrote 2 reports"), r::toString);
        assertTrue(Files.readString(out.resolve("PIP-2026-101.html")).contains("data-decision="), "a report per plan id");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(2, files.count());
        }
    }

    @Test
    void overviewCountsEveryPlanOfFoldersAndJsonLines() throws IOException {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        SampleFiles.copy(plans, "03-extends-then-passes.json", "07-support-shortfall.json");
        Path lines = dir.resolve("more.jsonl");
        Files.writeString(lines, SampleFiles.oneLine("04-passes-then-regresses.json") + "\n{not json\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("overview.html");
        Cli.Result r = Cli.run("report", "--overview", "--as-of", "2026-11-20", plans.toString(), lines.toString(),
                "-o", out.toString());
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.err().contains("more.jsonl:2"), r::toString);
        assertTrue(r.out().contains("overview of 3 plans"), r::toString);
        String page = Files.readString(out);
        assertTrue(page.contains("1 of 1 extended plans passed"), "the extension of sample 03 passed");
        assertTrue(page.contains("Support shortfall") || page.contains("Missed check-ins"), "the HR review's cause");
    }

    @Test
    void documentWritesThePlanToSign() throws IOException {
        Path plan = SampleFiles.copy(dir, "01-discovery-skills-gap.json");
        Path out = dir.resolve("plan.html");
        Cli.Result r = Cli.run("document", plan.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r::toString);
        String page = Files.readString(out);
        assertTrue(page.contains("Performance improvement plan " + SamplePlans.read("01-discovery-skills-gap.json").planId()));
        assertTrue(page.contains("id=\"signatures\""));
    }

    @Test
    void documentOfAnUnreadablePlanSaysWhyAndExitsOne() throws IOException {
        Path plan = dir.resolve("bad.json");
        Files.writeString(plan, "{\"planId\": 7}", StandardCharsets.UTF_8);
        Cli.Result r = Cli.run("document", plan.toString(), "-o", dir.resolve("x.html").toString());
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.err().startsWith(plan + ": $"), r::toString);
        assertTrue(Files.notExists(dir.resolve("x.html")));
    }

    @Test
    void demoWritesEverySamplesReportPlanAndTheOverview() throws IOException {
        Path out = dir.resolve("demo");
        Cli.Result r = Cli.run("demo", "--report", out.toString());
        assertEquals(0, r.code(), r::toString);
        for (String name : SamplePlans.names()) {
            String base = name.replaceFirst("\\.json$", "");
            assertTrue(Files.exists(out.resolve(base + ".html")), base);
            assertTrue(Files.exists(out.resolve(base + "-plan.html")), base);
        }
        assertTrue(Files.readString(out.resolve("overview.html")).contains(SamplePlans.names().size() + " plans"));
    }
}
