package dev.pip.core;

/**
 * The root of every exception pip throws on purpose. Unchecked: a caller that wants to handle
 * bad plans or bad rules catches the subclass it cares about.
 */
public abstract class PipException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message. */
    protected PipException(String message) {
        super(message);
    }

    /** An exception with a message and a cause. */
    protected PipException(String message, Throwable cause) {
        super(message, cause);
    }
}
