package dev.pip.examples.cli;

import dev.pip.examples.cli.internal.Corpus;
import dev.pip.examples.cli.internal.CorpusOptions;
import dev.pip.examples.cli.internal.Engines;
import dev.pip.examples.cli.internal.RuleFolders;
import dev.pip.rules.PipEngine;
import dev.pip.rules.RuleSetException;
import dev.pip.rules.workbench.DiffReport;
import dev.pip.rules.workbench.PlanChange;
import dev.pip.rules.workbench.Reports;
import dev.pip.rules.workbench.RuleDiff;
import dev.pip.rules.workbench.TransitionFilter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pip rules diff}: what a change of the rules does to a corpus of plans. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        header = "Compare two rule sets over plans.",
        description = {"Evaluates every plan under the base rules and the changed rules and prints both fingerprints,"
                + " how many plans are unchanged, changed and failed, the decision transitions (base -> changed),"
                + " and one line per changed plan: its decision and timeline before and after, what differs, and the"
                + " rules whose number of firings changed. A different fingerprint alone is not a change.",
                "Exit code 1 when a changed plan matches --fail-on, a rule set fails on a plan, or a document cannot"
                + " be read."})
public final class RulesDiffCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--base", paramLabel = "DIR|bundled", required = true,
            description = "The rules before the change: a folder, or 'bundled' for the bundled rules.")
    private String base;

    @Option(names = "--rules", paramLabel = "DIR", required = true, description = "The changed rule folder.")
    private Path rules;

    @Mixin
    private CorpusOptions corpus;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a report to read) or json (one JSON object, every changed plan). Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = "--fail-on", paramLabel = "TRANSITIONS",
            description = "Exit 1 when a plan's decision changes like this: FROM->TO with * for any, comma-separated,"
                    + " e.g. '*->EXIT,PASS->HR_REVIEW'.")
    private String failOn;

    @Option(names = "--max-lines", paramLabel = "N", defaultValue = "50",
            description = "Changed plans listed in text (default: ${DEFAULT-VALUE}).")
    private int maxLines;


    private static Duration cpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        corpus.requirePlans(spec);
        TransitionFilter filter = null;
        if (failOn != null) {
            try {
                filter = TransitionFilter.parse(failOn);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--fail-on: " + e.getMessage(), e, null,
                        failOn);
            }
        }
        PipEngine before;
        PipEngine after;
        Path baseFolder = base.toLowerCase(Locale.ROOT).equals("bundled") ? null : Path.of(base);
        try {
            before = Engines.of(Optional.ofNullable(baseFolder), Optional.empty());
        } catch (RuleSetException e) {
            return RuleFolders.report(err, baseFolder, e);
        }
        try {
            after = Engines.of(Optional.of(rules), Optional.empty());
        } catch (RuleSetException e) {
            return RuleFolders.report(err, rules, e);
        }
        Corpus plans = corpus.read(err);
        long start = System.nanoTime();
        Duration cpuBefore = cpu();
        DiffReport report = RuleDiff.compare(before, after, plans.plans());
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = cpu().minus(cpuBefore).toMillis() / 1e3;
        out.print(format == Format.JSON ? Reports.diffJson(report) + "\n" : Reports.diffText(report, maxLines));
        out.flush();
        // CPU time too: on a shared machine the wall time says more about the other processes.
        err.printf(Locale.ROOT, "compared %d plans in %.2f s (process CPU %.2f s on %d cores)%n", report.plans(),
                seconds, cpuSeconds, Runtime.getRuntime().availableProcessors());
        int code = plans.rejected() > 0 || !report.failures().isEmpty() ? 1 : 0;
        if (filter != null) {
            List<PlanChange> blocked = report.matching(filter);
            if (!blocked.isEmpty()) {
                err.println("blocked: " + blocked.size() + " plans changed decision like --fail-on " + failOn + ", e.g. "
                        + blocked.get(0).planId() + " " + blocked.get(0).transition());
                code = 1;
            }
        }
        err.flush();
        return code;
    }
}
