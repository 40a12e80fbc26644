package dev.pip.rules;

import dev.pip.core.PipException;
import java.util.List;

/**
 * A rule set that built but broke its contract on a plan: not exactly one recommendation, two
 * decisions on one day, a decision after one that ends the timeline, a decision point that fell
 * due by the as-of date left undecided (a deleted gate rule), or a decision on a day the time
 * model does not allow. A fault of the rules, never of the plan document: the same rules would
 * break it on other plans too.
 */
public final class RuleContractException extends PipException {
    private static final long serialVersionUID = 1L;

    private final String planId;
    private final transient List<String> broken;

    /** An exception listing at least one broken contract, found evaluating {@code planId}. */
    public RuleContractException(String ruleSet, String planId, List<String> broken) {
        super("rule set '" + ruleSet + "' broke its contract on plan " + planId + ": " + String.join("; ", broken));
        if (broken.isEmpty()) {
            throw new IllegalArgumentException("a rule contract exception needs at least one broken contract");
        }
        this.planId = planId;
        this.broken = List.copyOf(broken);
    }

    /** The plan the contract was broken on. */
    public String planId() {
        return planId;
    }

    /** Each broken contract, one sentence each (empty after Java deserialization, which keeps the message). */
    public List<String> broken() {
        return broken == null ? List.of() : broken;
    }
}
