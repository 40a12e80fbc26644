package dev.pip.rules.workbench;

import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.Policy;
import dev.pip.core.Severity;
import dev.pip.core.TimelineEntry;
import dev.pip.core.time.PlanCalendar;
import dev.pip.core.time.WeekRange;
import dev.pip.rules.PipEngine;
import dev.pip.rules.RuleFiring;
import dev.pip.rules.workbench.internal.FactText;
import dev.pip.rules.workbench.internal.WhyNot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Explains an evaluation: what fired at each decision point and why the other decisions of that
 * point did not happen. Works for any rule folder: firings are observed from the engine, each is
 * placed at the day (or week) its facts are about, and the "why not" sentences read the weekly
 * results the rules concluded.
 *
 * <pre>{@code
 * Explanation x = Explainer.explain(engine, plan, LocalDate.of(2026, 11, 9));
 * System.out.print(Explainer.text(x));
 * }</pre>
 */
public final class Explainer {
    private static final Set<Decision> GATE = EnumSet.of(Decision.CONTINUE, Decision.EXIT, Decision.HR_REVIEW,
            Decision.INSUFFICIENT_DATA);
    private static final Set<Decision> FINAL = EnumSet.of(Decision.PASS, Decision.EXTEND, Decision.EXIT,
            Decision.HR_REVIEW, Decision.INSUFFICIENT_DATA);
    private static final Set<Decision> MONITORING = EnumSet.of(Decision.REGRESSION, Decision.CLOSED,
            Decision.INSUFFICIENT_DATA);
    /** The key of firings about weeks after the last decision. */
    private static final int OPEN = Integer.MAX_VALUE;

    private Explainer() {
    }

    /** Evaluates {@code plan} as of {@code asOf} with {@code engine} and explains it. */
    public static Explanation explain(PipEngine engine, PlanDocument plan, LocalDate asOf) {
        List<RuleFiring> firings = new ArrayList<>();
        Evaluation e = engine.evaluate(plan, asOf, firings::add);
        RuleCatalog catalog = RuleCatalog.of(engine);
        List<TimelineEntry> timeline = e.timeline();
        Map<Integer, List<Explanation.Fired>> byDay = new TreeMap<>();
        byDay.put(0, new ArrayList<>());
        timeline.forEach(t -> byDay.put(t.day(), new ArrayList<>()));
        OptionalInt due = due(e, plan);
        due.ifPresent(d -> byDay.put(d, new ArrayList<>()));
        for (RuleFiring f : firings) {
            int key = onTimeline(place(f), timeline, due);
            RuleDefinition def = catalog.rule(f.rule()).orElse(null);
            byDay.computeIfAbsent(key, k -> new ArrayList<>()).add(new Explanation.Fired(f.rule(),
                    def == null ? f.pkg() : def.place(), def == null ? 0 : def.salience(),
                    f.matched().stream().filter(o -> !FactText.engineInternal(o)).map(FactText::text).toList()));
        }
        WhyNot why = new WhyNot(plan, e);
        Map<Integer, TimelineEntry> decided = new LinkedHashMap<>();
        timeline.forEach(t -> decided.putIfAbsent(t.day(), t));
        List<Explanation.Point> points = new ArrayList<>();
        for (Map.Entry<Integer, List<Explanation.Fired>> d : byDay.entrySet()) {
            int day = d.getKey();
            Optional<TimelineEntry> entry = Optional.ofNullable(decided.get(day));
            List<Explanation.NotReached> notReached = day == 0 ? beforeAny(e)
                    : entry.isPresent() || (due.isPresent() && due.getAsInt() == day)
                            ? notReached(day, entry, timeline, plan, e.policy(), why, catalog, d.getValue())
                            : List.of();
            points.add(new Explanation.Point(title(day, entry, timeline, plan, e.policy()), day == OPEN ? -1 : day,
                    entry, d.getValue(), notReached));
        }
        return new Explanation(e, points);
    }

    /** A day between decisions belongs to the next decision; after the last one, to the open weeks. */
    private static int onTimeline(int day, List<TimelineEntry> timeline, OptionalInt due) {
        if (day == 0 || day == OPEN) {
            return day;
        }
        int next = timeline.stream().mapToInt(TimelineEntry::day).filter(d -> d >= day).min().orElse(OPEN);
        return next == OPEN && due.isPresent() && day <= due.getAsInt() ? due.getAsInt() : next;
    }

    /**
     * The next decision point when it was due by the as-of date and the rules decided nothing
     * there: a hole in a rule set, worth explaining (specification, sections 3, 5, 6, 7).
     */
    private static OptionalInt due(Evaluation e, PlanDocument plan) {
        Policy p = e.policy();
        int asOfDay = PlanCalendar.dayOf(plan.startDate(), e.asOf());
        int day;
        if (e.timeline().isEmpty()) {
            if (e.decision() != Decision.PENDING) {
                return OptionalInt.empty();
            }
            day = plan.windowDays() > p.gateDay() ? p.gateDay() : plan.windowDays();
        } else {
            TimelineEntry last = e.timeline().get(e.timeline().size() - 1);
            day = switch (last.decision()) {
                case CONTINUE -> plan.windowDays();
                case EXTEND -> last.day() + p.extensionDays();
                case PASS -> last.day() + p.monitoringDays();
                default -> -1;
            };
        }
        return day > 0 && day <= asOfDay ? OptionalInt.of(day) : OptionalInt.empty();
    }

    /** The day a firing is about: a day its facts name, else the last day of a week they name, else 0. */
    private static int place(RuleFiring f) {
        for (List<Object> facts : List.of(f.inserted(), f.matched())) {
            for (Object o : facts) {
                OptionalInt day = FactText.day(o);
                if (day.isPresent()) {
                    return Math.max(0, day.getAsInt());
                }
            }
        }
        for (List<Object> facts : List.of(f.inserted(), f.matched())) {
            for (Object o : facts) {
                OptionalInt week = FactText.week(o);
                if (week.isPresent()) {
                    return PlanCalendar.lastDay(Math.max(1, week.getAsInt()));
                }
            }
        }
        return 0;
    }

    private static List<Explanation.NotReached> notReached(int day, Optional<TimelineEntry> entry,
            List<TimelineEntry> timeline, PlanDocument plan, Policy policy, WhyNot why, RuleCatalog catalog,
            List<Explanation.Fired> fired) {
        int index = entry.map(timeline::indexOf).orElse(timeline.size());
        int previousDay = index == 0 ? 0 : timeline.get(index - 1).day();
        WeekRange weeks = PlanCalendar.judgedWeeks(previousDay, day);
        Optional<Decision> decided = entry.map(TimelineEntry::decision);
        int extensions = (int) timeline.subList(0, index).stream().filter(x -> x.decision() == Decision.EXTEND).count();
        Set<String> firedHere = new LinkedHashSet<>();
        fired.forEach(f -> firedHere.add(f.rule()));
        List<Explanation.NotReached> out = new ArrayList<>();
        for (Decision d : kind(index, timeline, plan, policy)) {
            if (decided.isPresent() && d == decided.get()) {
                continue;
            }
            List<String> rules = catalog.concluding(d).stream().map(RuleDefinition::name)
                    .filter(r -> !firedHere.contains(r)).toList();
            String because = why.because(d, decided, weeks, day, extensions).orElseGet(() ->
                    "the rules did not conclude it here" + (rules.isEmpty() ? " (no rule of this rule set concludes "
                            + d + ")" : "; rules that can: " + quoted(rules)));
            out.add(new Explanation.NotReached(d, because, rules));
        }
        return out;
    }

    /** Why no decision point was reached at all: the plan checks' errors. */
    private static List<Explanation.NotReached> beforeAny(Evaluation e) {
        if (e.decision() != Decision.NOT_ACTIVATABLE) {
            return List.of();
        }
        List<String> errors = e.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.code() + " (" + f.message() + ")").toList();
        return List.of(new Explanation.NotReached(Decision.CONTINUE, "the plan cannot be activated: "
                + (errors.isEmpty() ? "the rules blocked it" : String.join("; ", errors)), List.of()));
    }

    /** The decisions a point could reach: the gate's, a final decision's or monitoring's. */
    private static Set<Decision> kind(int index, List<TimelineEntry> timeline, PlanDocument plan, Policy policy) {
        if (index > 0 && timeline.get(index - 1).decision() == Decision.PASS) {
            return MONITORING;
        }
        if (index == 0 && plan.windowDays() > policy.gateDay()) {
            return GATE;
        }
        return FINAL;
    }

    private static String title(int day, Optional<TimelineEntry> entry, List<TimelineEntry> timeline,
            PlanDocument plan, Policy policy) {
        if (day == 0) {
            return "Recommendation and plan checks";
        }
        if (day == OPEN) {
            return "Weeks after the last decision";
        }
        int index = entry.map(timeline::indexOf).orElse(timeline.size());
        Set<Decision> kind = kind(index, timeline, plan, policy);
        String what = kind == GATE ? "gate" : kind == MONITORING ? "monitoring" : "final decision";
        if (entry.isEmpty()) {
            return "Day " + day + " (" + what + ", " + PlanCalendar.dateOf(plan.startDate(), day)
                    + "): due, but the rules decided nothing";
        }
        return "Day " + day + " (" + what + ", " + entry.get().date() + "): " + entry.get().decision()
                + (entry.get().recorded() ? " (recorded" + entry.get().by().map(b -> " by " + b).orElse("") + ")" : "");
    }

    /** The explanation as text: a heading per point, its firings, then the decisions not reached. */
    public static String text(Explanation x) {
        return text(x, true);
    }

    /**
     * The explanation as text; without {@code facts}, a rule fired several times in a row is one
     * line with its count and the matched facts are left out.
     */
    public static String text(Explanation x, boolean facts) {
        Evaluation e = x.evaluation();
        StringBuilder out = new StringBuilder();
        out.append(e.planId()).append(" as of ").append(e.asOf()).append(": ").append(e.decision())
                .append(", recommendation ").append(e.recommendation()).append(", rule set ")
                .append(e.ruleSet().name()).append(' ').append(e.ruleSet().fingerprint(), 0,
                        Math.min(12, e.ruleSet().fingerprint().length())).append('\n');
        for (Explanation.Point p : x.points()) {
            out.append('\n').append(p.title()).append('\n');
            if (p.fired().isEmpty()) {
                out.append("  (no rule fired)\n");
            }
            List<Explanation.Fired> fired = p.fired();
            for (int i = 0; i < fired.size(); i++) {
                Explanation.Fired f = fired.get(i);
                int times = 1;
                while (!facts && i + times < fired.size() && fired.get(i + times).rule().equals(f.rule())) {
                    times++;
                }
                i += times - 1;
                out.append("  [").append(f.salience()).append("] \"").append(f.rule()).append("\" (").append(f.place())
                        .append(')').append(times > 1 ? " x" + times : "").append('\n');
                if (facts) {
                    for (String m : f.matched()) {
                        if (!m.equals("Policy")) {
                            out.append("        ").append(m).append('\n');
                        }
                    }
                }
            }
            for (Explanation.NotReached n : p.notReached()) {
                out.append("  ").append(n.sentence()).append('\n');
            }
        }
        return out.toString();
    }

    private static String quoted(List<String> rules) {
        return String.join(", ", rules.stream().map(r -> "\"" + r + "\"").toList());
    }
}
