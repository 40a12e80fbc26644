package dev.pip.examples.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.CheckpointStatus;
import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.Reason;
import dev.pip.core.Target;
import dev.pip.core.TargetWeek;
import dev.pip.core.TimelineEntry;
import dev.pip.core.WeekStatus;
import dev.pip.examples.samples.SamplePlans;
import dev.pip.rules.PipEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The documents as a browser shows them: every sample story's report, plan to sign and the
 * overview are loaded in one shared headless Chromium session, with no console error and no
 * request allowed, and checked in the rendered page. Screenshots land in
 * {@code target/screenshots/}.
 */
class DocumentsInBrowserTest {
    private static final Path PAGES = Path.of("target", "documents");
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final PipEngine ENGINE = PipEngine.withDefaultRules();

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everySampleReportShowsItsDecisionTimelineAndAChartPerTargetWithAPointPerWeekOfData() throws IOException {
        for (Map.Entry<String, PlanDocument> sample : SamplePlans.all().entrySet()) {
            String story = sample.getKey().replaceFirst("\\.json$", "");
            PlanDocument plan = sample.getValue();
            Evaluation evaluation = ENGINE.evaluate(plan, SamplePlans.DEMO_AS_OF);
            Path page = write(story + ".html", Documents.progressReport(plan, evaluation));
            browser.open(page);
            assertEquals(evaluation.decision().name(), browser.text("return document.getElementById('decision').dataset.decision;"),
                    story);
            assertEquals(evaluation.timeline().stream().map(t -> t.decision().name() + "@" + t.day()).toList(),
                    browser.script("return [...document.querySelectorAll('#timeline li')]"
                            + ".map(li => li.dataset.decision + '@' + li.dataset.day);"), story + " timeline");
            assertEquals(evaluation.humanReviewRequired() ? 1 : 0, browser.number(
                    "return document.querySelectorAll('#review-banner').length;"), story + " review banner");
            assertEquals(plan.targets().size(), browser.number("return document.querySelectorAll('[data-target-chart]').length;"),
                    story + " charts");
            int index = 1;
            for (Target target : plan.targets()) {
                checkChart(story, evaluation, target, "chart-" + index++);
            }
            browser.screenshot(SHOTS.resolve(story + ".png"));
        }
    }

    private static void checkChart(String story, Evaluation evaluation, Target target, String id) {
        List<Long> withData = new ArrayList<>();
        List<Long> without = new ArrayList<>();
        for (WeekStatus w : evaluation.weeks()) {
            for (TargetWeek tw : w.targets()) {
                if (tw.target().equals(target.id())) {
                    (tw.status() == CheckpointStatus.NO_DATA ? without : withData).add((long) w.week());
                }
            }
        }
        String where = story + " " + target.id();
        assertEquals(withData, browser.script("return [...document.querySelectorAll('#' + arguments[0] + ' circle.point')]"
                + ".map(c => Number(c.dataset.week));", id), where + ": a point per week with data");
        assertEquals(without, browser.script("return [...document.querySelectorAll('#' + arguments[0] + ' g.gap')]"
                + ".map(g => Number(g.dataset.week));", id), where + ": a gap per week without data");
        assertEquals(0, browser.number("return [...document.querySelectorAll('#' + arguments[0] + ' circle.point')]"
                + ".filter(c => { const r = c.getBoundingClientRect(); return r.width === 0 || r.height === 0; }).length;", id),
                where + ": every point is drawn");
        long segments = browser.number("return document.querySelectorAll('#' + arguments[0] + ' polyline.values').length;", id);
        assertEquals(runs(withData), segments, where + ": the line breaks at every gap");
        assertEquals(evaluation.timeline().size(), browser.number(
                "return document.querySelectorAll('#' + arguments[0] + ' g.decision').length;", id), where + ": decisions");
        assertTrue(browser.text("return document.getElementById(arguments[0] + '-desc').textContent;", id)
                .contains(withData.size() + " with data"), where + ": the chart's text alternative counts the weeks");
    }

    private static long runs(List<Long> weeks) {
        long runs = 0;
        for (int i = 0; i < weeks.size(); i++) {
            if (i == 0 || weeks.get(i) != weeks.get(i - 1) + 1) {
                runs++;
            }
        }
        return runs;
    }

    @Test
    void recordedDecisionsAreMarkedApartFromTheRulesOwnAndTheDecidingReasonComesFirst() throws IOException {
        PlanDocument plan = SamplePlans.read("03-extends-then-passes.json");
        Evaluation rules = ENGINE.evaluate(plan, SamplePlans.DEMO_AS_OF);
        TimelineEntry first = rules.timeline().get(0);
        List<TimelineEntry> timeline = new ArrayList<>(rules.timeline());
        timeline.set(0, new TimelineEntry(first.decision(), first.day(), first.date(), true, Optional.of("mgr-2")));
        List<Reason> reasons = new ArrayList<>(rules.reasons().stream()
                .map(r -> r.withStanding(Reason.Standing.SUPPORTING)).toList());
        Reason deciding = reasons.get(reasons.size() - 1).withStanding(Reason.Standing.DECIDING);
        reasons.set(reasons.size() - 1, deciding);
        reasons.set(0, reasons.get(0).withStanding(Reason.Standing.OUTRANKED));
        Evaluation recorded = new Evaluation(rules.planId(), rules.asOf(), rules.recommendation(), rules.decision(),
                timeline, reasons, rules.findings(), rules.weeks(), rules.needs(), rules.policy(), rules.ruleSet(), false);
        browser.open(write("recorded.html", Documents.progressReport(plan, recorded)));

        long charts = plan.targets().size();
        assertEquals(charts, browser.number("return document.querySelectorAll('g.decision.recorded').length;"));
        assertEquals(charts * (timeline.size() - 1), browser.number("return document.querySelectorAll('g.decision.rules').length;"));
        assertEquals(charts, browser.number("return document.querySelectorAll('g.decision.recorded polygon').length;"),
                "a recorded decision is a diamond");
        assertEquals("true", browser.text("return document.querySelector('#timeline li').dataset.recorded;"));
        assertTrue(browser.text("return document.querySelector('#timeline li').textContent;").contains("recorded by mgr-2"));
        assertTrue(browser.text("return getComputedStyle(document.querySelector('g.decision.recorded line')).strokeDasharray;")
                .matches(".*\\d.*"), "a recorded decision's line is dashed");
        assertEquals("none", browser.text("return getComputedStyle(document.querySelector('g.decision.rules line')).strokeDasharray;"),
                "the rules' own decision's line is solid");

        assertEquals(deciding.rule(), browser.text("return document.querySelector('#reasons li strong').textContent;"),
                "the deciding reason comes first");
        assertTrue(browser.text("return document.querySelector('#reasons li').textContent;").contains("Deciding reason"));
        assertTrue(browser.text("return document.querySelector('#reasons li.outranked').textContent;").contains("outranked"),
                "an outranked reason says so");
        assertEquals(0, browser.number("return document.querySelectorAll('#review-banner').length;"),
                "a decision people recorded needs no review banner");
    }

    @Test
    void thePlanToSignShowsItsDatesAndBlocksSigningWhenTheChecksFail() throws IOException {
        Map<String, Boolean> ready = new LinkedHashMap<>();
        for (Map.Entry<String, PlanDocument> sample : SamplePlans.all().entrySet()) {
            PlanDocument plan = sample.getValue();
            Evaluation checks = ENGINE.evaluate(plan, plan.startDate());
            String story = sample.getKey().replaceFirst("\\.json$", "");
            browser.open(write(story + "-plan.html", Documents.planToSign(plan, checks)));
            boolean notReady = browser.number("return document.querySelectorAll('#not-ready').length;") == 1;
            ready.put(story, !notReady);
            assertEquals(plan.targets().size(), browser.number("return document.querySelectorAll('#targets tbody tr').length;"));
            assertEquals(3, browser.number("return document.querySelectorAll('#signatures > div').length;"));
            assertTrue(browser.text("return document.getElementById('key-dates').textContent;")
                    .contains("day " + plan.windowDays()), story);
            if (story.startsWith("01-") || story.startsWith("17-")) {
                browser.screenshot(SHOTS.resolve(story + "-plan.png"));
            }
        }
        assertEquals(Boolean.TRUE, ready.get("01-discovery-skills-gap"));
        assertEquals(Boolean.FALSE, ready.get("17-draft-not-ready"));
        assertTrue(browser.text("return document.body.textContent;").length() > 0);
    }

    @Test
    void everyCountOfTheOverviewIsTheNumberOfItsPlansInThePlanTable() throws IOException {
        List<OverviewEntry> entries = new ArrayList<>();
        SamplePlans.all().values().forEach(p -> entries.add(OverviewEntry.of(p, ENGINE.evaluate(p, SamplePlans.DEMO_AS_OF))));
        browser.open(write("overview.html", Documents.overview(entries, SamplePlans.DEMO_AS_OF)));

        assertEquals(entries.size(), browser.number("return document.querySelectorAll('#plans tbody tr').length;"));
        String mismatches = browser.text("""
                const rows = [...document.querySelectorAll('#plans tbody tr')];
                const bad = [];
                let checked = 0;
                for (const cell of document.querySelectorAll('[data-count]')) {
                  const n = rows.filter(r => r.dataset[cell.dataset.column] === cell.dataset.value).length;
                  checked++;
                  if (n !== Number(cell.textContent)) bad.push(cell.dataset.column + '=' + cell.dataset.value);
                }
                for (const table of document.querySelectorAll('table.cross')) {
                  for (const cell of table.querySelectorAll('[data-cross]')) {
                    const n = rows.filter(r => r.dataset[table.dataset.column] === cell.dataset.group
                        && r.dataset.outcome === cell.dataset.outcome).length;
                    checked++;
                    if (n !== Number(cell.textContent)) bad.push(cell.dataset.group + '/' + cell.dataset.outcome);
                  }
                }
                return checked > 20 ? bad.join(', ') : 'only ' + checked + ' counts checked';
                """);
        assertEquals("", mismatches, "counts that do not match the plan table");
        assertEquals(4, browser.number("return document.querySelectorAll('svg[role=img] > desc').length;"),
                "each overview chart has a text alternative");
        browser.screenshot(SHOTS.resolve("overview.png"));
    }

    @Test
    void aPageThatMakesARequestOrLogsAnErrorFailsTheCheck() throws IOException {
        Path image = write("pixel.svg", "<svg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/>");
        Path loads = write("loads.html", "<!DOCTYPE html><html lang=en><title>t</title><img alt=x src='"
                + image.toUri() + "'></html>");
        assertThrows(AssertionFailedError.class, () -> browser.open(loads), "a request is caught");
        String page = Documents.overview(List.of(), SamplePlans.DEMO_AS_OF);
        Path blocked = write("blocked.html", page.replace("</main>", "<img alt=x src='" + image.toUri() + "'></main>"));
        assertThrows(AssertionFailedError.class, () -> browser.open(blocked),
                "the pages' own policy blocks the request and the console reports it");
    }

    private static Path write(String name, String html) throws IOException {
        Files.createDirectories(PAGES);
        Path file = PAGES.resolve(name).toAbsolutePath();
        Files.writeString(file, html, StandardCharsets.UTF_8);
        return file;
    }
}
