package dev.pip.examples.cli;

import dev.pip.examples.cli.internal.DocumentRun;
import dev.pip.examples.cli.internal.Engines;
import dev.pip.examples.cli.internal.PageFiles;
import dev.pip.examples.cli.internal.RuleOptions;
import dev.pip.rules.PipEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pip report}: a progress report per plan, or one overview of many plans, as HTML pages. */
@Command(name = "report", mixinStandardHelpOptions = true,
        header = "Write progress reports, or an overview of many plans, as HTML pages.",
        description = {"Without --overview: one page per plan in the folder -o, named after the plan id: the"
                + " recommendation and decision with the timeline, a chart per target (weekly values, the goal in"
                + " force, missing weeks, gate, end, extension and monitoring, decisions), the reasons, what is still"
                + " needed, findings, check-ins and support, and the rule set with its fingerprint.",
                "With --overview: one page -o over every plan: counts by recommendation, decision and outcome,"
                + " outcomes by root cause, team and manager, extensions that passed, HR reviews and their causes,"
                + " insufficient data, days to the final decision, and a table of every plan behind the numbers.",
                "A folder means its *.json files; a .jsonl file holds one document per line. A document that cannot"
                + " be read is reported on stderr (FILE: $.json.path: message); every other one is still written,"
                + " and the exit code is 1.",
                "Pages are self-contained HTML (no script, no font, no request) and print on A4 and Letter;"
                + " print one to PDF from a browser when a PDF is needed."})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR|FILE.html", required = true,
            description = "The folder for the reports, or the overview's file with --overview.")
    private Path output;

    @Option(names = "--overview", description = "Write one overview of every plan instead of a report per plan.")
    private boolean overview;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluate as of this date (yyyy-mm-dd). Default: today.")
    private LocalDate asOf;

    @Mixin
    private RuleOptions ruleOptions;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Plan documents (.json, .jsonl) or folders of them.")
    private List<Path> paths;

    @Override
    public Integer call() {
        return Engines.of(ruleOptions, spec.commandLine().getErr()).run(engine -> {
            LocalDate date = asOf == null ? LocalDate.now() : asOf;
            PrintWriter out = spec.commandLine().getOut();
            DocumentRun run = new DocumentRun(spec.commandLine().getErr(), PipCommand.verbose(spec));
            if (overview) {
                int plans = PageFiles.overview(run, paths, plan -> engine.evaluate(plan, date), output, date);
                out.println("pip report: wrote the overview of " + plans + " plans to " + output);
            } else {
                List<Path> files = PageFiles.reports(run, paths, plan -> engine.evaluate(plan, date), output);
                out.println("pip report: wrote " + files.size() + " reports to " + output);
            }
            return run.exitCode();
        });
    }
}
