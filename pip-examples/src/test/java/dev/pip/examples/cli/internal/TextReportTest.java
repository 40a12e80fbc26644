package dev.pip.examples.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.Reason;
import dev.pip.examples.samples.SamplePlans;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    void numbersDropTrailingZerosAndKeepTwoDecimals() {
        assertEquals("12", Numbers.format(12.0));
        assertEquals("12.5", Numbers.format(12.5));
        assertEquals("0.33", Numbers.format(1.0 / 3));
    }
}
