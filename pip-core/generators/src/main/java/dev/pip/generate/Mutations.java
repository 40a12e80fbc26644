package dev.pip.generate;

import dev.pip.core.Approvals;
import dev.pip.core.Diagnosis;
import dev.pip.core.Direction;
import dev.pip.core.PlanDocument;
import dev.pip.core.Rep;
import dev.pip.core.RootCause;
import dev.pip.core.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Turns a good plan into one whose diagnosis is not a PIP, or one a plan check blocks. */
final class Mutations {
    private Mutations() {
    }

    static PlanDocument notAPip(RandomGenerator r, PlanDocument plan) {
        Diagnosis d = plan.diagnosis();
        PlanDocument.Builder b = plan.toBuilder();
        switch (r.nextInt(8)) {
            case 0 -> b.rep(new Rep(plan.rep().id(), Optional.empty(),
                    Optional.of(plan.startDate().minusDays(30 + r.nextInt(120))), plan.rep().team()));
            case 1 -> b.diagnosis(diagnosis(d, d.rootCause(), d.monthsUnderperforming(), d.coachingTried(), false,
                    false, 0.5 + r.nextInt(4) / 10.0));
            case 2 -> b.diagnosis(diagnosis(d, RootCause.ENVIRONMENT, d.monthsUnderperforming(), true, false, false,
                    d.teamShareBelowStandard()));
            case 3 -> b.diagnosis(diagnosis(d, RootCause.WIRING, d.monthsUnderperforming(), true, false, false,
                    d.teamShareBelowStandard()));
            case 4 -> b.diagnosis(diagnosis(d, d.rootCause(), d.monthsUnderperforming(), true, false, true,
                    d.teamShareBelowStandard()));
            case 5 -> b.diagnosis(diagnosis(d, d.rootCause(), d.monthsUnderperforming(), true, true, false,
                    d.teamShareBelowStandard()));
            case 6 -> b.diagnosis(diagnosis(d, d.rootCause(), d.monthsUnderperforming(), false, false, false,
                    d.teamShareBelowStandard()));
            default -> b.diagnosis(diagnosis(d, d.rootCause(), 1, true, false, false, d.teamShareBelowStandard()));
        }
        return b.build();
    }

    private static Diagnosis diagnosis(Diagnosis d, RootCause cause, double months, boolean coached,
            boolean suddenDrop, boolean regressed, double teamShare) {
        return new Diagnosis(cause, d.gap(), months, coached, suddenDrop, regressed, teamShare,
                d.resourcesProvided(), d.expectationsConversation());
    }

    static PlanDocument notActivatable(RandomGenerator r, PlanDocument plan) {
        PlanDocument.Builder b = plan.toBuilder();
        Diagnosis d = plan.diagnosis();
        switch (r.nextInt(8)) {
            case 0 -> b.approvals(new Approvals(false, true, true));
            case 1 -> b.approvals(new Approvals(true, r.nextBoolean(), false));
            case 2 -> {
                List<Target> kept = plan.targets().stream().filter(t -> !t.isBehavioural()
                        || t.id().equals("t1") || t.id().equals("t2")).toList();
                b.targets(kept).observations(plan.observations().stream()
                        .filter(o -> kept.stream().anyMatch(t -> t.id().equals(o.metric()))
                                || plan.trackedMetrics().stream().anyMatch(m -> m.id().equals(o.metric())))
                        .toList());
            }
            case 3 -> b.support(List.of()).supportDelivered(List.of());
            case 4 -> b.diagnosis(new Diagnosis(RootCause.SKILL, d.gap(), d.monthsUnderperforming(), true, false,
                    false, d.teamShareBelowStandard(), List.of(), d.expectationsConversation()));
            case 5 -> b.diagnosis(new Diagnosis(RootCause.EFFORT, d.gap(), d.monthsUnderperforming(), true, false,
                    false, d.teamShareBelowStandard(), d.resourcesProvided(), false));
            case 6 -> b.windowDays(91 + r.nextInt(30));
            default -> {
                List<Target> targets = new ArrayList<>(plan.targets());
                Target t = targets.get(0);
                targets.set(0, new Target(t.id(), t.name(), t.kind(), t.unit(), t.baseline(), t.goal(),
                        t.direction() == Direction.AT_LEAST ? Direction.AT_LEAST : Direction.AT_MOST, Optional.empty(),
                        t.judged(), t.goalAfterGate(), t.goalInExtension()));
                b.targets(targets);
            }
        }
        return b.build();
    }
}
