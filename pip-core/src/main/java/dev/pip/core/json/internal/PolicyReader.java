package dev.pip.core.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pip.core.PolicyOverrides;
import dev.pip.core.PolicyParameter;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@code policy} object, for plan documents and evaluations alike: every parameter by
 * its {@link PolicyParameter} name, type and range, each problem at its own path.
 */
final class PolicyReader {
    private PolicyReader() {
    }

    /** The parameters {@code o} sets; empty when any of them has a problem (reported on {@code o}). */
    static Optional<PolicyOverrides> read(Obj o) {
        Map<PolicyParameter, Double> values = new EnumMap<>(PolicyParameter.class);
        for (PolicyParameter p : PolicyParameter.all()) {
            o.node(p.jsonName(), Obj.Need.OPTIONAL).flatMap(v -> value(v, o, p)).ifPresent(d -> values.put(p, d));
        }
        return PlanReader.build(o, () -> PolicyOverrides.of(values));
    }

    private static Optional<Double> value(JsonNode v, Obj o, PolicyParameter p) {
        String what = p.whole() ? "a whole number" : "a number";
        if (!v.isNumber()) {
            o.problems().add(o.path(p.jsonName()), "expected " + what + ", found " + Kinds.of(v));
            return Optional.empty();
        }
        double d = v.doubleValue();
        if (!p.allows(d)) {
            o.problems().add(o.path(p.jsonName()), "must " + p.rangeText() + ", was " + v.asText());
            return Optional.empty();
        }
        return Optional.of(d + 0.0);
    }
}
