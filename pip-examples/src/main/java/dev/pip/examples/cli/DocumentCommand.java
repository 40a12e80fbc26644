package dev.pip.examples.cli;

import dev.pip.core.PlanDocument;
import dev.pip.examples.cli.internal.DocumentRun;
import dev.pip.examples.cli.internal.Engines;
import dev.pip.examples.cli.internal.PageFiles;
import dev.pip.examples.cli.internal.RuleOptions;
import dev.pip.examples.documents.Documents;
import dev.pip.rules.PipEngine;
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

/** {@code pip document}: the plan as an HTML document to sign. */
@Command(name = "document", mixinStandardHelpOptions = true,
        header = "Write a plan as an HTML document to sign.",
        description = {"Writes one self-contained HTML page: employee and manager, the gap, the targets, the support"
                + " committed, the check-in schedule with its dates, the decision rules in words with the plan's"
                + " policy, the possible outcomes and signature blocks. When the plan checks find a problem that"
                + " blocks the plan, it is shown first. The page prints on A4 and Letter.",
                "A document that cannot be read is reported on stderr (FILE: $.json.path: message) and the exit code is 1."})
public final class DocumentCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.html", required = true, description = "Where to write the page.")
    private Path output;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Run the plan checks as of this date (yyyy-mm-dd). Default: the plan's start date.")
    private LocalDate asOf;

    @Mixin
    private RuleOptions ruleOptions;

    @Parameters(paramLabel = "PLAN", arity = "1", description = "The plan document (.json).")
    private Path plan;

    @Override
    public Integer call() {
        return Engines.of(ruleOptions, spec.commandLine().getErr()).run(engine -> {
            DocumentRun run = new DocumentRun(spec.commandLine().getErr(), PipCommand.verbose(spec));
            return run.run(List.of(plan), (source, document) -> write(engine, document));
        });
    }

    private void write(PipEngine engine, PlanDocument document) {
        LocalDate date = asOf == null ? document.startDate() : asOf;
        PageFiles.write(output, Documents.planToSign(document, engine.evaluate(document, date)));
        spec.commandLine().getOut().println("pip document: wrote " + output);
    }
}
