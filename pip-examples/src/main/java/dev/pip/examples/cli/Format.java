package dev.pip.examples.cli;

/** How {@code evaluate} and {@code demo} print evaluations; given on the command line in any case. */
public enum Format {
    /** A report a sales manager can read. */
    TEXT,
    /** One JSON object per document per line (JSON Lines), the fields of the specification, section 10. */
    JSON
}
