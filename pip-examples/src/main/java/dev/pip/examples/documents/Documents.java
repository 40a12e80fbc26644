package dev.pip.examples.documents;

import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.examples.documents.internal.OverviewPage;
import dev.pip.examples.documents.internal.PlanPage;
import dev.pip.examples.documents.internal.ReportPage;
import dev.pip.examples.documents.internal.Templates;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The documents people read, each one self-contained HTML page (inline CSS and SVG, no script,
 * no font or request to any server; print CSS for A4 and Letter). Stateless and thread-safe.
 *
 * <pre>{@code
 * PipEngine engine = PipEngine.withDefaultRules();
 * Evaluation evaluation = engine.evaluate(plan, LocalDate.of(2026, 11, 20));
 * String toSign = Documents.planToSign(plan, engine.evaluate(plan, plan.startDate()));
 * String report = Documents.progressReport(plan, evaluation);
 * String overview = Documents.overview(List.of(OverviewEntry.of(plan, evaluation)), evaluation.asOf());
 * }</pre>
 */
public final class Documents {
    private Documents() {
    }

    /**
     * The plan as a document both sides sign (specification, section 2): who, the gap, the targets,
     * the support committed, the check-in schedule with its dates, the decision rules in words with
     * the plan's policy, the possible outcomes and signature blocks. The plan checks of
     * {@code checks} (an evaluation of the same plan, on any date) are shown first when they block it.
     */
    public static String planToSign(PlanDocument plan, Evaluation checks) {
        samePlan(plan, checks);
        return Templates.render("plan", PlanPage.of(plan, checks));
    }

    /**
     * The progress report of {@code evaluation}: recommendation and decision with the timeline, a
     * chart per target, reasons (the deciding one first), what is still needed, findings, check-ins
     * and support, the rule set, and a banner when a person must review the decision.
     */
    public static String progressReport(PlanDocument plan, Evaluation evaluation) {
        samePlan(plan, evaluation);
        return Templates.render("report", ReportPage.of(plan, evaluation));
    }

    /**
     * The overview of many plans evaluated as of {@code asOf}, with a table of every plan so that each
     * count can be traced to the plans behind it.
     */
    public static String overview(Collection<OverviewEntry> entries, LocalDate asOf) {
        return overview(entries, asOf, List.of());
    }

    /** As {@link #overview(Collection, LocalDate)}, naming the rule sets that decided (name and fingerprint). */
    public static String overview(Collection<OverviewEntry> entries, LocalDate asOf, Collection<String> ruleSets) {
        return Templates.render("overview", OverviewPage.of(entries, asOf, ruleSets));
    }

    private static void samePlan(PlanDocument plan, Evaluation evaluation) {
        if (!plan.planId().equals(evaluation.planId())) {
            throw new IllegalArgumentException("the evaluation of " + evaluation.planId() + " was given for plan "
                    + plan.planId());
        }
    }
}
