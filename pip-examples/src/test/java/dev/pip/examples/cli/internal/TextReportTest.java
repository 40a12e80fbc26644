package dev.pip.examples.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.Finding;
import dev.pip.core.PlanDocument;
import dev.pip.core.Reason;
import dev.pip.core.Severity;
import dev.pip.core.TimelineEntry;
import dev.pip.examples.samples.SamplePlans;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextReportTest {
    private static String report(String sample, LocalDate asOf) {
        PlanDocument plan = SamplePlans.read(sample);
        return TextReport.render(plan, Engines.bundled().evaluate(plan, asOf));
    }

    private static String line(String report, String label) {
        return report.lines().filter(l -> l.strip().startsWith(label)).findFirst().orElse("(no " + label + " line)");
    }

    @Test
    void theDecidingReasonComesFirstAndAnOutrankedOneSaysSo() {
        PlanDocument plan = SamplePlans.read("10-new-hire-in-ramp.json");
        Evaluation e = Engines.bundled().evaluate(plan, SamplePlans.DEMO_AS_OF);
        List<Reason> reasons = new ArrayList<>(e.reasons().stream()
                .map(r -> r.withStanding(Reason.Standing.SUPPORTING)).toList());
        Reason last = reasons.remove(reasons.size() - 1);
        reasons.add(0, reasons.remove(0).withStanding(Reason.Standing.OUTRANKED));
        reasons.add(last.withStanding(Reason.Standing.DECIDING));
        Evaluation marked = new Evaluation(e.planId(), e.asOf(), e.recommendation(), e.decision(), e.timeline(), reasons,
                e.findings(), e.weeks(), e.needs(), e.policy(), e.ruleSet(), e.humanReviewRequired());
        List<String> lines = TextReport.render(plan, marked).lines().dropWhile(l -> !l.strip().equals("Reasons:"))
                .skip(1).toList();
        assertEquals("- " + last.rule() + " (deciding): " + last.message(), lines.get(0).strip());
        assertTrue(lines.get(1).contains("(applied, but outranked: did not decide)"), lines::toString);
    }

    @Test
    void aPlanThatCannotBecomeActiveSaysSoInsteadOfAGateDate() {
        String r = report("17-draft-not-ready.json", SamplePlans.DEMO_AS_OF);
        assertEquals("Timeline:       none: the plan cannot become active (see the ERROR findings)",
                line(r, "Timeline:").strip());
        assertTrue(r.contains("- ERROR TOO_FEW_BEHAVIOURAL_TARGETS: "), r);
    }

    @Test
    void aPlanNotStartedYetNamesItsStartAndGateDates() {
        String r = report("09-first-weeks.json", LocalDate.of(2026, 10, 30));
        assertEquals("Timeline:       none yet: the plan starts on 2026-11-02; the gate is due on day 30 (2026-12-01)",
                line(r, "Timeline:").strip());
        assertTrue(r.contains("Decision:       PENDING\n") || r.contains("Decision:       PENDING\r\n"), r);
    }

    @Test
    void theWeeklyTableHasAColumnPerTargetAndMarksMissesAndMissingData() {
        String r = report("06-missing-week-of-data.json", SamplePlans.DEMO_AS_OF);
        List<String> table = r.lines().dropWhile(l -> !l.strip().startsWith("week ")).limit(5).toList();
        assertTrue(table.get(0).contains("Qualified discovery calls") && table.get(0).contains("Mutual action plans sent")
                && table.get(0).contains("New pipeline"), r);
        assertTrue(table.get(3).contains("8/>=15 *") && table.get(3).contains("?/>=8"), r);
        assertTrue(table.get(1).contains("held") && table.get(1).contains("2/2"), r);
        assertTrue(table.get(1).contains("35/>=60 *"), r);
    }

    @Test
    void recordedDecisionsAreMarkedAndTheDifferencesListedApartFromOtherFindings() {
        PlanDocument plan = SamplePlans.read("01-discovery-skills-gap.json");
        Evaluation rules = Engines.bundled().evaluate(plan, SamplePlans.DEMO_AS_OF);
        LocalDate day60 = plan.startDate().plusDays(59);
        List<TimelineEntry> timeline = List.of(
                new TimelineEntry(Decision.CONTINUE, 30, plan.startDate().plusDays(29), true, Optional.empty()),
                new TimelineEntry(Decision.EXTEND, 60, day60, true, Optional.of("hr-4")),
                new TimelineEntry(Decision.PASS, 74, plan.startDate().plusDays(73)));
        List<Finding> findings = List.of(new Finding(Severity.WARNING, "RECORD_DIFFERS_FROM_RULES",
                "EXTEND recorded on day 60; the rules decide EXIT on day 60", Map.of("recordedDay", 60)),
                new Finding(Severity.WARNING, "SLOW_WINDOW", "Ninety days is slow firing."),
                new Finding(Severity.WARNING, "RECORD_DIFFERS_FROM_RULES",
                        "CONTINUE recorded on day 30; the rules decide EXIT on day 30", Map.of("recordedDay", 30)));
        Evaluation recorded = new Evaluation(rules.planId(), rules.asOf(), rules.recommendation(), Decision.PASS,
                timeline, rules.reasons(), findings, rules.weeks(), rules.needs(), rules.policy(), rules.ruleSet(),
                false);

        String r = TextReport.render(plan, recorded);

        assertEquals("Timeline:       CONTINUE on day 30 (" + plan.startDate().plusDays(29) + "), recorded, then EXTEND"
                + " on day 60 (" + day60 + "), recorded by hr-4, then PASS on day 74 (" + plan.startDate().plusDays(73)
                + ")", line(r, "Timeline:").strip());
        List<String> lines = r.lines().map(String::strip).toList();
        int differences = lines.indexOf("Recorded decisions the rules decide differently (the records stand):");
        assertTrue(differences > 0, r);
        assertEquals("- CONTINUE recorded on day 30; the rules decide EXIT on day 30", lines.get(differences + 1),
                "oldest record first");
        assertEquals("- EXTEND recorded on day 60; the rules decide EXIT on day 60", lines.get(differences + 2));
        assertEquals("Findings:", lines.get(differences + 3));
        assertEquals("- WARNING SLOW_WINDOW: Ninety days is slow firing.", lines.get(differences + 4));
        assertFalse(r.contains("WARNING RECORD_DIFFERS_FROM_RULES"), r);
    }

    @Test
    void numbersDropTrailingZerosAndKeepTwoDecimals() {
        assertEquals("12", Numbers.format(12.0));
        assertEquals("12.5", Numbers.format(12.5));
        assertEquals("0.33", Numbers.format(1.0 / 3));
    }
}
