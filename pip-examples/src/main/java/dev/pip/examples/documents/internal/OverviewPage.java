package dev.pip.examples.documents.internal;

import dev.pip.core.Decision;
import dev.pip.core.Recommendation;
import dev.pip.examples.documents.Outcome;
import dev.pip.examples.documents.OverviewEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The overview of many plans: counts by recommendation, decision and outcome, outcomes by root
 * cause, team and manager, extension-to-pass conversion, HR reviews and their causes, plans with
 * insufficient data and the days to the final decision. Every count can be traced to the plans
 * behind it: the page ends with a table of every plan, and each count names the columns to filter.
 *
 * @param asOf            the date evaluated, in words
 * @param plans           how many plans
 * @param ruleSets        the rule sets that decided
 * @param recommendations counts by recommendation
 * @param decisions       counts by decision
 * @param outcomes        counts by outcome
 * @param charts          the charts of those counts
 * @param crosses         outcomes by root cause, team and manager
 * @param conversion      extension-to-pass conversion in words
 * @param extendedPassed  the extended plans that passed
 * @param extendedNot     the extended plans decided otherwise
 * @param hrReviews       HR reviews by cause
 * @param insufficient    the plans with insufficient data
 * @param days            days from the start to the final decision, in words
 * @param daysChart       their spread by plan week
 * @param daysRows        the same as a table
 * @param rows            every plan
 */
public record OverviewPage(String asOf, int plans, String ruleSets, List<Count> recommendations, List<Count> decisions,
        List<Count> outcomes, List<BarChart> charts, List<Cross> crosses, String conversion, String extendedPassed,
        String extendedNot, List<Cause> hrReviews, String insufficient, List<Parts.Field> days, BarChart daysChart,
        List<Count> daysRows, List<PlanRow> rows) {

    /** A count with the filter that finds its plans in the plan table. */
    public record Count(String label, String count, String column, String value) {
    }

    /** A table of outcome counts by one dimension. */
    public record Cross(String title, String dimension, String column, List<String> header, List<CrossRow> rows) {
    }

    /** One group's outcome counts. */
    public record CrossRow(String group, List<Cell> cells, String total) {
    }

    /** One cell of a cross table. */
    public record Cell(String count, String outcome) {
    }

    /** HR reviews with one cause. */
    public record Cause(String cause, String count, String planIds) {
    }

    /** A plan of the plan table. */
    public record PlanRow(String planId, String team, String manager, String rootCause, String recommendation,
            String decision, String outcome, String outcomeCode, String extended, String finalDay, String hrCauses) {
    }

    /** The overview of {@code entries} evaluated as of {@code asOf}. */
    public static OverviewPage of(Collection<OverviewEntry> entries, LocalDate asOf, Collection<String> ruleSets) {
        List<OverviewEntry> all = List.copyOf(entries);
        List<Count> recommendations = counts(all, e -> Text.words(e.recommendation()),
                Arrays.stream(Recommendation.values()).map(Text::words).toList(), "recommendation");
        List<Count> decisions = counts(all, e -> Text.decision(e.decision()),
                Arrays.stream(Decision.values()).map(Text::decision).toList(), "decision");
        List<Count> outcomes = counts(all, e -> e.outcome().label(),
                Arrays.stream(Outcome.values()).map(Outcome::label).toList(), "outcome");
        List<BarChart> charts = List.of(
                BarChart.of("chart-outcomes", "Plans by outcome", fields(outcomes)),
                BarChart.of("chart-recommendations", "Plans by recommendation", fields(recommendations)),
                BarChart.of("chart-decisions", "Plans by latest decision", fields(decisions)));
        List<Cross> crosses = List.of(
                cross("Outcomes by root cause", "root cause", "rootCause", all, e -> Text.words(e.rootCause())),
                cross("Outcomes by team", "team", "team", all, e -> e.team().orElse("(no team)")),
                cross("Outcomes by manager", "manager", "manager", all, e -> e.manager().orElse("(no manager)")));

        List<OverviewEntry> decidedExtensions = all.stream().filter(OverviewEntry::extended)
                .filter(e -> e.passed() || e.outcome() == Outcome.EXIT || e.outcome() == Outcome.HR_REVIEW).toList();
        long converted = decidedExtensions.stream().filter(OverviewEntry::passed).count();
        String conversion = decidedExtensions.isEmpty() ? "No extension has been decided yet."
                : converted + " of " + decidedExtensions.size() + " extended plans passed ("
                        + Text.percent((double) converted / decidedExtensions.size()) + ").";

        Map<String, List<String>> causes = new TreeMap<>();
        all.stream().filter(e -> e.outcome() == Outcome.HR_REVIEW).forEach(e -> e.hrReviewCauses()
                .forEach(c -> causes.computeIfAbsent(c, k -> new ArrayList<>()).add(e.planId())));
        List<Cause> hrReviews = causes.entrySet().stream().map(c -> new Cause(c.getKey(),
                String.valueOf(c.getValue().size()), String.join(", ", c.getValue()))).toList();

        List<Integer> days = all.stream().filter(e -> e.finalDecisionDay().isPresent())
                .map(e -> e.finalDecisionDay().getAsInt()).sorted().toList();
        Map<Integer, Long> byWeek = new TreeMap<>(days.stream().collect(
                Collectors.groupingBy(d -> (d + 6) / 7, Collectors.counting())));
        List<Count> daysRows = byWeek.entrySet().stream().map(w -> new Count("Week " + w.getKey() + " (days "
                + (7 * w.getKey() - 6) + "-" + (7 * w.getKey()) + ")", String.valueOf(w.getValue()), "finalDay",
                "")).toList();

        List<PlanRow> rows = all.stream().map(OverviewPage::row).toList();
        return new OverviewPage(Text.date(asOf), all.size(), String.join(", ", ruleSets), recommendations, decisions,
                outcomes, charts, crosses, conversion, ids(decidedExtensions.stream().filter(OverviewEntry::passed)),
                ids(decidedExtensions.stream().filter(e -> !e.passed())), hrReviews,
                ids(all.stream().filter(e -> e.outcome() == Outcome.INSUFFICIENT_DATA)), dayStats(days),
                BarChart.of("chart-days", "Plans by the plan week of their final decision", fields(daysRows)), daysRows,
                rows);
    }

    private static String ids(java.util.stream.Stream<OverviewEntry> entries) {
        return entries.map(OverviewEntry::planId).collect(Collectors.joining(", "));
    }

    private static List<Parts.Field> fields(List<Count> counts) {
        return counts.stream().map(c -> new Parts.Field(c.label(), c.count())).toList();
    }

    private static List<Count> counts(List<OverviewEntry> all, Function<OverviewEntry, String> key, List<String> order,
            String column) {
        Map<String, Long> counted = all.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
        return order.stream().map(k -> new Count(k, String.valueOf(counted.getOrDefault(k, 0L)), column, k)).toList();
    }

    private static Cross cross(String title, String dimension, String column, List<OverviewEntry> all,
            Function<OverviewEntry, String> group) {
        Map<String, Map<Outcome, Long>> table = new TreeMap<>();
        for (OverviewEntry e : all) {
            table.computeIfAbsent(group.apply(e), k -> new EnumMap<>(Outcome.class)).merge(e.outcome(), 1L, Long::sum);
        }
        List<CrossRow> rows = table.entrySet().stream().map(r -> new CrossRow(r.getKey(),
                Arrays.stream(Outcome.values()).map(o -> new Cell(String.valueOf(r.getValue().getOrDefault(o, 0L)),
                        o.label())).toList(),
                String.valueOf(r.getValue().values().stream().mapToLong(Long::longValue).sum()))).toList();
        return new Cross(title, dimension, column, Arrays.stream(Outcome.values()).map(Outcome::label).toList(), rows);
    }

    private static List<Parts.Field> dayStats(List<Integer> days) {
        if (days.isEmpty()) {
            return List.of(new Parts.Field("Plans with a final decision", "0"));
        }
        double mean = days.stream().mapToInt(Integer::intValue).average().orElseThrow();
        int n = days.size();
        double median = n % 2 == 1 ? days.get(n / 2) : (days.get(n / 2 - 1) + days.get(n / 2)) / 2.0;
        return List.of(new Parts.Field("Plans with a final decision", String.valueOf(n)),
                new Parts.Field("Earliest", "day " + days.get(0)),
                new Parts.Field("Median", "day " + Text.number(median)),
                new Parts.Field("Mean", "day " + Text.number(mean)),
                new Parts.Field("Latest", "day " + days.get(n - 1)));
    }

    private static PlanRow row(OverviewEntry e) {
        return new PlanRow(e.planId(), e.team().orElse("(no team)"), e.manager().orElse("(no manager)"),
                Text.words(e.rootCause()), Text.words(e.recommendation()), Text.decision(e.decision()),
                e.outcome().label(), e.outcome().name(), e.extended() ? "yes" : "no",
                e.finalDecisionDay().isPresent() ? String.valueOf(e.finalDecisionDay().getAsInt()) : "",
                String.join(", ", e.hrReviewCauses()));
    }
}
