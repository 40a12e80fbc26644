package dev.pip.core;

import dev.pip.core.internal.Require;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan document that cannot be read: carries every problem found in it at once, each with
 * its JSON path, and the name of the source (a file name, or {@code <stream>}).
 */
public final class InvalidPlanException extends PipException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<Problem> problems;

    /** An exception for {@code source} with at least one problem. */
    public InvalidPlanException(String source, List<Problem> problems) {
        super(describe(source, problems));
        this.source = Require.text(source, "source");
        this.problems = List.copyOf(problems);
    }

    private static String describe(String source, List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid plan needs at least one problem");
        }
        return problems.stream().map(p -> source + ": " + p)
                .collect(Collectors.joining("\n", problems.size() == 1 ? "" : problems.size() + " problems:\n", ""));
    }

    /** The file name or stream name the document came from. */
    public String source() {
        return source;
    }

    /** Every problem, in document order (empty after Java deserialization, which keeps only the message). */
    public List<Problem> problems() {
        return problems == null ? List.of() : problems;
    }
}
