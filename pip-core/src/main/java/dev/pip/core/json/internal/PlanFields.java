package dev.pip.core.json.internal;

import dev.pip.core.PolicyParameter;
import java.util.List;

/** The field names of the plan document, exactly as the specification, section 10, spells them, in writing order. */
final class PlanFields {
    static final List<String> ROOT = List.of("planId", "rep", "manager", "startDate", "windowDays", "diagnosis",
            "targets", "trackedMetrics", "support", "checkInsPerWeek", "approvals", "observations", "checkIns",
            "supportDelivered", "policy", "decisions", "attributes");
    static final List<String> REP = List.of("id", "name", "hireDate", "team");
    static final List<String> DIAGNOSIS = List.of("rootCause", "gap", "monthsUnderperforming", "coachingTried",
            "suddenDrop", "priorPipRegressed", "teamShareBelowStandard", "resourcesProvided",
            "expectationsConversation");
    static final List<String> TARGET = List.of("id", "name", "kind", "unit", "baseline", "goal", "direction",
            "source", "judged", "goalAfterGate", "goalInExtension");
    static final List<String> TRACKED_METRIC = List.of("id", "name", "direction", "baseline");
    static final List<String> SUPPORT = List.of("kind", "perWeek");
    static final List<String> APPROVALS = List.of("hrReviewed", "repSigned", "managerSigned");
    static final List<String> OBSERVATION = List.of("metric", "week", "date", "value");
    static final List<String> CHECK_IN = List.of("week", "held", "note");
    static final List<String> DELIVERY = List.of("kind", "week", "count");
    static final List<String> DECISION = List.of("day", "decision", "by", "note");
    static final List<String> POLICY = PolicyParameter.all().stream().map(PolicyParameter::jsonName).toList();

    private PlanFields() {
    }
}
