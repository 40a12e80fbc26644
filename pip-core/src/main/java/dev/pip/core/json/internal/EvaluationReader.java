package dev.pip.core.json.internal;

import static dev.pip.core.json.internal.Obj.Need.OPTIONAL;
import static dev.pip.core.json.internal.Obj.Need.REQUIRED;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pip.core.CheckpointStatus;
import dev.pip.core.Decision;
import dev.pip.core.Direction;
import dev.pip.core.Evaluation;
import dev.pip.core.Finding;
import dev.pip.core.Need;
import dev.pip.core.Policy;
import dev.pip.core.Reason;
import dev.pip.core.Recommendation;
import dev.pip.core.RuleSetId;
import dev.pip.core.Severity;
import dev.pip.core.TargetWeek;
import dev.pip.core.TimelineEntry;
import dev.pip.core.WeekStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the tree of an evaluation written by {@link EvaluationWriter} back into an
 * {@link Evaluation}. Unlike plans, unknown fields are ignored: evaluations may carry more
 * fields in later versions. Absent {@code needs} are empty, an absent {@code policy} is the
 * default one and an absent {@code humanReviewRequired} follows the decision; an absent
 * {@code recorded} is false (the rules' own decision), an absent {@code standing} SUPPORTING and
 * an absent finding {@code evidence} empty, as the writer leaves them out.
 */
public final class EvaluationReader {
    private final Problems problems = new Problems();

    private EvaluationReader() {
    }

    /** The evaluation of {@code root}; throws an InvalidPlanException naming {@code source} with every problem. */
    public static Evaluation read(JsonNode root, String source) {
        EvaluationReader reader = new EvaluationReader();
        Optional<Evaluation> evaluation = Obj.of(root, "$", reader.problems).flatMap(reader::evaluation);
        reader.problems.throwIfAny(source);
        return evaluation.orElseThrow();
    }

    private Optional<Evaluation> evaluation(Obj o) {
        Optional<String> planId = o.text("planId", REQUIRED);
        Optional<LocalDate> asOf = o.date("asOf", REQUIRED);
        Optional<Recommendation> recommendation = o.enumValue("recommendation", Recommendation.class, REQUIRED);
        Optional<Decision> decision = o.enumValue("decision", Decision.class, REQUIRED);
        List<TimelineEntry> timeline = PlanReader.list(o, "timeline", REQUIRED, this::timelineEntry);
        List<Reason> reasons = PlanReader.list(o, "reasons", REQUIRED, this::reason);
        List<Finding> findings = PlanReader.list(o, "findings", REQUIRED, this::finding);
        List<WeekStatus> weeks = PlanReader.list(o, "weeks", REQUIRED, this::week);
        List<Need> needs = PlanReader.list(o, "needs", OPTIONAL, this::need);
        Policy policy = o.object("policy", OPTIONAL).flatMap(this::policy).orElse(Policy.defaults());
        Optional<RuleSetId> ruleSet = o.object("ruleSet", REQUIRED).flatMap(r -> {
            Optional<String> name = r.text("name", REQUIRED);
            Optional<String> fingerprint = r.text("fingerprint", REQUIRED);
            return PlanReader.build(r, () -> new RuleSetId(name.orElseThrow(), fingerprint.orElseThrow()));
        });
        Optional<Boolean> review = o.has("humanReviewRequired") ? o.requiredBool("humanReviewRequired")
                : decision.map(Decision::humanReviewRequired);
        return PlanReader.build(o, () -> new Evaluation(planId.orElseThrow(), asOf.orElseThrow(),
                recommendation.orElseThrow(), decision.orElseThrow(), timeline, reasons, findings, weeks, needs,
                policy, ruleSet.orElseThrow(), review.orElseThrow()));
    }

    private Optional<TimelineEntry> timelineEntry(Obj o) {
        Optional<Decision> decision = o.enumValue("decision", Decision.class, REQUIRED);
        Optional<Integer> day = o.integer("day", REQUIRED, 1);
        Optional<LocalDate> date = o.date("date", REQUIRED);
        boolean recorded = o.bool("recorded");
        Optional<String> by = o.text("by", OPTIONAL);
        return PlanReader.build(o, () -> new TimelineEntry(decision.orElseThrow(), day.orElseThrow(),
                date.orElseThrow(), recorded, by));
    }

    private Optional<Reason> reason(Obj o) {
        Optional<String> rule = o.text("rule", REQUIRED);
        Optional<String> message = o.text("message", REQUIRED);
        Map<String, Object> evidence = evidence(o);
        Optional<Reason.Standing> standing = o.enumValue("standing", Reason.Standing.class, OPTIONAL);
        return PlanReader.build(o, () -> new Reason(rule.orElseThrow(), message.orElseThrow(), evidence,
                standing.orElse(Reason.Standing.SUPPORTING)));
    }

    /** The {@code evidence} object of a reason or finding, in its order; absent means empty. */
    private Map<String, Object> evidence(Obj o) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        o.object("evidence", OPTIONAL).ifPresent(e -> {
            for (String key : e.fieldNames()) {
                e.node(key, REQUIRED).flatMap(v -> value(v, e.path(key))).ifPresent(v -> evidence.put(key, v));
            }
        });
        return evidence;
    }

    /** An evidence value: a string, a boolean, a number of the Java type its JSON form implies, or a list. */
    private Optional<Object> value(JsonNode v, String path) {
        if (v.isTextual()) {
            return Optional.of(v.textValue());
        }
        if (v.isBoolean()) {
            return Optional.of(v.booleanValue());
        }
        if (v.isNumber()) {
            return Optional.of(v.numberValue());
        }
        if (v.isArray()) {
            List<Object> out = new ArrayList<>();
            Iterator<JsonNode> items = v.elements();
            for (int i = 0; items.hasNext(); i++) {
                value(items.next(), path + "[" + i + "]").ifPresent(out::add);
            }
            return Optional.of(out);
        }
        problems.add(path, "evidence is a string, a number, true or false, or a list of them; found " + Kinds.of(v));
        return Optional.empty();
    }

    private Optional<Finding> finding(Obj o) {
        Optional<Severity> severity = o.enumValue("severity", Severity.class, REQUIRED);
        Optional<String> code = o.text("code", REQUIRED);
        Optional<String> message = o.text("message", REQUIRED);
        Map<String, Object> evidence = evidence(o);
        return PlanReader.build(o, () -> new Finding(severity.orElseThrow(), code.orElseThrow(),
                message.orElseThrow(), evidence));
    }

    private Optional<WeekStatus> week(Obj o) {
        Optional<Integer> week = o.integer("week", REQUIRED, 1);
        Optional<LocalDate> first = o.date("firstDate", REQUIRED);
        Optional<LocalDate> last = o.date("lastDate", REQUIRED);
        List<TargetWeek> targets = PlanReader.list(o, "targets", OPTIONAL, this::targetWeek);
        boolean onTrack = o.bool("onTrack");
        boolean checkInHeld = o.bool("checkInHeld");
        Optional<Double> committed = o.number("supportCommitted", OPTIONAL, false);
        Optional<Double> delivered = o.number("supportDelivered", OPTIONAL, false);
        return PlanReader.build(o, () -> new WeekStatus(week.orElseThrow(), first.orElseThrow(), last.orElseThrow(),
                targets, onTrack, checkInHeld, committed.orElse(0.0), delivered.orElse(0.0)));
    }

    private Optional<TargetWeek> targetWeek(Obj o) {
        Optional<String> target = o.text("target", REQUIRED);
        Optional<CheckpointStatus> status = o.enumValue("status", CheckpointStatus.class, REQUIRED);
        Optional<Double> value = o.anyNumber("value", OPTIONAL);
        Optional<Double> goal = o.anyNumber("goal", REQUIRED);
        Optional<Direction> direction = o.enumValue("direction", Direction.class, REQUIRED);
        return PlanReader.build(o, () -> new TargetWeek(target.orElseThrow(), status.orElseThrow(),
                PlanReader.optional(value), goal.orElseThrow(), direction.orElseThrow()));
    }

    private Optional<Need> need(Obj o) {
        Optional<String> target = o.text("target", REQUIRED);
        Optional<Integer> day = o.integer("decisionDay", REQUIRED, 1);
        Optional<Integer> left = o.integer("weeksLeft", REQUIRED, 0);
        Optional<Double> perWeek = o.anyNumber("perWeek", OPTIONAL);
        Optional<String> message = o.text("message", REQUIRED);
        return PlanReader.build(o, () -> new Need(target.orElseThrow(), day.orElseThrow(), left.orElseThrow(),
                PlanReader.optional(perWeek), message.orElseThrow()));
    }

    private Optional<Policy> policy(Obj o) {
        return PolicyReader.read(o).flatMap(set -> PlanReader.build(o, () -> Policy.defaults().with(set)));
    }
}
