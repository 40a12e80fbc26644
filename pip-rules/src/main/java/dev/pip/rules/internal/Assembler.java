package dev.pip.rules.internal;

import dev.pip.core.CheckpointStatus;
import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.Finding;
import dev.pip.core.Need;
import dev.pip.core.PlanDocument;
import dev.pip.core.Policy;
import dev.pip.core.Reason;
import dev.pip.core.Recommendation;
import dev.pip.core.RuleSetId;
import dev.pip.core.Target;
import dev.pip.core.TargetWeek;
import dev.pip.core.TimelineEntry;
import dev.pip.core.WeekStatus;
import dev.pip.core.time.PlanCalendar;
import dev.pip.rules.RuleExecutionException;
import dev.pip.rules.facts.Blocked;
import dev.pip.rules.facts.Explained;
import dev.pip.rules.facts.OnTrack;
import dev.pip.rules.facts.PlanWeeks;
import dev.pip.rules.facts.Reached;
import dev.pip.rules.facts.Recommended;
import dev.pip.rules.facts.Ruling;
import dev.pip.rules.facts.WeekResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/** Reads the result facts the rules inserted and builds the {@link Evaluation}. No decisions here. */
public final class Assembler {
    private final List<Recommended> recommended = new ArrayList<>();
    private final List<Reached> reached = new ArrayList<>();
    private final List<Explained> explained = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    /** The plan's weekly data the rules judged (absent before the start date, when no week is judged). */
    private PlanWeeks planWeeks;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Need> needs = new ArrayList<>();
    private final List<WeekResult> weekResults = new ArrayList<>();
    private final Set<OnTrack> onTrack = new HashSet<>();
    private boolean blocked;

    /** The recommendations among the facts accepted so far (a rule set must leave exactly one). */
    public List<Recommended> recommended() {
        return List.copyOf(recommended);
    }

    /** Sorts one session object into its kind; unknown kinds (input facts, rule authors' own) are ignored. */
    public void accept(Object fact) {
        if (fact instanceof Reached r) {
            reached.add(r);
        } else if (fact instanceof Explained e) {
            explained.add(e);
        } else if (fact instanceof Finding f) {
            findings.add(f);
        } else if (fact instanceof WeekResult w) {
            weekResults.add(w);
        } else if (fact instanceof OnTrack t) {
            onTrack.add(t);
        } else if (fact instanceof Need n) {
            needs.add(n);
        } else if (fact instanceof Recommended r) {
            recommended.add(r);
        } else if (fact instanceof Ruling r) {
            rulings.add(r);
        } else if (fact instanceof PlanWeeks w) {
            planWeeks = w;
        } else if (fact instanceof Blocked) {
            blocked = true;
        }
    }

    /** The evaluation of {@code plan} from the facts accepted so far. */
    public Evaluation assemble(PlanDocument plan, LocalDate asOf, Policy policy, RuleSetId ruleSet) {
        if (recommended.size() != 1) {
            throw new RuleExecutionException("the rule set must produce exactly one recommendation, produced "
                    + recommended.stream().map(Recommended::recommendation).toList(), null);
        }
        Recommendation recommendation = recommended.get(0).recommendation();
        List<Reached> sorted = reached.stream()
                .sorted(Comparator.comparingInt(Reached::day).thenComparing(r -> r.decision().ordinal()))
                .toList();
        List<TimelineEntry> timeline = sorted.stream()
                .map(r -> new TimelineEntry(r.decision(), r.day(), PlanCalendar.dateOf(plan.startDate(), r.day()),
                        r.recorded(), r.by()))
                .toList();
        Decision decision = timeline.isEmpty() ? (blocked ? Decision.NOT_ACTIVATABLE : Decision.PENDING)
                : timeline.get(timeline.size() - 1).decision();
        boolean humanReview = !timeline.isEmpty() && decision.humanReviewRequired()
                && !timeline.get(timeline.size() - 1).recorded();
        // The rules' deciding reason on a day whose decision point a person decided otherwise did
        // not decide: it stays as evidence, beside the RECORD_DIFFERS_FROM_RULES finding.
        Set<String> onTimeline = new HashSet<>();
        timeline.forEach(t -> onTimeline.add(t.day() + " " + t.decision()));
        Set<Integer> overruled = new HashSet<>();
        rulings.stream().filter(r -> !onTimeline.contains(r.day() + " " + r.decision()))
                .forEach(r -> overruled.add(r.day()));
        List<Reason> reasons = explained.stream()
                .map(e -> e.day() > 0 && overruled.contains(e.day()) && e.reason().standing() == Reason.Standing.DECIDING
                        ? new Explained(e.day(), e.rank(), e.reason().withStanding(Reason.Standing.SUPPORTING)) : e)
                .sorted(Comparator.comparingInt(Explained::day)
                        .thenComparing(e -> e.reason().standing() != Reason.Standing.DECIDING)
                        .thenComparingInt(Explained::rank)
                        .thenComparing(e -> e.reason().rule()).thenComparing(e -> e.reason().message()))
                .map(Explained::reason)
                .toList();
        List<Finding> sortedFindings = findings.stream()
                .sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::code)
                        .thenComparing(Finding::message))
                .toList();
        Map<String, Integer> order = new HashMap<>();
        for (Target t : plan.targets()) {
            order.put(t.id(), order.size());
        }
        List<Need> sortedNeeds = needs.stream()
                .sorted(Comparator.comparingInt((Need n) -> order.getOrDefault(n.target(), Integer.MAX_VALUE))
                        .thenComparingInt(Need::decisionDay))
                .toList();
        return new Evaluation(plan.planId(), asOf, recommendation, decision, timeline, reasons, sortedFindings,
                weeks(plan, order), sortedNeeds, policy, ruleSet, humanReview);
    }

    private List<WeekStatus> weeks(PlanDocument plan, Map<String, Integer> order) {
        // A week judged in two windows (a decision recorded before its due day opens the next
        // window early) is shown against the later window, the one the timeline went on with.
        Map<Integer, Integer> windowOfWeek = new HashMap<>();
        for (WeekResult w : weekResults) {
            windowOfWeek.merge(w.week(), w.window(), Math::max);
        }
        Map<Integer, List<WeekResult>> byWeek = new TreeMap<>();
        for (WeekResult w : weekResults) {
            if (windowOfWeek.get(w.week()) == w.window()) {
                byWeek.computeIfAbsent(w.week(), k -> new ArrayList<>()).add(w);
            }
        }
        if (byWeek.isEmpty()) {
            return List.of();
        }
        Map<String, Target> targetsById = new HashMap<>();
        plan.targets().forEach(t -> targetsById.putIfAbsent(t.id(), t));
        List<WeekStatus> out = new ArrayList<>();
        byWeek.forEach((week, results) -> {
            List<TargetWeek> targets = results.stream()
                    .sorted(Comparator.comparingInt(r -> order.getOrDefault(r.target(), Integer.MAX_VALUE)))
                    .map(r -> targetWeek(targetsById, r))
                    .toList();
            out.add(new WeekStatus(week, PlanCalendar.dateOf(plan.startDate(), PlanCalendar.firstDay(week)),
                    PlanCalendar.dateOf(plan.startDate(), PlanCalendar.lastDay(week)), targets,
                    onTrack.contains(new OnTrack(windowOfWeek.get(week), week)), planWeeks.held(week),
                    planWeeks.committedPerWeek(), planWeeks.delivered(week)));
        });
        return out;
    }

    private static TargetWeek targetWeek(Map<String, Target> targetsById, WeekResult r) {
        Target t = targetsById.get(r.target());
        OptionalDouble value = r.status() == CheckpointStatus.NO_DATA ? OptionalDouble.empty()
                : OptionalDouble.of(r.value());
        return new TargetWeek(r.target(), r.status(), value, r.goal(), t.direction());
    }
}
