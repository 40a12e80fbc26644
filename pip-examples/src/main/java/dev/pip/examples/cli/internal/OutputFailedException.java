package dev.pip.examples.cli.internal;

/** Standard output could not be written: the run stops, ending with {@link DocumentRun#OUTPUT_FAILED}. */
public final class OutputFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The output failed; {@code cause} is the write error when known. */
    public OutputFailedException(Throwable cause) {
        super("cannot write the output", cause);
    }
}
