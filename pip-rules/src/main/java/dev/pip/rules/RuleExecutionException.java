package dev.pip.rules;

import dev.pip.core.PipException;
import java.util.Optional;

/**
 * A rule set that built but misbehaved while evaluating a plan: a rule threw (an exception or
 * an {@link Error}; {@link #rule()} names it), it fired without end (the firing limit stopped
 * it; {@link #rule()} names the rule that fired most), it ran past the time limit, or it produced
 * no recommendation.
 */
public final class RuleExecutionException extends PipException {
    private static final long serialVersionUID = 1L;

    private final String rule;

    /** An exception blaming {@code rule} (may be null when no single rule is to blame). */
    public RuleExecutionException(String message, String rule) {
        super(message);
        this.rule = rule;
    }

    /** An exception blaming {@code rule} (may be null) for {@code cause}, a throwable out of the rules. */
    public RuleExecutionException(String message, String rule, Throwable cause) {
        super(message, cause);
        this.rule = rule;
    }

    /** The rule to blame, when one is. */
    public Optional<String> rule() {
        return Optional.ofNullable(rule);
    }
}
