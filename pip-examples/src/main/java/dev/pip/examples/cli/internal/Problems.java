package dev.pip.examples.cli.internal;

import dev.pip.core.InvalidPlanException;
import dev.pip.core.Problem;
import dev.pip.rules.RuleProblem;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Problem lines on the error stream, one per problem, in the forms editors and scripts parse. */
public final class Problems {
    private Problems() {
    }

    /** One {@code SOURCE: $.json.path: message} line per problem of the document. */
    public static void print(PrintWriter err, InvalidPlanException e) {
        for (Problem p : e.problems()) {
            err.println(Printable.line(e.source() + ": " + p.path() + ": " + p.message()));
        }
        err.flush();
    }

    /** One {@code FILE:LINE:COLUMN: message} line, the file resolved against the rule folder. */
    public static String ruleLine(Path folder, RuleProblem p) {
        Path file = Path.of(p.file());
        Path shown = file.isAbsolute() || file.startsWith(folder) ? file : folder.resolve(file);
        return p.inFile(shown.toString()).toString();
    }

    /** The stack trace of {@code e}, only when asked for with {@code --verbose}. */
    public static void trace(PrintWriter err, Throwable e, boolean verbose) {
        if (verbose) {
            e.printStackTrace(err);
            err.flush();
        }
    }
}
