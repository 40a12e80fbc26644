package dev.pip.rules.workbench;

import dev.pip.core.PipException;
import dev.pip.core.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A test case file that cannot be read: carries every problem found in it at once, each with its
 * JSON path, and the file it came from.
 */
public final class InvalidCaseException extends PipException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final transient List<Problem> problems;

    /** An exception for {@code source} with at least one problem. */
    public InvalidCaseException(String source, List<Problem> problems) {
        super(describe(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    private static String describe(String source, List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid case needs at least one problem");
        }
        return problems.stream().map(p -> source + ": " + p).collect(Collectors.joining("\n"));
    }

    /** The case file. */
    public String source() {
        return source;
    }

    /** Every problem, in document order (empty after Java deserialization, which keeps only the message). */
    public List<Problem> problems() {
        return problems == null ? List.of() : problems;
    }
}
