package dev.pip.core.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pip.core.Evaluation;
import dev.pip.core.Finding;
import dev.pip.core.PolicyOverrides;
import dev.pip.core.Reason;
import dev.pip.core.TargetWeek;
import dev.pip.core.WeekStatus;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link Evaluation} with the field names of the specification, sections 10 and 11:
 * every timeline entry with {@code recorded} (and {@code by} when a record names its author), a
 * finding's {@code evidence} when it has any, a reason's {@code standing} unless SUPPORTING.
 */
public final class EvaluationWriter {
    private EvaluationWriter() {
    }

    /** The evaluation as JSON: one line, or indented when {@code pretty}. */
    public static String write(Evaluation evaluation, boolean pretty) {
        return Out.text(pretty, out -> evaluation(out, evaluation));
    }

    /** Writes the evaluation into {@code g}, as the next value of whatever {@code g} is writing. */
    public static void write(Evaluation evaluation, JsonGenerator g) throws IOException {
        Out.into(g, out -> evaluation(out, evaluation));
    }

    private static void evaluation(Out out, Evaluation e) throws IOException {
        out.start().field("planId", e.planId()).field("asOf", e.asOf())
                .field("recommendation", e.recommendation()).field("decision", e.decision())
                .array("timeline", e.timeline(), (o, t) -> o.field("decision", t.decision()).field("day", t.day())
                        .field("date", t.date()).field("recorded", t.recorded()).field("by", t.by()))
                .array("reasons", e.reasons(), EvaluationWriter::reason)
                .array("findings", e.findings(), EvaluationWriter::finding)
                .array("weeks", e.weeks(), EvaluationWriter::week)
                .array("needs", e.needs(), (o, n) -> o.field("target", n.target()).field("decisionDay", n.decisionDay())
                        .field("weeksLeft", n.weeksLeft()).field("perWeek", n.perWeek()).field("message", n.message()));
        PlanWriter.policy(out.object("policy"), PolicyOverrides.every(e.policy())).end();
        out.object("ruleSet").field("name", e.ruleSet().name()).field("fingerprint", e.ruleSet().fingerprint()).end();
        out.field("humanReviewRequired", e.humanReviewRequired()).end();
    }

    /** A reason; its {@code standing} only when it is not SUPPORTING (the usual case). */
    private static void reason(Out out, Reason r) throws IOException {
        out.field("rule", r.rule()).field("message", r.message());
        evidence(out, r.evidence());
        if (r.standing() != Reason.Standing.SUPPORTING) {
            out.field("standing", r.standing());
        }
    }

    /** A finding; its {@code evidence} only when it has any. */
    private static void finding(Out out, Finding f) throws IOException {
        out.field("severity", f.severity()).field("code", f.code()).field("message", f.message());
        if (!f.evidence().isEmpty()) {
            evidence(out, f.evidence());
        }
    }

    private static void evidence(Out out, Map<String, Object> evidence) throws IOException {
        out.object("evidence");
        for (Map.Entry<String, Object> entry : evidence.entrySet()) {
            out.generator().writeFieldName(entry.getKey());
            value(out.generator(), entry.getValue());
        }
        out.end();
    }

    /** Evidence values keep their Java type: an Integer as 3, a Double as 3.0, so they read back equal. */
    private static void value(JsonGenerator g, Object value) throws IOException {
        if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object v : list) {
                value(g, v);
            }
            g.writeEndArray();
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof BigInteger i) {
            g.writeNumber(i);
        } else if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
            g.writeNumber(n.doubleValue());
        } else if (value instanceof Number n) {
            g.writeString(n.toString());
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeString(value.toString());
        }
    }

    private static void week(Out out, WeekStatus w) throws IOException {
        out.field("week", w.week()).field("firstDate", w.firstDate()).field("lastDate", w.lastDate())
                .array("targets", w.targets(), EvaluationWriter::targetWeek)
                .field("onTrack", w.onTrack()).field("checkInHeld", w.checkInHeld())
                .field("supportCommitted", w.supportCommitted()).field("supportDelivered", w.supportDelivered());
    }

    private static void targetWeek(Out out, TargetWeek t) throws IOException {
        out.field("target", t.target()).field("status", t.status()).field("value", t.value())
                .field("goal", t.goal()).field("direction", t.direction());
    }
}
