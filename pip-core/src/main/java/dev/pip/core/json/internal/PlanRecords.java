package dev.pip.core.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pip.core.Decision;
import dev.pip.core.Problem;
import dev.pip.core.RecordedDecision;
import dev.pip.core.internal.Closest;
import dev.pip.core.internal.RecordOrder;
import dev.pip.core.json.internal.Obj.Element;
import dev.pip.core.json.internal.Obj.Need;
import dev.pip.core.time.PlanCalendar;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the two parts of a plan document that people and companies add to it: {@code decisions}
 * (decisions of record, specification section 11) and {@code attributes} (a company's own facts,
 * section 10). Every problem is reported with its own path; the order of the records is checked by
 * {@link RecordOrder}, the one place that states those rules for JSON and Java alike.
 */
final class PlanRecords {
    /** Written in an order problem's place when the window length itself is malformed: no CONTINUE-day check. */
    private static final int UNKNOWN_WINDOW = Integer.MAX_VALUE;
    /** The recordable decisions in the order the specification lists them. */
    private static final List<String> RECORDABLE = List.of("CONTINUE", "PASS", "EXTEND", "EXIT", "REGRESSION",
            "CLOSED");
    private static final List<String> ALL_DECISIONS = Arrays.stream(Decision.values()).map(Decision::name).toList();

    private PlanRecords() {
    }

    /**
     * The records of {@code decisions}, oldest first. The order rules are checked on the records
     * before the first malformed one (a record that could not be read leaves the order after it
     * unknown, so no problem is invented there).
     *
     * @param windowDays the plan's window length, empty when the document's own is malformed
     */
    static List<RecordedDecision> decisions(Obj root, Optional<Integer> windowDays) {
        List<RecordedDecision> out = new ArrayList<>();
        Optional<List<Element>> elements = root.array("decisions", Need.OPTIONAL);
        if (elements.isEmpty()) {
            return out;
        }
        boolean complete = true;
        for (Element e : elements.get()) {
            Optional<RecordedDecision> record = Obj.of(e, root.problems()).flatMap(PlanRecords::record);
            if (record.isPresent() && complete) {
                out.add(record.get());
            } else {
                complete = false;
            }
        }
        for (Problem p : RecordOrder.problems(out, windowDays.orElse(UNKNOWN_WINDOW))) {
            root.problems().add(p.path(), p.message());
        }
        return out;
    }

    private static Optional<RecordedDecision> record(Obj o) {
        o.strict(PlanFields.DECISION);
        Optional<Integer> day = o.integer("day", Need.REQUIRED, 1, PlanCalendar.MAX_DAY);
        Optional<Decision> decision = o.node("decision", Need.REQUIRED).flatMap(v -> decision(o, v));
        Optional<String> by = o.text("by", Need.OPTIONAL);
        Optional<String> note = o.text("note", Need.OPTIONAL);
        if (day.isEmpty() || decision.isEmpty() || o.has("by") && by.isEmpty() || o.has("note") && note.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RecordedDecision(day.get(), decision.get(), by, note));
    }

    /** A recordable decision; a state of the rules (HR_REVIEW...) is named as never a person's decision. */
    private static Optional<Decision> decision(Obj o, JsonNode v) {
        String path = o.path("decision");
        if (!v.isTextual()) {
            o.problems().add(path, "expected one of " + String.join(", ", RECORDABLE) + " (a string), found "
                    + Kinds.of(v));
            return Optional.empty();
        }
        String text = v.textValue();
        if (!ALL_DECISIONS.contains(text)) {
            o.problems().add(path, "unknown decision '" + text + "'; people record one of "
                    + String.join(", ", RECORDABLE) + Closest.hint(text, RECORDABLE));
            return Optional.empty();
        }
        Decision d = Decision.valueOf(text);
        if (!d.recordable()) {
            o.problems().add(path, text + " is never a person's decision (it is a state of the rules); people "
                    + "record one of " + String.join(", ", RECORDABLE));
            return Optional.empty();
        }
        return Optional.of(d);
    }

    /**
     * The attributes object: names to text, whole numbers (Integer, or Long when larger), other
     * numbers (Double), booleans, or dates. A string that is an ISO date ({@code yyyy-MM-dd}, a
     * real calendar day) becomes a {@link LocalDate}; any other string stays text. Objects,
     * arrays and {@code null} are refused at their path.
     */
    static Map<String, Object> attributes(Obj root) {
        Map<String, Object> out = new LinkedHashMap<>();
        root.node("attributes", Need.OPTIONAL).ifPresent(node -> {
            Optional<Obj> attributes = Obj.of(node, root.path("attributes"), root.problems());
            if (attributes.isEmpty()) {
                return;
            }
            Obj a = attributes.get();
            for (String name : a.fieldNames()) {
                JsonNode v = a.raw(name);
                if (name.isBlank()) {
                    a.problems().add(a.path(name), "an attribute name must not be blank");
                }
                value(a, name, v).ifPresent(x -> out.put(name, x));
            }
        });
        return out;
    }

    private static Optional<Object> value(Obj a, String name, JsonNode v) {
        String path = a.path(name);
        if (v.isTextual()) {
            return Optional.of(Dates.strict(v.textValue()).<Object>map(d -> d).orElse(v.textValue()));
        }
        if (v.isBoolean()) {
            return Optional.of(v.booleanValue());
        }
        if (v.isIntegralNumber()) {
            BigInteger big = v.bigIntegerValue();
            if (big.bitLength() < Integer.SIZE) {
                return Optional.of(big.intValue());
            }
            if (big.bitLength() < Long.SIZE) {
                return Optional.of(big.longValue());
            }
            a.problems().add(path, "is too large for a whole number (at most 19 digits), was " + v.asText());
            return Optional.empty();
        }
        if (v.isNumber()) {
            double d = v.doubleValue();
            if (!Double.isFinite(d)) {
                a.problems().add(path, "must be a finite number, was " + v.asText());
                return Optional.empty();
            }
            return Optional.of(d + 0.0);
        }
        a.problems().add(path, "an attribute is text, a number, true or false, or an ISO date (a string);"
                + " found " + Kinds.of(v) + (v.isNull() ? " (leave the attribute out instead)" : ""));
        return Optional.empty();
    }
}
