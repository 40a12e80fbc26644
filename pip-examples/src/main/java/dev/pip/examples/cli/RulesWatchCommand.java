package dev.pip.examples.cli;

import dev.pip.core.InvalidPlanException;
import dev.pip.core.PlanDocument;
import dev.pip.core.json.PolicyJson;
import dev.pip.examples.cli.internal.DocumentRun;
import dev.pip.examples.cli.internal.Engines;
import dev.pip.examples.cli.internal.Problems;
import dev.pip.examples.cli.internal.RuleWatch;
import dev.pip.examples.cli.internal.TrialPlans;
import dev.pip.examples.samples.SamplePlans;
import dev.pip.rules.PipEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pip rules watch DIR [PLANS...]}: rebuild a rule folder on every save and show what changed. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        header = "Rebuild a rule folder on every save and show what changed.",
        description = {"Keeps one JVM warm: builds DIR's rules, evaluates the plans (the bundled sample plans when"
                + " none are given) and prints each plan's decision and timeline; then, on every save in DIR,"
                + " rebuilds, evaluates again and prints only the plans whose decision or timeline changed, with the"
                + " time from the save to the result. Problems of the rules are printed as by pip rules check.",
                "Stop it with Ctrl-C."})
public final class RulesWatchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The rule folder to watch.")
    private Path folder;

    @Parameters(index = "1..*", paramLabel = "PLANS", description = "Plan documents or folders of them."
            + " Default: the bundled sample plans.")
    private List<Path> plans = new ArrayList<>();

    @Option(names = "--cases", paramLabel = "CASES", description = "More plan documents (a file or folder) to"
            + " evaluate on every save. Repeatable.")
    private List<Path> cases = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluate as of this date (yyyy-mm-dd)."
            + " Default: 2026-11-20, the date the sample plans are written for.")
    private LocalDate asOf = SamplePlans.DEMO_AS_OF;

    @Option(names = "--policy", paramLabel = "FILE", description = "Policy parameters on top of DIR's policy.json.")
    private Path policy;

    @Option(names = "--rounds", paramLabel = "N", hidden = true,
            description = "Stop after N rebuilds (for scripts and tests). Default: never.")
    private int rounds = -1;

    @Override
    public Integer call() throws InterruptedException {
        if (!Files.isDirectory(folder)) {
            spec.commandLine().getErr().println(folder + ":0:0: no such folder");
            spec.commandLine().getErr().flush();
            return DocumentRun.RULES_FAILED;
        }
        DocumentRun reading = new DocumentRun(spec.commandLine().getErr(), PipCommand.verbose(spec));
        List<Path> all = new ArrayList<>(plans);
        all.addAll(cases);
        Map<String, PlanDocument> documents = TrialPlans.of(all, reading);
        try (RuleWatch watch = new RuleWatch(folder, this::engine, documents, asOf, spec.commandLine().getOut(),
                spec.commandLine().getErr())) {
            boolean ok = watch.first();
            for (int round = 0; rounds < 0 || round < rounds; round++) {
                ok = watch.next();
            }
            return ok ? reading.exitCode() : DocumentRun.RULES_FAILED;
        } catch (InvalidPlanException e) {
            Problems.print(spec.commandLine().getErr(), e);
            return PipCommand.USAGE;
        }
    }

    private PipEngine engine() {
        PipEngine.Builder b = Engines.builder().rules(folder);
        if (policy != null) {
            b.policy(PolicyJson.read(policy));
        }
        return b.build();
    }
}
