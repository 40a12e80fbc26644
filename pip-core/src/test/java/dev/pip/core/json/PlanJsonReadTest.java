package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Approvals;
import dev.pip.core.Direction;
import dev.pip.core.Judged;
import dev.pip.core.Observation;
import dev.pip.core.PlanDocument;
import dev.pip.core.RootCause;
import dev.pip.core.Target;
import dev.pip.core.TargetKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanJsonReadTest {
    @Test
    void readsTheExampleOfTheSpecificationFieldByField() {
        PlanDocument plan = PlanJson.read(Documents.DOMAIN_EXAMPLE, "example.json");

        assertEquals("PIP-2026-014", plan.planId());
        assertEquals("rep-17", plan.rep().id());
        assertEquals(Optional.of(LocalDate.of(2023, 2, 1)), plan.rep().hireDate());
        assertEquals(Optional.of("mgr-3"), plan.manager());
        assertEquals(LocalDate.of(2026, 9, 7), plan.startDate());
        assertEquals(RootCause.SKILL, plan.diagnosis().rootCause());
        assertEquals(3, plan.diagnosis().monthsUnderperforming());
        assertEquals(0.1, plan.diagnosis().teamShareBelowStandard());
        assertEquals(List.of("qualification framework"), plan.diagnosis().resourcesProvided());
        assertEquals(new Target("discovery", Optional.of("Qualified discovery calls"), TargetKind.BEHAVIOURAL,
                Optional.of("calls/week"), OptionalDouble.of(8), OptionalDouble.of(15), Direction.AT_LEAST,
                Optional.of("CRM"), Judged.EVERY_WEEK, OptionalDouble.empty(), OptionalDouble.empty()),
                plan.targets().get(0));
        assertEquals("win-rate", plan.trackedMetrics().get(0).id());
        assertEquals(Approvals.all(), plan.approvals());
        assertEquals(List.of(Observation.ofWeek("discovery", 1, 12),
                Observation.onDate("discovery", LocalDate.of(2026, 9, 15), 3)), plan.observations());
        assertEquals(Optional.of("reviewed 3 calls"), plan.checkIns().get(0).note());
        assertEquals(1, plan.supportDelivered().get(0).count());
        assertEquals(OptionalInt.of(30), plan.policy().gateDay());
    }

    @Test
    void absentOptionalFieldsTakeTheDefaultsOfTheSpecification() {
        PlanDocument plan = PlanJson.read(Documents.MINIMAL, "minimal.json");

        assertEquals(60, plan.windowDays());
        assertEquals(1, plan.checkInsPerWeek());
        assertEquals(Approvals.none(), plan.approvals());
        assertFalse(plan.diagnosis().coachingTried());
        assertEquals(0, plan.diagnosis().monthsUnderperforming());
        assertTrue(plan.targets().isEmpty());
        assertTrue(plan.support().isEmpty());
        assertTrue(plan.observations().isEmpty());
        assertTrue(plan.policy().isEmpty());
        assertEquals(Optional.empty(), plan.rep().hireDate());
    }

    @Test
    void aTargetWithoutBaselineGoalOrSourceIsNotAFormatError() {
        PlanDocument plan = PlanJson.read(Documents.MINIMAL.replace("\"targets\": []",
                "\"targets\": [{\"id\": \"t1\", \"kind\": \"OUTCOME\", \"direction\": \"AT_MOST\"}]"), "t.json");

        Target t = plan.targets().get(0);
        assertTrue(t.baseline().isEmpty() && t.goal().isEmpty() && t.source().isEmpty());
        assertEquals(Judged.EVERY_WEEK, t.judged());
    }

    @Test
    void readsTheSameDocumentFromAFileAStreamAndAString(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, Documents.DOMAIN_EXAMPLE);
        PlanDocument fromString = PlanJson.read(Documents.DOMAIN_EXAMPLE, "s");

        assertEquals(fromString, PlanJson.read(file));
        assertEquals(fromString, PlanJson.read(new ByteArrayInputStream(
                Documents.DOMAIN_EXAMPLE.getBytes(StandardCharsets.UTF_8)), "<stdin>"));
    }

    @Test
    void writesOneLineThatReadsBackToTheSamePlan() {
        PlanDocument plan = PlanJson.read(Documents.DOMAIN_EXAMPLE, "example.json");
        String line = PlanJson.write(plan);

        assertFalse(line.contains("\n"));
        assertEquals(plan, PlanJson.read(line, "line"));
        assertEquals(plan, PlanJson.read(PlanJson.writePretty(plan), "pretty"));
    }

    @Test
    void writesTheFieldNamesOfTheSpecificationWithWholeNumbersAndIsoDates() {
        String line = PlanJson.write(PlanJson.read(Documents.DOMAIN_EXAMPLE, "example.json"));

        assertTrue(line.startsWith("{\"planId\":\"PIP-2026-014\",\"rep\":{\"id\":\"rep-17\""), line);
        assertTrue(line.contains("\"startDate\":\"2026-09-07\""), line);
        assertTrue(line.contains("\"baseline\":8,\"goal\":15,\"direction\":\"AT_LEAST\""), line);
        assertTrue(line.contains("\"teamShareBelowStandard\":0.1"), line);
        assertTrue(line.contains("{\"metric\":\"discovery\",\"date\":\"2026-09-15\",\"value\":3}"), line);
    }
}
