package dev.pip.examples.cli.internal;

import dev.pip.core.InvalidPlanException;
import dev.pip.core.json.PolicyJson;
import dev.pip.rules.PipEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options that choose a command's rules and policy: {@code --rules DIR} (a folder instead
 * of the bundled rules, with its {@code policy.json}), {@code --add-rules FILE} (files layered on
 * top) and {@code --policy FILE} (parameters for this run). A picocli mixin.
 */
public final class RuleOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Use the .drl files of this folder instead of the bundled rules, and its policy.json as the"
                    + " default policy (see: pip rules export).")
    private Path rules;

    @Option(names = "--add-rules", paramLabel = "FILE",
            description = "Add this .drl file (or every one in a folder) on top of the rules; a file named like one"
                    + " already there replaces it. Repeatable.")
    private List<Path> addRules = new ArrayList<>();

    @Option(names = "--policy", paramLabel = "FILE",
            description = "Policy parameters for this run: a JSON object like a plan document's policy (for example the"
                    + " policy.json of pip rules export), on top of the rules' default policy.")
    private Path policy;

    /** The folder given with {@code --rules}, if any. */
    public Optional<Path> folder() {
        return Optional.ofNullable(rules);
    }

    /** The files given with {@code --add-rules}. */
    public List<Path> added() {
        return List.copyOf(addRules);
    }

    /** Where problems of the rules are reported against: the folder, else the current folder. */
    public Path reportedAgainst() {
        return rules != null ? rules : Path.of("");
    }

    /**
     * The engine these options choose, with a time limit per evaluation when one is given.
     *
     * @throws dev.pip.rules.RuleSetException when the rules do not build
     * @throws InvalidPlanException when the policy file is not a valid policy
     */
    public PipEngine engine(Optional<Duration> timeLimit) {
        if (rules == null && addRules.isEmpty() && policy == null && timeLimit.isEmpty()) {
            return Engines.bundled();
        }
        PipEngine.Builder b = Engines.builder();
        timeLimit.ifPresent(b::timeLimit);
        if (rules != null) {
            b.rules(rules);
        }
        addRules.forEach(b::addRules);
        if (policy != null) {
            b.policy(PolicyJson.read(policy));
        }
        return b.build();
    }
}
