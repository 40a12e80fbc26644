package dev.pip.examples.cli.internal;

import dev.pip.rules.RuleProblem;
import dev.pip.rules.RuleSetException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Reports a rule folder that does not build: one {@code FILE:LINE:COLUMN: message} line per problem. */
public final class RuleFolders {
    private RuleFolders() {
    }

    /** Prints every problem of {@code e} against {@code folder} on {@code err}; returns exit code {@link DocumentRun#RULES_FAILED}. */
    public static int report(PrintWriter err, Path folder, RuleSetException e) {
        for (RuleProblem p : e.problems()) {
            err.println(Problems.ruleLine(folder, p));
        }
        err.flush();
        return DocumentRun.RULES_FAILED;
    }
}
