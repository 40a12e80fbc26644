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

    /**
     * A builder for a BEHAVIOURAL target: every other field is set by name, so a source cannot
     * be passed where a name was meant.
     *
     * <pre>{@code
     * Target calls = Target.behavioural("calls", Direction.AT_LEAST)
     *         .name("Discovery calls").baseline(8).goal(12).source("CRM").build();
     * }</pre>
     */
    public static Builder behavioural(String id, Direction direction) {
        return new Builder(id, TargetKind.BEHAVIOURAL, direction);
    }

    /** A builder for an OUTCOME target (secondary: it never decides a gate or the end). */
    public static Builder outcome(String id, Direction direction) {
        return new Builder(id, TargetKind.OUTCOME, direction);
    }

    /** A builder holding this target's fields, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(id, kind, direction);
        b.name = name;
        b.unit = unit;
        b.baseline = baseline;
        b.goal = goal;
        b.source = source;
        b.judged = judged;
        b.goalAfterGate = goalAfterGate;
        b.goalInExtension = goalInExtension;
        return b;
    }

    /** True for a BEHAVIOURAL target. */
    public boolean isBehavioural() {
        return kind == TargetKind.BEHAVIOURAL;
    }

    /** The display name: the name if given, else the id. */
    public String displayName() {
        return name.orElse(id);
    }

    /**
     * Builds a {@link Target}; optional fields start absent, {@code judged} at EVERY_WEEK. Not
     * thread-safe; {@link #build()} validates.
     */
    public static final class Builder {
        private String id;
        private TargetKind kind;
        private Direction direction;
        private Optional<String> name = Optional.empty();
        private Optional<String> unit = Optional.empty();
        private OptionalDouble baseline = OptionalDouble.empty();
        private OptionalDouble goal = OptionalDouble.empty();
        private Optional<String> source = Optional.empty();
        private Judged judged = Judged.EVERY_WEEK;
        private OptionalDouble goalAfterGate = OptionalDouble.empty();
        private OptionalDouble goalInExtension = OptionalDouble.empty();

        private Builder(String id, TargetKind kind, Direction direction) {
            this.id = id;
            this.kind = kind;
            this.direction = direction;
        }

        /** Sets the id, referenced by observations as {@code metric}. */
        public Builder id(String value) {
            this.id = value;
            return this;
        }

        /** Sets the kind. */
        public Builder kind(TargetKind value) {
            this.kind = value;
            return this;
        }

        /** Sets which side of the goal is good. */
        public Builder direction(Direction value) {
            this.direction = value;
            return this;
        }

        /** Sets the human name shown in reasons (the id when absent). */
        public Builder name(String value) {
            this.name = Optional.of(Require.text(value, "target.name"));
            return this;
        }

        /** Sets the unit of measure. */
        public Builder unit(String value) {
            this.unit = Optional.of(Require.text(value, "target.unit"));
            return this;
        }

        /** Sets the value before the plan. */
        public Builder baseline(double value) {
            this.baseline = OptionalDouble.of(value);
            return this;
        }

        /** Sets the goal up to the gate. */
        public Builder goal(double value) {
            this.goal = OptionalDouble.of(value);
            return this;
        }

        /** Sets the named data source (CRM, call recordings, LMS...). */
        public Builder source(String value) {
            this.source = Optional.of(Require.text(value, "target.source"));
            return this;
        }

        /** Sets how the weeks of a window are judged. */
        public Builder judged(Judged value) {
            this.judged = value;
            return this;
        }

        /** Sets the escalated goal for the days after the gate. */
        public Builder goalAfterGate(double value) {
            this.goalAfterGate = OptionalDouble.of(value);
            return this;
        }

        /** Sets the goal during an extension. */
        public Builder goalInExtension(double value) {
            this.goalInExtension = OptionalDouble.of(value);
            return this;
        }

        /**
         * A validated target.
         *
         * @throws IllegalArgumentException naming the field when a value is out of range
         */
        public Target build() {
            return new Target(id, name, kind, unit, baseline, goal, direction, source, judged, goalAfterGate,
                    goalInExtension);
        }
    }
}
