package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.core.Direction;
import dev.pip.core.Evaluation;
import dev.pip.core.Observation;
import dev.pip.core.PlanDocument;
import dev.pip.core.Policy;
import dev.pip.core.Recommendation;
import dev.pip.core.Target;
import dev.pip.core.TimelineEntry;
import dev.pip.core.json.EvaluationJson;
import dev.pip.core.json.PlanJson;
import dev.pip.generate.GeneratedPlan;
import dev.pip.generate.PlanGenerator;
import dev.pip.generate.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Invariants of the engine over generated plans (seeded; see {@link Property} for reruns). */
class EnginePropertiesTest {
    /** Tries per property: the whole class stays within about ten seconds on two cores. */
    private static final int TRIES = 200;
    /**
     * Evaluations of generated plans, shared by the properties that only read them: a seed gives
     * the same plan in every property, so each is evaluated once per run (determinism excepted).
     */
    private static final Map<GeneratedPlan, Evaluation> EVALUATED = new ConcurrentHashMap<>();
    private static final PlanGenerator GENERATOR = PlanGenerator.defaults();
    private static PipEngine engine;

    @BeforeAll
    static void build() {
        engine = PipEngine.withDefaultRules();
    }

    private static Property<GeneratedPlan> plans(String name) {
        return Property.forAll(name, TRIES, GENERATOR::next)
                .describedBy(g -> "as of " + g.asOf() + " (" + g.scenario() + ")\n" + PlanJson.writePretty(g.plan()));
    }

    private static Evaluation eval(GeneratedPlan g) {
        return EVALUATED.computeIfAbsent(g, x -> engine.evaluate(x.plan(), x.asOf()));
    }

    @Test
    void documentsAndEvaluationsSurviveAJsonRoundTrip() {
        plans("JSON round trip").check(g -> {
            PlanDocument read = PlanJson.read(PlanJson.write(g.plan()), "generated");
            assertEquals(g.plan(), read);
            Evaluation e = engine.evaluate(read, g.asOf());
            assertEquals(eval(g), e);
            assertEquals(e, EvaluationJson.read(EvaluationJson.write(e)));
        });
    }

    @Test
    void sameInputGivesTheSameEvaluation() {
        plans("determinism").check(g -> assertEquals(engine.evaluate(g.plan(), g.asOf()),
                engine.evaluate(g.plan(), g.asOf())));
    }

    @Test
    void orderOfObservationsCheckInsAndTargetsDoesNotMatter() {
        plans("order independence").check(g -> {
            SplittableRandom r = new SplittableRandom(g.plan().planId().hashCode());
            PlanDocument p = g.plan();
            PlanDocument shuffled = p.toBuilder().observations(shuffle(p.observations(), r))
                    .checkIns(shuffle(p.checkIns(), r)).targets(shuffle(p.targets(), r))
                    .supportDelivered(shuffle(p.supportDelivered(), r)).support(shuffle(p.support(), r))
                    .trackedMetrics(shuffle(p.trackedMetrics(), r)).build();
            Evaluation a = eval(g);
            Evaluation b = engine.evaluate(shuffled, g.asOf());
            assertEquals(a.recommendation(), b.recommendation());
            assertEquals(a.decision(), b.decision());
            assertEquals(a.timeline(), b.timeline());
            assertEquals(a.reasons(), b.reasons());
            assertEquals(a.findings(), b.findings());
        });
    }

    private static <T> List<T> shuffle(List<T> list, SplittableRandom r) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, new Random(r.nextLong()));
        return copy;
    }

    @Test
    void timelineIsOrderedEndsOnceNeverPassesAsOfAndMissesNoDueDecision() {
        plans("timeline shape").check(g -> {
            Evaluation e = eval(g);
            Policy p = e.policy();
            List<TimelineEntry> t = e.timeline();
            long extensions = t.stream().filter(x -> x.decision() == Decision.EXTEND).count();
            assertTrue(extensions <= p.maxExtensions(), "at most maxExtensions EXTEND: " + t);
            if (g.plan().policy().maxExtensions().isEmpty()) {
                assertTrue(extensions <= 1, "at most one EXTEND under the default policy: " + t);
            }
            for (int i = 0; i < t.size(); i++) {
                TimelineEntry x = t.get(i);
                assertFalse(x.date().isAfter(g.asOf()), "decision after as-of: " + x);
                assertEquals(g.plan().startDate().plusDays(x.day() - 1L), x.date());
                if (i > 0) {
                    assertTrue(x.day() > t.get(i - 1).day(), "days strictly increase: " + t);
                    assertFalse(t.get(i - 1).decision().endsTimeline(), "nothing after an ending decision: " + t);
                }
                if (x.decision() == Decision.EXTEND) {
                    assertTrue(x.day() >= g.plan().windowDays(), "no EXTEND at the gate of a longer plan: " + t);
                }
                if (x.decision() == Decision.CONTINUE) {
                    assertEquals(p.gateDay(), x.day());
                    assertTrue(g.plan().windowDays() > p.gateDay(), "CONTINUE only when days follow the gate");
                }
            }
            Decision expected = t.isEmpty() ? e.decision() : t.get(t.size() - 1).decision();
            assertEquals(expected, e.decision());
            if (t.isEmpty()) {
                assertTrue(e.decision() == Decision.PENDING || e.decision() == Decision.NOT_ACTIVATABLE);
            }
            nextDecisionDay(g.plan(), e).ifPresent(day -> assertTrue(g.plan().startDate().plusDays(day - 1L)
                    .isAfter(g.asOf()), "the decision due on day " + day + " is missing: " + t));
        });
    }

    /** The day the next decision falls due after the timeline's last one; empty when the timeline has ended. */
    private static Optional<Integer> nextDecisionDay(PlanDocument plan, Evaluation e) {
        Policy p = e.policy();
        if (e.decision() == Decision.PENDING) {
            return Optional.of(Math.min(p.gateDay(), plan.windowDays()));
        }
        if (e.timeline().isEmpty()) {
            return Optional.empty();
        }
        TimelineEntry last = e.timeline().get(e.timeline().size() - 1);
        return switch (last.decision()) {
            case CONTINUE -> Optional.of(plan.windowDays());
            case EXTEND -> Optional.of(last.day() + p.extensionDays());
            case PASS -> Optional.of(last.day() + p.monitoringDays());
            default -> Optional.empty();
        };
    }

    @Test
    void aLaterAsOfOnlyAppendsToTheTimeline() {
        plans("later as-of appends").check(g -> {
            Evaluation now = eval(g);
            Evaluation later = engine.evaluate(g.plan(), g.asOf().plusDays(1 + Math.floorMod(g.plan().planId().hashCode(), 60)));
            assertTrue(later.timeline().size() >= now.timeline().size());
            assertEquals(now.timeline(), later.timeline().subList(0, now.timeline().size()));
        });
    }

    @Test
    void observationsDatedAfterAsOfChangeNothing() {
        plans("future observations ignored").check(g -> {
            PlanDocument p = g.plan();
            List<Observation> more = new ArrayList<>(p.observations());
            for (Target t : p.targets()) {
                // after as-of, and never before the start (a plan cannot hold that: it is a problem of the plan)
                LocalDate after = g.asOf().plusDays(1).isBefore(p.startDate()) ? p.startDate() : g.asOf().plusDays(1);
                more.add(Observation.onDate(t.id(), after, 1000));
            }
            Evaluation a = eval(g);
            Evaluation b = engine.evaluate(p.toBuilder().observations(more).build(), g.asOf());
            assertEquals(a, b);
        });
    }

    @Test
    void betterBehaviourNeverTurnsContinueIntoExitNorTakesAPassAway() {
        plans("monotone in behaviour").check(g -> {
            PlanDocument p = g.plan();
            int k = 1 + Math.floorMod(p.planId().hashCode(), 5);
            List<Observation> better = p.observations().stream().map(o -> improve(p, o, k)).toList();
            Evaluation a = eval(g);
            Evaluation b = engine.evaluate(p.toBuilder().observations(better).build(), g.asOf());
            Optional<TimelineEntry> gate = a.timeline().stream().filter(x -> x.decision() == Decision.CONTINUE).findFirst();
            gate.ifPresent(x -> assertTrue(b.timeline().contains(x),
                    "gate CONTINUE lost: " + a.timeline() + " -> " + b.timeline()));
            a.timeline().stream().filter(x -> x.decision() == Decision.PASS).findFirst().ifPresent(pass ->
                    assertTrue(b.timeline().stream().anyMatch(y -> y.decision() == Decision.PASS && y.day() <= pass.day()),
                            "PASS taken away: " + a.timeline() + " -> " + b.timeline()));
        });
    }

    private static Observation improve(PlanDocument p, Observation o, int k) {
        Optional<Target> t = p.target(o.metric()).filter(Target::isBehavioural);
        if (t.isEmpty()) {
            return o;
        }
        double v = t.get().direction() == Direction.AT_LEAST ? o.value() + k : Math.max(0, o.value() - k);
        return new Observation(o.metric(), o.week(), o.date(), v);
    }

    @Test
    void aRecommendationOtherThanPipMeansNotActivatable() {
        plans("not a PIP, not active").check(g -> {
            Evaluation e = eval(g);
            if (e.recommendation() != Recommendation.PIP) {
                assertEquals(Decision.NOT_ACTIVATABLE, e.decision());
                assertTrue(e.timeline().isEmpty());
            }
        });
    }

    @Test
    void exitAndHrReviewAlwaysCarryHumanReview() {
        plans("human review").check(g -> {
            Evaluation e = eval(g);
            if (e.decision() == Decision.EXIT || e.decision() == Decision.HR_REVIEW) {
                assertTrue(e.humanReviewRequired(), e.decision() + " without humanReviewRequired");
            }
        });
    }

    @Test
    void noExitWhileAGuardConditionHolds() {
        plans("guards").check(g -> {
            Evaluation e = eval(g);
            PlanDocument p = g.plan();
            for (TimelineEntry x : e.timeline()) {
                if (x.decision() != Decision.EXIT) {
                    continue;
                }
                int weeks = x.day() / 7;
                double committed = p.support().stream().mapToDouble(s -> s.perWeek()).sum() * weeks;
                double delivered = p.supportDelivered().stream().filter(s -> s.week() <= weeks)
                        .mapToDouble(s -> s.count()).sum();
                long missed = IntStream.rangeClosed(1, weeks)
                        .filter(w -> p.checkIns().stream().noneMatch(c -> c.week() == w && c.held())).count();
                assertFalse(delivered < committed * e.policy().supportDeliveredShare(), "EXIT despite shortfall");
                assertTrue(missed < e.policy().missedCheckInsForReview(), "EXIT despite missed check-ins");
            }
        });
    }

    @Test
    void insufficientDataExactlyWhenAJudgedWeekLacksData() {
        plans("missing data").check(g -> {
            Evaluation e = eval(g);
            int previous = 0;
            for (TimelineEntry x : e.timeline()) {
                boolean lacks = JudgedData.lacksData(g.plan(), g.asOf(), previous, x.day());
                if (x.decision() == Decision.INSUFFICIENT_DATA) {
                    assertTrue(lacks, "INSUFFICIENT_DATA without a missing week: " + e.timeline());
                } else if (x.decision() != Decision.REGRESSION) {
                    assertFalse(lacks, x.decision() + " on day " + x.day() + " despite a missing week: " + e.timeline());
                }
                previous = x.day();
            }
        });
    }
}
