package dev.pip.core.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pip.core.Approvals;
import dev.pip.core.Diagnosis;
import dev.pip.core.Direction;
import dev.pip.core.InvalidPlanException;
import dev.pip.core.Judged;
import dev.pip.core.PlanDocument;
import dev.pip.core.PolicyOverrides;
import dev.pip.core.RecordedDecision;
import dev.pip.core.Rep;
import dev.pip.core.RootCause;
import dev.pip.core.SupportCommitment;
import dev.pip.core.Target;
import dev.pip.core.TargetKind;
import dev.pip.core.TrackedMetric;
import dev.pip.core.time.PlanCalendar;
import dev.pip.core.json.internal.Obj.Element;
import dev.pip.core.json.internal.Obj.Need;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Turns the tree of a plan document into a {@link PlanDocument}, collecting every problem of
 * the document first (types, required fields, unknown fields, ranges, then the checks across
 * fields of {@link PlanActivity}); records are built only when there was none.
 */
public final class PlanReader {
    private final Problems problems = new Problems();
    private final PlanActivity activity = new PlanActivity(problems);

    private PlanReader() {
    }

    /** The plan of {@code root}; throws an InvalidPlanException naming {@code source} with every problem. */
    public static PlanDocument read(JsonNode root, String source) {
        PlanReader reader = new PlanReader();
        Optional<PlanDocument> plan = reader.document(root);
        reader.problems.throwIfAny(source);
        return plan.orElseThrow();
    }

    private Optional<PlanDocument> document(JsonNode root) {
        if (!root.isObject()) {
            problems.add("$", "expected a JSON object (a plan document), found " + Kinds.of(root));
            return Optional.empty();
        }
        Obj o = Obj.of(root, "$", problems).orElseThrow().strict(PlanFields.ROOT);
        Optional<String> planId = o.text("planId", Need.REQUIRED);
        Optional<Rep> rep = o.object("rep", Need.REQUIRED).flatMap(this::rep);
        Optional<String> manager = o.text("manager", Need.OPTIONAL);
        Optional<LocalDate> start = o.date("startDate", Need.REQUIRED);
        Optional<Integer> windowDays = o.integer("windowDays", Need.OPTIONAL, 1, PlanCalendar.MAX_DAY);
        Optional<Diagnosis> diagnosis = o.object("diagnosis", Need.REQUIRED).flatMap(this::diagnosis);
        List<Target> targets = list(o, "targets", Need.REQUIRED, this::target);
        List<TrackedMetric> tracked = list(o, "trackedMetrics", Need.OPTIONAL, this::trackedMetric);
        List<SupportCommitment> support = list(o, "support", Need.OPTIONAL, this::support);
        Optional<Double> checkInsPerWeek = o.number("checkInsPerWeek", Need.OPTIONAL, false);
        Approvals approvals = o.object("approvals", Need.OPTIONAL).map(this::approvals).orElse(Approvals.none());
        PlanActivity.Read read = activity.read(o, start);
        PolicyOverrides policy = o.object("policy", Need.OPTIONAL)
                .flatMap(p -> policy(p, windowDays.orElse(PlanDocument.DEFAULT_WINDOW_DAYS)))
                .orElse(PolicyOverrides.none());
        List<RecordedDecision> decisions = PlanRecords.decisions(o,
                o.has("windowDays") ? windowDays : Optional.of(PlanDocument.DEFAULT_WINDOW_DAYS));
        Map<String, Object> attributes = PlanRecords.attributes(o);
        activity.check();
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return build(o, () -> PlanDocument.builder(planId.orElseThrow(), rep.orElseThrow(), start.orElseThrow(),
                        diagnosis.orElseThrow())
                .manager(manager).windowDays(windowDays.orElse(PlanDocument.DEFAULT_WINDOW_DAYS))
                .targets(targets).trackedMetrics(tracked).support(support)
                .checkInsPerWeek(checkInsPerWeek.orElse(1.0)).approvals(approvals)
                .observations(read.observations()).checkIns(read.checkIns()).supportDelivered(read.deliveries())
                .policy(policy).decisions(decisions).attributes(attributes).build());
    }

    private Optional<Rep> rep(Obj o) {
        o.strict(PlanFields.REP);
        Optional<String> id = o.text("id", Need.REQUIRED);
        Optional<String> name = o.text("name", Need.OPTIONAL);
        Optional<LocalDate> hired = o.date("hireDate", Need.OPTIONAL);
        Optional<String> team = o.text("team", Need.OPTIONAL);
        return id.flatMap(i -> build(o, () -> new Rep(i, name, hired, team)));
    }

    private Optional<Diagnosis> diagnosis(Obj o) {
        o.strict(PlanFields.DIAGNOSIS);
        Optional<RootCause> cause = o.enumValue("rootCause", RootCause.class, Need.REQUIRED);
        Optional<String> gap = o.text("gap", Need.OPTIONAL);
        Optional<Double> months = o.number("monthsUnderperforming", Need.OPTIONAL, false);
        boolean coached = o.bool("coachingTried");
        boolean drop = o.bool("suddenDrop");
        boolean regressed = o.bool("priorPipRegressed");
        Optional<Double> teamShare = o.number("teamShareBelowStandard", Need.OPTIONAL, true);
        List<String> resources = o.texts("resourcesProvided");
        boolean conversation = o.bool("expectationsConversation");
        return cause.flatMap(c -> build(o, () -> new Diagnosis(c, gap, months.orElse(0.0), coached, drop, regressed,
                teamShare.orElse(0.0), resources, conversation)));
    }

    private Optional<Target> target(Obj o) {
        o.strict(PlanFields.TARGET);
        Optional<String> id = o.text("id", Need.REQUIRED);
        id.ifPresent(i -> activity.metricId(i, o.path("id")));
        Optional<String> name = o.text("name", Need.OPTIONAL);
        Optional<TargetKind> kind = o.enumValue("kind", TargetKind.class, Need.REQUIRED);
        Optional<String> unit = o.text("unit", Need.OPTIONAL);
        OptionalDouble baseline = optional(o.number("baseline", Need.OPTIONAL, false));
        OptionalDouble goal = optional(o.number("goal", Need.OPTIONAL, false));
        Optional<Direction> direction = o.enumValue("direction", Direction.class, Need.REQUIRED);
        Optional<String> source = o.text("source", Need.OPTIONAL);
        Optional<Judged> judged = o.enumValue("judged", Judged.class, Need.OPTIONAL);
        OptionalDouble afterGate = optional(o.number("goalAfterGate", Need.OPTIONAL, false));
        OptionalDouble inExtension = optional(o.number("goalInExtension", Need.OPTIONAL, false));
        if (id.isEmpty() || kind.isEmpty() || direction.isEmpty()) {
            return Optional.empty();
        }
        return build(o, () -> new Target(id.get(), name, kind.get(), unit, baseline, goal, direction.get(), source,
                judged.orElse(Judged.EVERY_WEEK), afterGate, inExtension));
    }

    private Optional<TrackedMetric> trackedMetric(Obj o) {
        o.strict(PlanFields.TRACKED_METRIC);
        Optional<String> id = o.text("id", Need.REQUIRED);
        id.ifPresent(i -> activity.metricId(i, o.path("id")));
        Optional<String> name = o.text("name", Need.OPTIONAL);
        Optional<Direction> direction = o.enumValue("direction", Direction.class, Need.OPTIONAL);
        OptionalDouble baseline = optional(o.number("baseline", Need.OPTIONAL, false));
        return id.flatMap(i -> build(o, () -> new TrackedMetric(i, name, direction.orElse(Direction.AT_LEAST),
                baseline)));
    }

    private Optional<SupportCommitment> support(Obj o) {
        o.strict(PlanFields.SUPPORT);
        Optional<String> kind = o.text("kind", Need.REQUIRED);
        kind.ifPresent(activity::committedKind);
        Optional<Double> perWeek = o.number("perWeek", Need.OPTIONAL, false);
        return kind.flatMap(k -> build(o, () -> new SupportCommitment(k, perWeek.orElse(1.0))));
    }

    private Approvals approvals(Obj o) {
        o.strict(PlanFields.APPROVALS);
        return new Approvals(o.bool("hrReviewed"), o.bool("repSigned"), o.bool("managerSigned"));
    }

    /** The overrides of a policy object on its own (a policy file): no plan window to hold the gate day to. */
    static Optional<PolicyOverrides> policyOnly(Obj o) {
        return new PlanReader().policy(o, Integer.MAX_VALUE);
    }

    private Optional<PolicyOverrides> policy(Obj o, int windowDays) {
        o.strict(PlanFields.POLICY);
        Optional<PolicyOverrides> read = PolicyReader.read(o);
        OptionalInt gateDay = read.map(PolicyOverrides::gateDay).orElse(OptionalInt.empty());
        activity.gateDay(gateDay, windowDays, o.path("gateDay"));
        return read;
    }

    /** The records of the array {@code field}, each read by {@code item}; absent and optional means empty. */
    static <T> List<T> list(Obj o, String field, Need need, Function<Obj, Optional<T>> item) {
        List<T> out = new ArrayList<>();
        o.array(field, need).ifPresent(elements -> {
            for (Element e : elements) {
                Obj.of(e, o.problems()).flatMap(item).ifPresent(out::add);
            }
        });
        return out;
    }

    /**
     * Builds a record when the document has no problem so far; a check of the record's own that
     * the reader did not anticipate becomes a problem at the object's path, never an exception.
     */
    static <T> Optional<T> build(Obj o, java.util.function.Supplier<T> record) {
        if (!o.problems().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(record.get());
        } catch (InvalidPlanException e) {
            e.problems().forEach(p -> o.problems().add(p.path(), p.message()));
            return Optional.empty();
        } catch (IllegalArgumentException | NullPointerException e) {
            o.problems().add(o.path(), String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    static OptionalDouble optional(Optional<Double> value) {
        return value.map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }

    static OptionalInt optionalInt(Optional<Integer> value) {
        return value.map(OptionalInt::of).orElse(OptionalInt.empty());
    }
}
