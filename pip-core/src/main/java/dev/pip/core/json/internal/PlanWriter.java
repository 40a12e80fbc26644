package dev.pip.core.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pip.core.Diagnosis;
import dev.pip.core.PlanDocument;
import dev.pip.core.PolicyOverrides;
import dev.pip.core.PolicyParameter;
import dev.pip.core.Rep;
import dev.pip.core.Target;
import java.io.IOException;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Writes a {@link PlanDocument} with the field names of the specification, section 10; absent
 * optional values are left out, and so are {@code decisions} and {@code attributes} when empty.
 */
public final class PlanWriter {
    private PlanWriter() {
    }

    /** The plan as JSON: one line, or indented when {@code pretty}. */
    public static String write(PlanDocument plan, boolean pretty) {
        return Out.text(pretty, out -> document(out, plan));
    }

    /** Writes the plan into {@code g}, as the next value of whatever {@code g} is writing. */
    public static void write(PlanDocument plan, JsonGenerator g) throws IOException {
        Out.into(g, out -> document(out, plan));
    }

    private static void document(Out out, PlanDocument p) throws IOException {
        out.start().field("planId", p.planId());
        rep(out.object("rep"), p.rep()).end();
        out.field("manager", p.manager()).field("startDate", p.startDate()).field("windowDays", p.windowDays());
        diagnosis(out.object("diagnosis"), p.diagnosis()).end();
        out.array("targets", p.targets(), PlanWriter::target)
                .array("trackedMetrics", p.trackedMetrics(), (o, m) -> o.field("id", m.id()).field("name", m.name())
                        .field("direction", m.direction()).field("baseline", m.baseline()))
                .array("support", p.support(), (o, s) -> o.field("kind", s.kind()).field("perWeek", s.perWeek()))
                .field("checkInsPerWeek", p.checkInsPerWeek());
        out.object("approvals").field("hrReviewed", p.approvals().hrReviewed())
                .field("repSigned", p.approvals().repSigned())
                .field("managerSigned", p.approvals().managerSigned()).end();
        out.array("observations", p.observations(), (o, ob) -> o.field("metric", ob.metric())
                        .field("week", ob.week()).date("date", ob.date()).field("value", ob.value()))
                .array("checkIns", p.checkIns(), (o, c) -> o.field("week", c.week()).field("held", c.held())
                        .field("note", c.note()))
                .array("supportDelivered", p.supportDelivered(), (o, d) -> o.field("kind", d.kind())
                        .field("week", d.week()).field("count", d.count()));
        policy(out.object("policy"), p.policy()).end();
        if (!p.decisions().isEmpty()) {
            out.array("decisions", p.decisions(), (o, r) -> o.field("day", r.day()).field("decision", r.decision())
                    .field("by", r.by()).field("note", r.note()));
        }
        if (!p.attributes().isEmpty()) {
            attributes(out.object("attributes"), p.attributes()).end();
        }
        out.end();
    }

    /** Each attribute with its JSON type: a date as its ISO text, an Integer as 3, a Double as 3.0. */
    private static Out attributes(Out out, Map<String, Object> attributes) throws IOException {
        JsonGenerator g = out.generator();
        for (Map.Entry<String, Object> a : attributes.entrySet()) {
            g.writeFieldName(a.getKey());
            Object v = a.getValue();
            if (v instanceof Integer i) {
                g.writeNumber(i);
            } else if (v instanceof Long l) {
                g.writeNumber(l);
            } else if (v instanceof Double d) {
                g.writeNumber(d);
            } else if (v instanceof Boolean b) {
                g.writeBoolean(b);
            } else {
                g.writeString(v.toString());
            }
        }
        return out;
    }

    private static Out rep(Out out, Rep r) throws IOException {
        return out.field("id", r.id()).field("name", r.name()).date("hireDate", r.hireDate()).field("team", r.team());
    }

    private static Out diagnosis(Out out, Diagnosis d) throws IOException {
        return out.field("rootCause", d.rootCause()).field("gap", d.gap())
                .field("monthsUnderperforming", d.monthsUnderperforming()).field("coachingTried", d.coachingTried())
                .field("suddenDrop", d.suddenDrop()).field("priorPipRegressed", d.priorPipRegressed())
                .field("teamShareBelowStandard", d.teamShareBelowStandard())
                .strings("resourcesProvided", d.resourcesProvided())
                .field("expectationsConversation", d.expectationsConversation());
    }

    private static void target(Out out, Target t) throws IOException {
        out.field("id", t.id()).field("name", t.name()).field("kind", t.kind()).field("unit", t.unit())
                .field("baseline", t.baseline()).field("goal", t.goal()).field("direction", t.direction())
                .field("source", t.source()).field("judged", t.judged()).field("goalAfterGate", t.goalAfterGate())
                .field("goalInExtension", t.goalInExtension());
    }

    /** The parameters {@code p} sets, with their JSON names; also writes an evaluation's policy. */
    static Out policy(Out out, PolicyOverrides p) throws IOException {
        for (PolicyParameter parameter : PolicyParameter.all()) {
            OptionalDouble value = p.get(parameter);
            if (value.isPresent()) {
                out.field(parameter.jsonName(), value);
            }
        }
        return out;
    }
}
