package dev.pip.core;

import dev.pip.core.internal.Attributes;
import dev.pip.core.internal.PlanChecks;
import dev.pip.core.internal.Require;
import dev.pip.core.time.PlanCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A performance improvement plan as written by a sales leader, with everything observed since
 * (specification, sections 2 and 10).
 *
 * <p>One validation for plans built in Java and documents read from JSON: a value that is wrong
 * on its own (a blank id, a negative goal) fails when its record is constructed, with an
 * {@link IllegalArgumentException} naming the field; problems across fields (a duplicate target
 * id, an observation of an unknown metric or before the start date, a second value for one
 * metric and week, support delivered of a kind not committed, a policy gate day after the end
 * of the window, recorded decisions out of order) fail the construction of the plan, by
 * {@link Builder#build()} or the constructor, with one {@link InvalidPlanException} that lists
 * every problem with the JSON path and message that {@code PlanJson.read} reports for the same
 * document. So every plan that exists writes as a document that reads back equal. Whether a
 * valid plan may become active is decided by the plan-check rules, not here.
 *
 * @param planId           unique plan id
 * @param rep              the rep on the plan
 * @param manager          the manager's id, optional
 * @param startDate        day 1 of the plan, in {@link PlanCalendar#FIRST_DATE}..{@link PlanCalendar#LAST_DATE}
 * @param windowDays       length of the plan window in days (default 60), 1..{@link PlanCalendar#MAX_DAY}
 * @param diagnosis        why the rep underperforms
 * @param targets          behavioural and outcome targets (may be empty)
 * @param trackedMetrics   metrics watched that are not targets
 * @param support          support the company commits to
 * @param checkInsPerWeek  documented check-ins per week (default 1)
 * @param approvals        HR review and signatures
 * @param observations     measured values by week or date
 * @param checkIns         documented check-ins
 * @param supportDelivered support actually delivered
 * @param policy           policy parameters this plan overrides
 * @param decisions        what people decided, oldest first (decisions of record); the rules follow them
 * @param attributes       a company's own facts about the plan (names to text, numbers, booleans or
 *                         dates) for rule authors' own rules; the bundled rules ignore them
 */
public record PlanDocument(
        String planId,
        Rep rep,
        Optional<String> manager,
        LocalDate startDate,
        int windowDays,
        Diagnosis diagnosis,
        List<Target> targets,
        List<TrackedMetric> trackedMetrics,
        List<SupportCommitment> support,
        double checkInsPerWeek,
        Approvals approvals,
        List<Observation> observations,
        List<CheckIn> checkIns,
        List<SupportDelivery> supportDelivered,
        PolicyOverrides policy,
        List<RecordedDecision> decisions,
        Map<String, Object> attributes) {

    /** The window length when a document does not set one. */
    public static final int DEFAULT_WINDOW_DAYS = 60;

    /**
     * Validates every field and copies every list.
     *
     * @throws InvalidPlanException listing every problem across fields, each at its JSON path
     */
    public PlanDocument {
        Require.text(planId, "planId");
        Require.present(rep, "rep");
        Require.optional(manager, "manager");
        Require.date(startDate, "startDate");
        Require.within(windowDays, 1, PlanCalendar.MAX_DAY, "windowDays");
        Require.present(diagnosis, "diagnosis");
        targets = Require.list(targets, "targets");
        trackedMetrics = Require.list(trackedMetrics, "trackedMetrics");
        support = Require.list(support, "support");
        checkInsPerWeek = Require.nonNegative(checkInsPerWeek, "checkInsPerWeek");
        Require.present(approvals, "approvals");
        observations = Require.list(observations, "observations");
        checkIns = Require.list(checkIns, "checkIns");
        supportDelivered = Require.list(supportDelivered, "supportDelivered");
        Require.present(policy, "policy");
        decisions = Require.list(decisions, "decisions");
        attributes = Attributes.copy(attributes);
        List<Problem> problems = PlanChecks.of(windowDays, startDate, targets, trackedMetrics, support,
                observations, checkIns, supportDelivered, policy, decisions);
        if (!problems.isEmpty()) {
            throw new InvalidPlanException("plan '" + planId + "'", problems);
        }
    }

    /** The behavioural targets, in document order. */
    public List<Target> behaviouralTargets() {
        return targets.stream().filter(Target::isBehavioural).toList();
    }

    /** The target with this id, if any. */
    public Optional<Target> target(String id) {
        return targets.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** A builder for a plan with these required fields and every other field at its default. */
    public static Builder builder(String planId, Rep rep, LocalDate startDate, Diagnosis diagnosis) {
        return new Builder(planId, rep, startDate, diagnosis);
    }

    /** A builder holding this plan's fields, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder(planId, rep, startDate, diagnosis).manager(manager).windowDays(windowDays)
                .targets(targets).trackedMetrics(trackedMetrics).support(support)
                .checkInsPerWeek(checkInsPerWeek).approvals(approvals).observations(observations)
                .checkIns(checkIns).supportDelivered(supportDelivered).policy(policy).decisions(decisions)
                .attributes(attributes);
    }

    /** Builds a {@link PlanDocument}; not thread-safe, every {@link #build()} validates. */
    public static final class Builder {
        private String planId;
        private Rep rep;
        private LocalDate startDate;
        private Diagnosis diagnosis;
        private Optional<String> manager = Optional.empty();
        private int windowDays = DEFAULT_WINDOW_DAYS;
        private List<Target> targets = List.of();
        private List<TrackedMetric> trackedMetrics = List.of();
        private List<SupportCommitment> support = List.of();
        private double checkInsPerWeek = 1;
        private Approvals approvals = Approvals.none();
        private List<Observation> observations = List.of();
        private List<CheckIn> checkIns = List.of();
        private List<SupportDelivery> supportDelivered = List.of();
        private PolicyOverrides policy = PolicyOverrides.none();
        private List<RecordedDecision> decisions = List.of();
        private Map<String, Object> attributes = Map.of();

        private Builder(String planId, Rep rep, LocalDate startDate, Diagnosis diagnosis) {
            this.planId = planId;
            this.rep = rep;
            this.startDate = startDate;
            this.diagnosis = diagnosis;
        }

        /** Sets the plan id. */
        public Builder planId(String value) {
            this.planId = value;
            return this;
        }

        /** Sets the rep. */
        public Builder rep(Rep value) {
            this.rep = value;
            return this;
        }

        /** Sets the start date (day 1). */
        public Builder startDate(LocalDate value) {
            this.startDate = value;
            return this;
        }

        /** Sets the diagnosis. */
        public Builder diagnosis(Diagnosis value) {
            this.diagnosis = value;
            return this;
        }

        /** Sets the manager's id. */
        public Builder manager(Optional<String> value) {
            this.manager = value;
            return this;
        }

        /** Sets the window length in days. */
        public Builder windowDays(int value) {
            this.windowDays = value;
            return this;
        }

        /** Sets the targets. */
        public Builder targets(List<Target> value) {
            this.targets = value;
            return this;
        }

        /** Sets the tracked metrics. */
        public Builder trackedMetrics(List<TrackedMetric> value) {
            this.trackedMetrics = value;
            return this;
        }

        /** Sets the support commitments. */
        public Builder support(List<SupportCommitment> value) {
            this.support = value;
            return this;
        }

        /** Sets the check-ins per week. */
        public Builder checkInsPerWeek(double value) {
            this.checkInsPerWeek = value;
            return this;
        }

        /** Sets the approvals. */
        public Builder approvals(Approvals value) {
            this.approvals = value;
            return this;
        }

        /** Sets the observations. */
        public Builder observations(List<Observation> value) {
            this.observations = value;
            return this;
        }

        /** Sets the documented check-ins. */
        public Builder checkIns(List<CheckIn> value) {
            this.checkIns = value;
            return this;
        }

        /** Sets the support delivered. */
        public Builder supportDelivered(List<SupportDelivery> value) {
            this.supportDelivered = value;
            return this;
        }

        /** Sets the plan's policy overrides. */
        public Builder policy(PolicyOverrides value) {
            this.policy = value;
            return this;
        }

        /** Sets what people decided, oldest first. */
        public Builder decisions(List<RecordedDecision> value) {
            this.decisions = value;
            return this;
        }

        /** Sets the plan's attributes (names to String, Number, Boolean or LocalDate values). */
        public Builder attributes(Map<String, Object> value) {
            this.attributes = value;
            return this;
        }

        /**
         * A validated, immutable plan.
         *
         * @throws InvalidPlanException listing every problem across fields, each at the JSON path
         *                              the document reader reports for it
         */
        public PlanDocument build() {
            return new PlanDocument(planId, rep, manager, startDate, windowDays, diagnosis, targets,
                    trackedMetrics, support, checkInsPerWeek, approvals, observations, checkIns,
                    supportDelivered, policy, decisions, attributes);
        }
    }
}
