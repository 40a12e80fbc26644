package dev.pip.core.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pip.core.Policy;
import dev.pip.core.PolicyOverrides;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A policy file ({@code policy.json}): the object of a plan document's {@code policy}, on its own,
 * read and validated by the very code that reads a plan's overrides, and written by the one
 * policy writer, so the three can never name or check a parameter differently.
 */
public final class PolicyFile {
    private PolicyFile() {
    }

    /** The overrides of the tree {@code root}; throws an InvalidPlanException naming {@code source} with every problem. */
    public static PolicyOverrides read(JsonNode root, String source) {
        Problems problems = new Problems();
        Optional<PolicyOverrides> policy = Optional.empty();
        if (!root.isObject()) {
            problems.add("$", "expected a JSON object (policy parameters by name), found " + Kinds.of(root));
        } else {
            policy = Obj.of(root, "$", problems).flatMap(o -> PlanReader.policyOnly(o));
        }
        problems.throwIfAny(source);
        return policy.orElseThrow();
    }

    /** Every parameter of {@code policy}, indented, one per line. */
    public static String write(Policy policy) {
        PolicyOverrides all = new PolicyOverrides(OptionalInt.of(policy.gateDay()),
                OptionalInt.of(policy.extensionDays()), OptionalInt.of(policy.maxExtensions()),
                OptionalInt.of(policy.monitoringDays()), OptionalInt.of(policy.rampMonths()),
                OptionalDouble.of(policy.teamWideShare()), OptionalDouble.of(policy.minMonthsUnderperforming()),
                OptionalDouble.of(policy.improvementShare()), OptionalInt.of(policy.regressionWeeks()),
                OptionalDouble.of(policy.supportDeliveredShare()), OptionalInt.of(policy.missedCheckInsForReview()));
        return Out.text(true, out -> PlanWriter.policy(out.start(), all).end()) + "\n";
    }
}
