package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pip.core.InvalidPlanException;
import dev.pip.core.Observation;
import dev.pip.core.PlanDocument;
import dev.pip.core.PolicyOverrides;
import dev.pip.core.Problem;
import dev.pip.core.SupportCommitment;
import dev.pip.core.SupportDelivery;
import dev.pip.core.Target;
import dev.pip.generate.Breakage;
import dev.pip.generate.InvalidDocument;
import dev.pip.generate.InvalidDocuments;
import dev.pip.generate.PlanGenerator;
import dev.pip.generate.Property;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One validation: a plan built in Java fails with the same problems, at the same JSON paths, as
 * the same plan read from JSON; so every plan that exists writes as a document that reads back.
 */
class OneValidationGeneratedTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern INDEX = Pattern.compile("\\$\\.(\\w+)\\[(\\d+)].*");

    /** A valid generated plan and the same plan broken as a JSON document. */
    private record Case(PlanDocument valid, InvalidDocument doc) {
    }

    @ParameterizedTest
    @EnumSource(value = Breakage.class, names = {"DUPLICATE_ID", "UNKNOWN_METRIC", "DATE_BEFORE_START",
            "DUPLICATE_WEEK_VALUE", "UNCOMMITTED_SUPPORT", "DAYS_OUT_OF_RANGE"})
    void theJavaPathAndTheJsonPathReportTheSameProblems(Breakage breakage) {
        PlanGenerator plans = PlanGenerator.defaults();
        InvalidDocuments invalid = InvalidDocuments.of(plans);
        Property.forAll("Java and JSON report the same problems for " + breakage, 100, r -> {
            long seed = r.nextLong();
            return new Case(plans.next(new SplittableRandom(seed)).plan(),
                    invalid.next(new SplittableRandom(seed), breakage));
        }).describedBy(c -> c.doc().json()).check(c -> {
            List<Problem> fromJson = assertThrows(InvalidPlanException.class,
                    () -> PlanJson.read(c.doc().json(), "broken.json")).problems();
            JsonNode broken = tree(c.doc().json());
            if (breakage == Breakage.DAYS_OUT_OF_RANGE && (!c.doc().path().equals("$.policy.gateDay")
                    || !dev.pip.core.PolicyParameter.GATE_DAY.allows(broken.at("/policy/gateDay").asInt()))) {
                return; // a day count outside its range is wrong on its own: no PolicyOverrides can hold it
            }
            PlanDocument.Builder java = brokenInJava(c.valid(), c.doc(), broken);
            List<Problem> fromJava = assertThrows(InvalidPlanException.class, java::build).problems();
            assertEquals(fromJson, fromJava);
        });
    }

    @Test
    void everyGeneratedPlanRebuiltInJavaEqualsItsDocumentReadBack() {
        PlanGenerator plans = PlanGenerator.defaults().withDatedShare(0.5);
        Property.forAll("build(plan) == read(write(plan))", 200, r -> plans.next(r).plan())
                .describedBy(PlanJson::writePretty)
                .check(plan -> assertEquals(plan.toBuilder().build(), PlanJson.read(PlanJson.write(plan), "p")));
    }

    @Test
    void theProblemsOfABuiltPlanCarryTheJsonPathsAndEveryProblemAtOnce() {
        PlanDocument valid = PlanGenerator.defaults().next(new SplittableRandom(3)).plan();
        Target first = valid.targets().get(0);
        List<Target> targets = new ArrayList<>(valid.targets());
        targets.add(first);
        InvalidPlanException e = assertThrows(InvalidPlanException.class, () -> valid.toBuilder()
                .targets(targets)
                .observations(List.of(Observation.ofWeek("no-such-metric", 1, 3)))
                .supportDelivered(List.of(new SupportDelivery("SHADOWING", 1, 1)))
                .support(List.of(new SupportCommitment("COACHING", 1)))
                .build());

        assertEquals(List.of("$.targets[" + (targets.size() - 1) + "].id", "$.observations[0].metric",
                "$.supportDelivered[0].kind"), e.problems().stream().map(Problem::path).toList());
        assertFalse(e.getMessage().isBlank());
    }

    /** The valid plan changed in Java exactly as {@code doc} changed its JSON. */
    private static PlanDocument.Builder brokenInJava(PlanDocument valid, InvalidDocument doc, JsonNode broken) {
        PlanDocument.Builder b = valid.toBuilder();
        Matcher m = INDEX.matcher(doc.path());
        int i = m.matches() ? Integer.parseInt(m.group(2)) : -1;
        switch (doc.breakage()) {
            case DUPLICATE_ID -> {
                List<Target> targets = new ArrayList<>(valid.targets());
                String id = broken.at("/targets/" + i + "/id").asText();
                if (i == targets.size()) {
                    targets.add(targets.get(0));
                } else {
                    targets.set(i, targets.get(i).toBuilder().id(id).build());
                }
                b.targets(targets);
            }
            case UNKNOWN_METRIC -> {
                List<Observation> observations = new ArrayList<>(valid.observations());
                Observation o = observations.get(i);
                observations.set(i, new Observation(broken.at("/observations/" + i + "/metric").asText(), o.week(),
                        o.date(), o.value()));
                b.observations(observations);
            }
            case DATE_BEFORE_START -> {
                List<Observation> observations = new ArrayList<>(valid.observations());
                Observation o = observations.get(i);
                observations.set(i, Observation.onDate(o.metric(),
                        LocalDate.parse(broken.at("/observations/" + i + "/date").asText()), o.value()));
                b.observations(observations);
            }
            case DUPLICATE_WEEK_VALUE -> {
                List<Observation> observations = new ArrayList<>(valid.observations());
                for (int k = observations.size(); k < broken.get("observations").size(); k++) {
                    JsonNode o = broken.get("observations").get(k);
                    observations.add(Observation.ofWeek(o.get("metric").asText(), o.get("week").asInt(),
                            o.get("value").asDouble()));
                }
                b.observations(observations);
            }
            case UNCOMMITTED_SUPPORT -> {
                List<SupportDelivery> delivered = new ArrayList<>(valid.supportDelivered());
                JsonNode d = broken.at("/supportDelivered/" + i);
                SupportDelivery changed = new SupportDelivery(d.get("kind").asText(), d.get("week").asInt(),
                        d.get("count").asDouble());
                if (i == delivered.size()) {
                    delivered.add(changed);
                } else {
                    delivered.set(i, changed);
                }
                b.supportDelivered(delivered);
            }
            case DAYS_OUT_OF_RANGE -> {
                PolicyOverrides p = valid.policy();
                b.policy(new PolicyOverrides(OptionalInt.of(broken.at("/policy/gateDay").asInt()), p.extensionDays(),
                        p.maxExtensions(), p.monitoringDays(), p.rampMonths(), p.teamWideShare(),
                        p.minMonthsUnderperforming(), p.improvementShare(), p.regressionWeeks(),
                        p.supportDeliveredShare(), p.missedCheckInsForReview()));
            }
            default -> throw new IllegalArgumentException(doc.breakage() + " cannot be built in Java");
        }
        return b;
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
