package dev.pip.examples.embedding;

import dev.pip.core.Evaluation;
import dev.pip.examples.samples.SamplePlans;
import dev.pip.rules.BundledRules;
import dev.pip.rules.PipEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A company's own rules: export the bundled rule files to a folder, edit one rule (here: a plan
 * may have one behavioural target fewer than the standard three), build an engine from the folder, and compare
 * its answer on a two-target draft plan with the bundled rules' answer.
 */
public final class OwnRulesExample {
    /** The condition of "Too few behavioural targets": fewer than the standard minimum. */
    private static final String TOO_FEW = "$n < $l.minBehaviouralTargets())";
    /** The company's edit: one target fewer than the standard is still enough. */
    static final String ONE_FEWER = "$n < $l.minBehaviouralTargets() - 1)";

    private OwnRulesExample() {
    }

    /** {@code OwnRulesExample [RULE-FOLDER]}: the folder is created; default a temporary one. */
    public static void main(String[] args) throws IOException {
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("pip-rules");
        run(folder, new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    }

    /** Exports, edits and builds the rules in {@code folder}; returns the own rules' evaluation of the draft. */
    public static Evaluation run(Path folder, PrintWriter out) {
        BundledRules.exportTo(folder);
        allowTwoBehaviouralTargets(folder.resolve("plan-checks.drl"));

        PipEngine own = PipEngine.builder().rules(folder).name("two-targets-allowed").build();
        PipEngine bundled = PipEngine.withDefaultRules();

        var draft = SamplePlans.read("17-draft-not-ready.json");
        Evaluation before = bundled.evaluate(draft, SamplePlans.DEMO_AS_OF);
        Evaluation after = own.evaluate(draft, SamplePlans.DEMO_AS_OF);
        out.println("bundled rules (" + before.ruleSet().fingerprint().substring(0, 12) + "): " + codes(before));
        out.println(own.ruleSet().name() + " (" + after.ruleSet().fingerprint().substring(0, 12) + "): " + codes(after));
        out.flush();
        return after;
    }

    /** The one edit: the rule "Too few behavioural targets" fires only below the standard minimum less one. */
    static void allowTwoBehaviouralTargets(Path ruleFile) {
        try {
            String text = Files.readString(ruleFile, StandardCharsets.UTF_8);
            int at = text.indexOf(TOO_FEW);
            if (at < 0) {
                throw new IllegalStateException("no '" + TOO_FEW + "' in " + ruleFile + ": the bundled rules changed");
            }
            String edited = text.substring(0, at) + ONE_FEWER + text.substring(at + TOO_FEW.length());
            Files.writeString(ruleFile, edited, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String codes(Evaluation e) {
        return e.decision() + " " + e.findings().stream().map(f -> f.code()).toList();
    }
}
