package dev.pip.examples.cli;

import dev.pip.core.InvalidPlanException;
import dev.pip.core.PlanDocument;
import dev.pip.core.json.PolicyJson;
import dev.pip.examples.cli.internal.DocumentRun;
import dev.pip.examples.cli.internal.Engines;
import dev.pip.examples.cli.internal.Problems;
import dev.pip.examples.cli.internal.RuleFolders;
import dev.pip.examples.cli.internal.RuleSetTrial;
import dev.pip.examples.cli.internal.TrialPlans;
import dev.pip.rules.PipEngine;
import dev.pip.rules.RuleProblem;
import dev.pip.rules.RuleSetException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pip rules check DIR}: builds a rule folder, reports every problem, then tries it on plans. */
@Command(name = "check", mixinStandardHelpOptions = true,
        header = "Build a rule folder, report every problem, and try it on the sample plans.",
        description = {"Builds the .drl files of DIR (and any --add-rules) as one rule set and prints each problem on"
                + " stderr as FILE:LINE:COLUMN: rule \"NAME\": message, with \"did you mean\" for a misspelled fact"
                + " type, field, enum constant or method. One check reports every problem.",
                "Warns (FILE:LINE:COLUMN: rule \"NAME\": warning: ...) about numbers in conditions that equal a policy"
                + " parameter's default: such a threshold belongs in policy.json.",
                "Then evaluates the bundled sample plans (or the plans of --cases) as of every day a decision can fall on and"
                + " reports any plan the rules fail on or break their contract on: exactly one recommendation, one"
                + " decision per day, nothing after a decision that ends the timeline, no decision point left"
                + " undecided once due, decisions only on the days the time model allows.",
                "Exit code 4 when the rules do not build or fail on a plan; 1 when a --cases document cannot be read."})
public final class RulesCheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The rule folder to check.")
    private Path folder;

    @Option(names = "--add-rules", paramLabel = "FILE",
            description = "Add this .drl file (or every one in a folder) on top of DIR's rules. Repeatable.")
    private List<Path> addRules = new ArrayList<>();

    @Option(names = "--policy", paramLabel = "FILE", description = "Policy parameters to try the rules with,"
            + " on top of DIR's policy.json.")
    private Path policy;

    @Option(names = "--cases", paramLabel = "FILE|DIR", description = "Plan documents to try the rules on instead of"
            + " the bundled sample plans. Repeatable.")
    private List<Path> cases = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(folder)) {
            err.println(folder + ":0:0: no such folder");
            err.flush();
            return DocumentRun.RULES_FAILED;
        }
        PipEngine engine;
        try {
            PipEngine.Builder b = Engines.builder().rules(folder);
            addRules.forEach(b::addRules);
            if (policy != null) {
                b.policy(PolicyJson.read(policy));
            }
            engine = b.build();
        } catch (RuleSetException e) {
            return RuleFolders.report(err, folder, e);
        } catch (InvalidPlanException e) {
            Problems.print(err, e);
            return PipCommand.USAGE;
        }
        for (RuleProblem w : engine.warnings()) {
            err.println(Problems.ruleLine(folder, w));
        }
        out.println(folder + ": the rules build; rule set " + engine.ruleSet().name() + ", fingerprint "
                + engine.ruleSet().fingerprint());
        DocumentRun reading = new DocumentRun(err, PipCommand.verbose(spec));
        Map<String, PlanDocument> plans = TrialPlans.of(cases, reading);
        RuleSetTrial.Outcome trial = RuleSetTrial.run(engine, plans);
        for (RuleSetTrial.Failure f : trial.failures()) {
            err.println(f.plan() + ": as of " + f.asOf() + ": rules failed: " + f.message());
        }
        out.println(plans.size() + (cases.isEmpty() ? " sample plans" : " plans") + " tried as of every day a"
                + " decision can fall on (" + trial.evaluations() + " evaluations): "
                + (trial.failures().isEmpty() ? "the rules keep their contract"
                        : "the rules failed on " + trial.failures().size()));
        out.flush();
        err.flush();
        return trial.failures().isEmpty() ? reading.exitCode() : DocumentRun.RULES_FAILED;
    }
}
