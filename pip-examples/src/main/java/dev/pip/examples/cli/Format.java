package dev.pip.examples.cli;

/** How {@code evaluate} and {@code demo} print evaluations. */
public enum Format {
    /** A report a sales manager can read. */
    text,
    /** One JSON object per document per line (JSON Lines), the fields of DOMAIN.md section 10. */
    json
}
