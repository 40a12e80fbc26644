package dev.pip.core;

import dev.pip.core.internal.Require;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One target of the plan (specification, section 2). Baseline, goal and source may be absent in
 * a document: that is a plan-check ERROR, not a format error.
 *
 * @param id              unique id, referenced by observations as {@code metric}
 * @param name            human name, optional
 * @param kind            BEHAVIOURAL or OUTCOME
 * @param unit            unit of measure, optional
 * @param baseline        value before the plan
 * @param goal            goal up to the gate
 * @param direction       which side of the goal is good
 * @param source          named data source (CRM, call recordings, LMS...)
 * @param judged          how the weeks of a window are judged (default EVERY_WEEK)
 * @param goalAfterGate   escalated goal for the days after the gate
 * @param goalInExtension goal during an extension
 */
public record Target(
        String id,
        Optional<String> name,
        TargetKind kind,
        Optional<String> unit,
        OptionalDouble baseline,
        OptionalDouble goal,
        Direction direction,
        Optional<String> source,
        Judged judged,
        OptionalDouble goalAfterGate,
        OptionalDouble goalInExtension) {

    /** Validates every field. */
    public Target {
        Require.text(id, "target.id");
        Require.optional(name, "target.name");
        Require.present(kind, "target.kind");
        Require.optional(unit, "target.unit");
        baseline = Require.nonNegative(baseline, "target.baseline");
        goal = Require.nonNegative(goal, "target.goal");
        Require.present(direction, "target.direction");
        Require.optional(source, "target.source");
        Require.present(judged, "target.judged");
        goalAfterGate = Require.nonNegative(goalAfterGate, "target.goalAfterGate");
        goalInExtension = Require.nonNegative(goalInExtension, "target.goalInExtension");
    }

    /** A complete behavioural target judged every week, without escalated goals. */
    public static Target behavioural(String id, double baseline, double goal, Direction direction, String source) {
        return new Target(id, Optional.empty(), TargetKind.BEHAVIOURAL, Optional.empty(),
                OptionalDouble.of(baseline), OptionalDouble.of(goal), direction, Optional.of(source),
                Judged.EVERY_WEEK, OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** True for a BEHAVIOURAL target. */
    public boolean isBehavioural() {
        return kind == TargetKind.BEHAVIOURAL;
    }

    /** The display name: the name if given, else the id. */
    public String displayName() {
        return name.orElse(id);
    }
}
