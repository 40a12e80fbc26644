package dev.pip.examples.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.Recommendation;
import dev.pip.rules.PipEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SamplePlansTest {
    private static final Path SOURCE_FOLDER = Path.of("src/main/resources", SamplePlans.RESOURCE_FOLDER);
    private static Map<String, Evaluation> evaluations;

    @BeforeAll
    static void evaluateEverySampleAsOfTheDemoDate() {
        PipEngine engine = PipEngine.withDefaultRules();
        evaluations = new LinkedHashMap<>();
        SamplePlans.all().forEach((name, plan) -> evaluations.put(name, engine.evaluate(plan, SamplePlans.DEMO_AS_OF)));
    }

    @Test
    void theIndexListsEverySampleFileOfTheSourceFolder() throws IOException {
        try (Stream<Path> files = Files.list(SOURCE_FOLDER)) {
            Set<String> onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .collect(Collectors.toSet());
            assertEquals(onDisk, Set.copyOf(SamplePlans.names()));
        }
    }

    @Test
    void theSamplesReachEveryDecisionAsOfTheDemoDate() {
        Set<Decision> reached = evaluations.values().stream().map(Evaluation::decision)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Decision.class)));
        assertEquals(EnumSet.allOf(Decision.class), reached, this::table);
    }

    @Test
    void theSamplesCoverEveryRecommendation() {
        Set<Recommendation> reached = evaluations.values().stream().map(Evaluation::recommendation)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Recommendation.class)));
        assertEquals(EnumSet.allOf(Recommendation.class), reached, this::table);
    }

    @Test
    void everySampleIsAValidDocumentWithAUniquePlanId() {
        Map<String, PlanDocument> all = SamplePlans.all();
        assertEquals(all.size(), all.values().stream().map(PlanDocument::planId).distinct().count());
    }

    @Test
    void eachStoryReachesTheDecisionItTells() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("01-discovery-skills-gap.json", "PIP CONTINUE");
        expected.put("02-effort-gap.json", "PIP EXIT");
        expected.put("03-extends-then-passes.json", "PIP PASS");
        expected.put("04-passes-then-regresses.json", "PIP REGRESSION");
        expected.put("05-pass-that-sticks.json", "PIP CLOSED");
        expected.put("06-missing-week-of-data.json", "PIP INSUFFICIENT_DATA");
        expected.put("07-support-shortfall.json", "PIP HR_REVIEW");
        expected.put("08-extension-under-way.json", "PIP EXTEND");
        expected.put("09-first-weeks.json", "PIP PENDING");
        expected.put("10-new-hire-in-ramp.json", "ONBOARDING_SUPPORT NOT_ACTIVATABLE");
        expected.put("11-team-wide-slump.json", "FIX_THE_SYSTEM NOT_ACTIVATABLE");
        expected.put("12-territory-lost.json", "FIX_ENVIRONMENT NOT_ACTIVATABLE");
        expected.put("13-wrong-seat.json", "ROLE_CHANGE NOT_ACTIVATABLE");
        expected.put("14-second-pip-requested.json", "RE_DIAGNOSE NOT_ACTIVATABLE");
        expected.put("15-sudden-drop.json", "DIRECT_CONVERSATION NOT_ACTIVATABLE");
        expected.put("16-coach-first.json", "COACH_FIRST NOT_ACTIVATABLE");
        expected.put("17-draft-not-ready.json", "PIP NOT_ACTIVATABLE");
        expected.put("18-hr-reviews-exit-into-extension.json", "PIP PASS");
        expected.put("19-gate-held-late.json", "PIP PASS");
        Map<String, String> actual = new LinkedHashMap<>();
        evaluations.forEach((name, e) -> actual.put(name, e.recommendation() + " " + e.decision()));
        assertEquals(expected, actual);
    }

    @Test
    void theStoriesThatPassThroughSeveralDecisionsShowThemInTheirTimeline() {
        assertEquals("CONTINUE EXTEND PASS", timeline("03-extends-then-passes.json"));
        assertEquals("CONTINUE PASS REGRESSION", timeline("04-passes-then-regresses.json"));
        assertEquals("CONTINUE PASS CLOSED", timeline("05-pass-that-sticks.json"));
        assertEquals("CONTINUE EXTEND", timeline("08-extension-under-way.json"));
    }

    private String timeline(String name) {
        return evaluations.get(name).timeline().stream().map(t -> t.decision().name()).collect(Collectors.joining(" "));
    }

    private String table() {
        return evaluations.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().recommendation() + " " + e.getValue().decision())
                .collect(Collectors.joining("\n"));
    }
}
