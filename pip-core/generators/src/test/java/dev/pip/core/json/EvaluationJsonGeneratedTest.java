package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pip.core.CheckpointStatus;
import dev.pip.core.Decision;
import dev.pip.core.Direction;
import dev.pip.core.Evaluation;
import dev.pip.core.Finding;
import dev.pip.core.Need;
import dev.pip.core.Policy;
import dev.pip.core.PolicyOverrides;
import dev.pip.core.Reason;
import dev.pip.core.Recommendation;
import dev.pip.core.RuleSetId;
import dev.pip.core.Severity;
import dev.pip.core.TargetWeek;
import dev.pip.core.TimelineEntry;
import dev.pip.core.WeekStatus;
import dev.pip.generate.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** EvaluationJson over evaluations of random shape (the example-based checks are pip-core's EvaluationJsonTest). */
class EvaluationJsonGeneratedTest {
    private static final LocalDate START = LocalDate.of(2026, 9, 7);

    @Test
    void evidenceKeepsItsJavaTypesThroughTheRoundTrip() {
        Property.forAll("evaluation -> JSON -> evaluation", 200, EvaluationJsonGeneratedTest::randomEvaluation)
                .describedBy(EvaluationJson::writePretty)
                .check(e -> assertEquals(e, EvaluationJson.read(EvaluationJson.write(e))));
    }

    /** An evaluation of random shape whose evidence mixes every value type. */
    static Evaluation randomEvaluation(RandomGenerator r) {
        Decision[] decisions = Decision.values();
        Decision decision = decisions[r.nextInt(decisions.length)];
        List<TimelineEntry> timeline = new ArrayList<>();
        for (int i = 0; i < r.nextInt(4); i++) {
            int day = 30 + 30 * i;
            boolean recorded = r.nextBoolean();
            timeline.add(new TimelineEntry(decisions[r.nextInt(decisions.length)], day, START.plusDays(day - 1L),
                    recorded, recorded && r.nextBoolean() ? Optional.of("hr-" + r.nextInt(9)) : Optional.empty()));
        }
        List<Reason> reasons = new ArrayList<>();
        for (int i = 0; i < r.nextInt(4); i++) {
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("int", r.nextInt(-1000, 1000));
            evidence.put("long", r.nextLong() | (1L << 40));
            evidence.put("double", r.nextDouble() * 100);
            evidence.put("whole double", (double) r.nextInt(50));
            evidence.put("text", "line\nwith \"quotes\" and ünïcødé " + r.nextInt());
            evidence.put("flag", r.nextBoolean());
            evidence.put("list", List.of(r.nextInt(9), "w" + r.nextInt(9), List.of(r.nextDouble())));
            Reason.Standing[] standings = Reason.Standing.values();
            reasons.add(new Reason("rule " + i, "message " + i, evidence, standings[r.nextInt(standings.length)]));
        }
        List<WeekStatus> weeks = new ArrayList<>();
        for (int w = 1; w <= r.nextInt(5); w++) {
            boolean data = r.nextBoolean();
            weeks.add(new WeekStatus(w, START.plusDays(7L * w - 7), START.plusDays(7L * w - 1),
                    List.of(new TargetWeek("t1", data ? CheckpointStatus.NOT_MET : CheckpointStatus.NO_DATA,
                            data ? OptionalDouble.of(r.nextInt(20) / 4.0) : OptionalDouble.empty(), 7.5,
                            Direction.AT_LEAST)),
                    r.nextBoolean(), r.nextBoolean(), r.nextInt(3), r.nextInt(5) / 2.0));
        }
        List<Need> needs = r.nextBoolean() ? List.of()
                : List.of(new Need("t1", 60, r.nextInt(5), r.nextBoolean() ? OptionalDouble.of(r.nextDouble() * 10 - 2)
                        : OptionalDouble.empty(), "needs more"));
        List<Finding> findings = r.nextBoolean() ? List.of()
                : List.of(new Finding(Severity.values()[r.nextInt(3)], "CODE_" + r.nextInt(9), "found"),
                        new Finding(Severity.WARNING, "RECORD_DIFFERS_FROM_RULES", "differs",
                                r.nextBoolean() ? Map.of() : Map.of("recordedDay", r.nextInt(90) + 1,
                                        "rulesDecision", "EXIT")));
        Policy policy = Policy.defaults().with(new PolicyOverrides(OptionalInt.of(7 + r.nextInt(40)),
                OptionalInt.empty(), OptionalInt.of(r.nextInt(3)), OptionalInt.empty(), OptionalInt.empty(),
                OptionalDouble.of(r.nextDouble()), OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.empty(),
                OptionalDouble.of(r.nextDouble()), OptionalInt.empty()));
        return new Evaluation("PIP-" + r.nextInt(1000), START.plusDays(r.nextInt(200)),
                Recommendation.values()[r.nextInt(Recommendation.values().length)], decision, timeline, reasons,
                findings, weeks, needs, policy, new RuleSetId("bundled", Long.toHexString(r.nextLong())),
                r.nextBoolean());
    }
}
