package dev.pip.examples.cli;

import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.json.PlanRead;
import dev.pip.examples.cli.internal.DocumentRun;
import dev.pip.examples.cli.internal.Engines;
import dev.pip.examples.cli.internal.EvaluationPrinter;
import dev.pip.examples.cli.internal.PageFiles;
import dev.pip.examples.documents.Documents;
import dev.pip.examples.documents.OverviewEntry;
import dev.pip.examples.cli.internal.RuleOptions;
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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pip demo}: the bundled sample plans evaluated with the bundled rules. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Evaluate the bundled sample plans.",
        description = {"Evaluates the sample plans bundled in this jar, realistic sales stories that together reach"
                + " every recommendation and every decision, and prints a summary, then each report.",
                "With --rules or --add-rules, the samples show what edited rules decide; a sample the rules fail on is"
                + " reported on stderr (exit code 4) and the others are still shown.",
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
    @Mixin
    private RuleOptions ruleOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return Engines.of(ruleOptions, spec.commandLine().getErr()).run(engine -> {
            Map<String, PlanDocument> samples = SamplePlans.all();
            Map<String, Evaluation> evaluations = new LinkedHashMap<>();
            DocumentRun run = new DocumentRun(spec.commandLine().getErr(), PipCommand.verbose(spec));
            samples.forEach((name, plan) -> run.accept(PlanRead.of(name, plan),
                    (source, p) -> evaluations.put(name, engine.evaluate(p, asOf))));
            if (format == Format.TEXT) {
                summary(out, evaluations, engine);
            }
            EvaluationPrinter printer = new EvaluationPrinter(out, format == Format.JSON);
            evaluations.forEach((name, e) -> printer.print(samples.get(name), e));
            if (reportFolder != null) {
                writePages(samples, evaluations, engine);
            }
            return run.exitCode();
        });
    }

    private void summary(PrintWriter out, Map<String, Evaluation> evaluations, PipEngine engine) {
        out.println("pip demo: " + evaluations.size() + " sample plans as of " + asOf + ", rule set "
                + engine.ruleSet().name() + " " + engine.ruleSet().fingerprint().substring(0, 12));
        out.println();
        String row = "%-14s %-30s %-20s %s%n";
        out.printf(row, "plan", "story", "recommendation", "decision");
        evaluations.forEach((name, e) -> out.printf(row, e.planId(), story(name), e.recommendation(),
                e.decision() + (latestRecorded(e) ? " (recorded)" : "")
                        + (e.humanReviewRequired() ? " (review by a person)" : "")));
        out.println();
    }

    private void writePages(Map<String, PlanDocument> samples, Map<String, Evaluation> evaluations, PipEngine engine) {
        try {
            Files.createDirectories(reportFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + reportFolder + ": " + e.getMessage(), e);
        }
        List<OverviewEntry> entries = new ArrayList<>();
        evaluations.forEach((name, evaluation) -> {
            PlanDocument plan = samples.get(name);
            String base = name.replaceFirst("\\.json$", "");
            PageFiles.write(reportFolder.resolve(base + ".html"), Documents.progressReport(plan, evaluation));
            PageFiles.write(reportFolder.resolve(base + "-plan.html"),
                    Documents.planToSign(plan, engine.evaluate(plan, plan.startDate())));
            entries.add(OverviewEntry.of(plan, evaluation));
        });
        PageFiles.write(reportFolder.resolve("overview.html"), Documents.overview(entries, asOf,
                List.of(engine.ruleSet().name() + " " + engine.ruleSet().fingerprint().substring(0, 12))));
        spec.commandLine().getOut().println("pip demo: wrote " + entries.size() + " reports, " + entries.size()
                + " plans to sign and overview.html to " + reportFolder);
    }

    /** True when people recorded the latest decision (a decision of record, not the rules'). */
    private static boolean latestRecorded(Evaluation e) {
        return !e.timeline().isEmpty() && e.timeline().get(e.timeline().size() - 1).recorded();
    }

    private static String story(String fileName) {
        return fileName.replaceFirst("^\\d+-", "").replaceFirst("\\.json$", "");
    }
}
