package dev.pip.rules.workbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.RuleSetId;
import dev.pip.core.TimelineEntry;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The workbench's results as text to read and JSON for tools: what the {@code pip rules} commands print. */
public final class Reports {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Reports() {
    }

    /** A coverage report: every rule with file, line and firings, the rules never fired, the decisions never reached. */
    public static String coverageText(Coverage c) {
        StringBuilder out = new StringBuilder();
        out.append("Rule coverage over ").append(c.evaluated()).append(" evaluations: ")
                .append(c.rules().size() - c.neverFired().size()).append(" of ").append(c.rules().size())
                .append(" rules fired (").append(percent(c.share())).append(")\n");
        int width = c.rules().stream().mapToInt(r -> r.rule().place().length()).max().orElse(0);
        for (Coverage.RuleCount r : c.rules()) {
            out.append(String.format(Locale.ROOT, "  %8d  %-" + width + "s  \"%s\"%n", r.firings(), r.rule().place(),
                    r.rule().name()));
        }
        List<RuleDefinition> never = c.neverFired();
        out.append("Never fired (").append(never.size()).append("):").append(never.isEmpty() ? " none\n" : "\n");
        never.forEach(r -> out.append("  ").append(r.place()).append("  \"").append(r.name()).append("\"\n"));
        List<Decision> unreached = c.neverReached();
        out.append("Decisions never reached: ").append(unreached.isEmpty() ? "none" : join(unreached)).append('\n');
        return out.toString();
    }

    /** A percentage with one decimal: {@code 93.5%}. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /**
     * A diff report to read: both fingerprints, the counts, the matrix of decisions, then one line
     * per changed plan (at most {@code maxChanges}) and one per failure.
     */
    public static String diffText(DiffReport r, int maxChanges) {
        StringBuilder out = new StringBuilder();
        out.append("base:    ").append(id(r.base())).append('\n');
        out.append("changed: ").append(id(r.changed())).append('\n');
        out.append(r.plans()).append(" plans: ").append(r.unchanged()).append(" unchanged, ").append(r.changes().size())
                .append(" changed, ").append(r.failures().size()).append(" failed\n");
        out.append("\nDecision transitions (base -> changed: plans)\n");
        r.transitions().forEach((t, n) -> out.append(String.format(Locale.ROOT, "  %-38s %d%s%n", t, n,
                t.changed() ? "" : "  (same decision)")));
        if (!r.changes().isEmpty()) {
            out.append("\nChanged plans\n");
        }
        int shown = 0;
        for (PlanChange c : r.changes()) {
            if (shown++ == maxChanges) {
                out.append("  ... and ").append(r.changes().size() - maxChanges).append(" more (--format json lists all)\n");
                break;
            }
            out.append("  ").append(c.planId()).append(": ").append(c.before().decision()).append(" -> ")
                    .append(c.after().decision()).append("; timeline ").append(RuleDiff.timeline(c.before()))
                    .append(" -> ").append(RuleDiff.timeline(c.after())).append("; differs in ")
                    .append(String.join(", ", c.changes()));
            if (!c.rulesChanged().isEmpty()) {
                out.append("; firings ").append(String.join(", ", c.rulesChanged()));
            }
            out.append('\n');
        }
        if (!r.failures().isEmpty()) {
            out.append("\nFailed plans\n");
            r.failures().forEach(f -> out.append("  ").append(f.planId()).append(" (").append(f.side()).append(" rules): ")
                    .append(f.message().replace('\n', ' ')).append('\n'));
        }
        return out.toString();
    }

    /** A diff report as one JSON object (every changed plan and failure). */
    public static String diffJson(DiffReport r) {
        ObjectNode root = JSON.createObjectNode();
        root.set("base", ruleSet(r.base()));
        root.set("changed", ruleSet(r.changed()));
        root.put("plans", r.plans()).put("unchanged", r.unchanged()).put("changedPlans", r.changes().size())
                .put("failed", r.failures().size());
        ArrayNode transitions = root.putArray("transitions");
        r.transitions().forEach((t, n) -> transitions.addObject().put("from", t.from().name())
                .put("to", t.to().name()).put("plans", n));
        ArrayNode changes = root.putArray("changes");
        for (PlanChange c : r.changes()) {
            ObjectNode o = changes.addObject();
            o.put("index", c.index()).put("planId", c.planId());
            o.set("before", side(c.before()));
            o.set("after", side(c.after()));
            c.changes().forEach(o.putArray("differsIn")::add);
            c.rulesChanged().forEach(o.putArray("firingsChanged")::add);
        }
        ArrayNode failures = root.putArray("failures");
        r.failures().forEach(f -> failures.addObject().put("index", f.index()).put("planId", f.planId())
                .put("side", f.side()).put("message", f.message()));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode side(Evaluation e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("recommendation", e.recommendation().name()).put("decision", e.decision().name());
        ArrayNode t = o.putArray("timeline");
        for (TimelineEntry x : e.timeline()) {
            t.addObject().put("decision", x.decision().name()).put("day", x.day()).put("date", x.date().toString());
        }
        return o;
    }

    private static ObjectNode ruleSet(RuleSetId id) {
        return JSON.createObjectNode().put("name", id.name()).put("fingerprint", id.fingerprint());
    }

    private static String id(RuleSetId id) {
        return id.name() + " " + id.fingerprint();
    }

    private static String join(List<Decision> decisions) {
        Set<Decision> sorted = decisions.isEmpty() ? Set.of() : EnumSet.copyOf(decisions);
        List<String> out = new ArrayList<>();
        sorted.forEach(d -> out.add(d.name()));
        return String.join(", ", out);
    }
}
