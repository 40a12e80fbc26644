package dev.pip.examples.cli;

import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.examples.cli.internal.Engines;
import dev.pip.examples.cli.internal.EvaluationPrinter;
import dev.pip.examples.cli.internal.PageFiles;
import dev.pip.examples.documents.Documents;
import dev.pip.examples.documents.OverviewEntry;
import dev.pip.examples.samples.SamplePlans;
import dev.pip.rules.PipEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pip demo}: the bundled sample plans evaluated with the bundled rules. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Evaluate the bundled sample plans.",
        description = {"Evaluates the sample plans bundled in this jar, realistic sales stories that together reach"
                + " every recommendation and every decision, and prints a summary, then each report.",
                "The samples are written for as-of 2026-11-20 (a Friday): on that date every story shows its"
                + " decision. Other dates show the same plans earlier or later in their lives."})
public final class DemoCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "DATE", defaultValue = "2026-11-20",
            description = "Evaluate as of this date (yyyy-mm-dd). Default: ${DEFAULT-VALUE}, the date the samples are written for.")
    private LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (summary and reports) or json (one JSON object per plan per line). Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Also write each sample's progress report and plan to sign, and the overview of all samples,"
                    + " as HTML pages into this folder.")
    private Path reportFolder;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PipEngine engine = Engines.bundled();
        Map<String, PlanDocument> samples = SamplePlans.all();
        Map<String, Evaluation> evaluations = new LinkedHashMap<>();
        samples.forEach((name, plan) -> evaluations.put(name, engine.evaluate(plan, asOf)));
        if (format == Format.TEXT) {
            summary(out, evaluations, engine);
        }
        EvaluationPrinter printer = new EvaluationPrinter(out, format == Format.JSON);
        samples.forEach((name, plan) -> printer.print(plan, evaluations.get(name)));
        if (reportFolder != null) {
            writePages(samples, evaluations, engine);
        }
        return 0;
    }

    private void summary(PrintWriter out, Map<String, Evaluation> evaluations, PipEngine engine) {
        out.println("pip demo: " + evaluations.size() + " sample plans as of " + asOf + ", rule set "
                + engine.ruleSet().name() + " " + engine.ruleSet().fingerprint().substring(0, 12));
        out.println();
        String row = "%-14s %-30s %-20s %s%n";
        out.printf(row, "plan", "story", "recommendation", "decision");
        evaluations.forEach((name, e) -> out.printf(row, e.planId(), story(name), e.recommendation(),
                e.decision() + (e.humanReviewRequired() ? " (review by a person)" : "")));
        out.println();
    }

    private void writePages(Map<String, PlanDocument> samples, Map<String, Evaluation> evaluations, PipEngine engine) {
        try {
            Files.createDirectories(reportFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + reportFolder + ": " + e.getMessage(), e);
        }
        List<OverviewEntry> entries = new ArrayList<>();
        samples.forEach((name, plan) -> {
            Evaluation evaluation = evaluations.get(name);
            String base = name.replaceFirst("\\.json$", "");
            PageFiles.write(reportFolder.resolve(base + ".html"), Documents.progressReport(plan, evaluation));
            PageFiles.write(reportFolder.resolve(base + "-plan.html"),
                    Documents.planToSign(plan, engine.evaluate(plan, plan.startDate())));
            entries.add(OverviewEntry.of(plan, evaluation));
        });
        PageFiles.write(reportFolder.resolve("overview.html"), Documents.overview(entries, asOf,
                List.of(engine.ruleSet().name() + " " + engine.ruleSet().fingerprint().substring(0, 12))));
        spec.commandLine().getOut().println("pip demo: wrote " + samples.size() + " reports, " + samples.size()
                + " plans to sign and overview.html to " + reportFolder);
    }

    private static String story(String fileName) {
        return fileName.replaceFirst("^\\d+-", "").replaceFirst("\\.json$", "");
    }
}
