package dev.pip.examples.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.Reason;
import dev.pip.core.Rep;
import dev.pip.examples.samples.SamplePlans;
import dev.pip.rules.PipEngine;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The documents' HTML without a browser: escaping, self-containment and what each page holds. */
class DocumentsTest {
    private static final PipEngine ENGINE = PipEngine.withDefaultRules();

    private static Evaluation evaluate(PlanDocument plan) {
        return ENGINE.evaluate(plan, SamplePlans.DEMO_AS_OF);
    }

    @Test
    void textFromAPlanIsEscapedNeverMarkup() {
        PlanDocument sample = SamplePlans.read("01-discovery-skills-gap.json");
        PlanDocument plan = sample.toBuilder()
                .rep(new Rep(sample.rep().id(), Optional.of("<script>alert(1)</script>"), sample.rep().hireDate(),
                        Optional.of("a\"><img src=x onerror=alert(2)>")))
                .build();
        for (String page : List.of(Documents.progressReport(plan, evaluate(plan)),
                Documents.planToSign(plan, evaluate(plan)),
                Documents.overview(List.of(OverviewEntry.of(plan, evaluate(plan))), SamplePlans.DEMO_AS_OF))) {
            assertFalse(page.contains("<script"), "no script element");
            assertFalse(page.contains("<img"), "no injected element");
        }
        assertTrue(Documents.progressReport(plan, evaluate(plan)).contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void pagesAskForNothingOutsideThemselves() {
        PlanDocument plan = SamplePlans.read("03-extends-then-passes.json");
        Pattern external = Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?(https?:|//)|@import|url\\(");
        for (String page : List.of(Documents.progressReport(plan, evaluate(plan)), Documents.planToSign(plan, evaluate(plan)),
                Documents.overview(List.of(OverviewEntry.of(plan, evaluate(plan))), SamplePlans.DEMO_AS_OF))) {
            assertFalse(external.matcher(page).find(), "an external reference");
            assertTrue(page.contains("Content-Security-Policy\" content=\"default-src 'none'"), "the page forbids requests");
            assertTrue(page.contains("@media print"), "print styles");
        }
    }

    @Test
    void theReportDrawsAPointPerWeekWithDataAndAGapPerWeekWithout() {
        PlanDocument plan = SamplePlans.read("06-missing-week-of-data.json");
        Evaluation evaluation = evaluate(plan);
        String page = Documents.progressReport(plan, evaluation);
        long withData = evaluation.weeks().stream().flatMap(w -> w.targets().stream())
                .filter(t -> t.value().isPresent()).count();
        long without = evaluation.weeks().stream().flatMap(w -> w.targets().stream())
                .filter(t -> t.value().isEmpty()).count();
        assertTrue(without > 0, "the story has a missing week");
        assertEquals(withData, count(page, "<circle class=\"point "));
        assertEquals(without, count(page, "<g class=\"gap\" data-week="));
        assertEquals(Decision.INSUFFICIENT_DATA, evaluation.decision());
        assertTrue(page.contains("data-decision=\"INSUFFICIENT_DATA\""));
    }

    @Test
    void aDecisionWithLegalEffectCarriesTheReviewBannerAndOthersDoNot() {
        for (PlanDocument plan : SamplePlans.all().values()) {
            Evaluation evaluation = evaluate(plan);
            assertEquals(evaluation.humanReviewRequired(),
                    Documents.progressReport(plan, evaluation).contains("id=\"review-banner\""), plan.planId());
        }
    }

    @Test
    void thePlanToSignStatesTheDatesAndThePolicyOfThisPlan() {
        PlanDocument plan = SamplePlans.read("01-discovery-skills-gap.json");
        Evaluation checks = ENGINE.evaluate(plan, plan.startDate());
        String page = Documents.planToSign(plan, checks);
        assertTrue(page.contains("id=\"ready\""), "a complete, signed plan is ready");
        assertTrue(page.contains("The gate on day " + checks.policy().gateDay()));
        assertTrue(page.contains("EXTEND by " + checks.policy().extensionDays() + " days"));
        assertTrue(page.contains(Math.round(checks.policy().improvementShare() * 100) + "%"));

        PlanDocument draft = SamplePlans.read("17-draft-not-ready.json");
        String draftPage = Documents.planToSign(draft, ENGINE.evaluate(draft, draft.startDate()));
        assertTrue(draftPage.contains("id=\"not-ready\""));
        assertTrue(draftPage.indexOf("id=\"not-ready\"") < draftPage.indexOf("id=\"h-who\""), "shown first");
    }

    @Test
    void missingSignaturesDoNotBlockTheDocumentMeantToCollectThem() {
        PlanDocument signed = SamplePlans.read("01-discovery-skills-gap.json");
        PlanDocument unsigned = signed.toBuilder().approvals(dev.pip.core.Approvals.none()).build();
        Evaluation checks = ENGINE.evaluate(unsigned, unsigned.startDate());
        assertEquals(Decision.NOT_ACTIVATABLE, checks.decision());
        String page = Documents.planToSign(unsigned, checks);
        assertTrue(page.contains("id=\"ready\""), page);
        assertTrue(page.contains("not signed yet"));
    }

    @Test
    void anEvaluationOfAnotherPlanIsRefused() {
        PlanDocument a = SamplePlans.read("01-discovery-skills-gap.json");
        PlanDocument b = SamplePlans.read("02-effort-gap.json");
        assertThrows(IllegalArgumentException.class, () -> Documents.progressReport(a, evaluate(b)));
        assertThrows(IllegalArgumentException.class, () -> OverviewEntry.of(a, evaluate(b)));
    }

    @Test
    void outcomesReadTheHistoryOfTheTimeline() {
        assertEquals(Outcome.EXTEND_THEN_PASS, Outcome.of(evaluate(SamplePlans.read("03-extends-then-passes.json"))));
        assertEquals(Outcome.REGRESSION_AFTER_PASS, Outcome.of(evaluate(SamplePlans.read("04-passes-then-regresses.json"))));
        assertEquals(Outcome.HR_REVIEW, Outcome.of(evaluate(SamplePlans.read("07-support-shortfall.json"))));
        OverviewEntry review = OverviewEntry.of(SamplePlans.read("07-support-shortfall.json"),
                evaluate(SamplePlans.read("07-support-shortfall.json")));
        assertFalse(review.hrReviewCauses().isEmpty());
        assertTrue(review.finalDecisionDay().isPresent());
    }

    @Test
    void theLatestDecisionsDecidingReasonComesFirstThenTheEarlierOnesThenTheRest() {
        Reason gate = new Reason("Gate passed", "gate", java.util.Map.of(), Reason.Standing.DECIDING);
        Reason met = new Reason("Target met", "met", java.util.Map.of());
        Reason outranked = new Reason("Skill gap", "skill", java.util.Map.of(), Reason.Standing.OUTRANKED);
        Reason pass = new Reason("Met at the end", "pass", java.util.Map.of(), Reason.Standing.DECIDING);
        assertEquals(List.of(pass, gate, outranked, met),
                dev.pip.examples.documents.internal.Parts.decidingFirst(List.of(outranked, gate, met, pass)));
    }

    @Test
    void aDecisionPeopleRecordedIsDrawnApartFromTheRulesOwn() {
        PlanDocument sample = SamplePlans.read("03-extends-then-passes.json");
        PlanDocument plan = sample.toBuilder()
                .decisions(List.of(dev.pip.core.RecordedDecision.by("mgr-2", 30, Decision.CONTINUE))).build();
        Evaluation evaluation = evaluate(plan);
        String page = Documents.progressReport(plan, evaluation);
        long recorded = evaluation.timeline().stream().filter(dev.pip.core.TimelineEntry::recorded).count();
        assertEquals(recorded * plan.targets().size(), count(page, "<g class=\"decision recorded\">"), page);
        assertEquals((evaluation.timeline().size() - recorded) * plan.targets().size(),
                count(page, "<g class=\"decision rules\">"));
    }

    private static long count(String text, String needle) {
        return Pattern.compile(Pattern.quote(needle)).matcher(text).results().count();
    }
}
