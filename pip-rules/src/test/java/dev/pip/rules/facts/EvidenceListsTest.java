package dev.pip.rules.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pip.core.CheckpointStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lists a reason's sentence and evidence are built from: the weeks without data, in a stable
 * order whatever order the rule collected its facts in, and numbers joined for a sentence.
 */
class EvidenceListsTest {

    @Test
    void missingNamesEveryWeekWithoutDataSortedByTargetThenWeek() {
        List<Object> facts = List.of(
                new MissingData(1, "demos", List.of(10, 3)),
                new WeekResult(1, "calls", true, 4, CheckpointStatus.NO_DATA, 0, 15, true),
                new WeekResult(1, "calls", true, 2, CheckpointStatus.MET, 15, 15, true),
                new WeekResult(1, "calls", true, 3, CheckpointStatus.NOT_MET, 9, 15, true),
                "not a fact about data",
                new MissingData(1, "calls", List.of(1)));
        assertEquals(List.of("calls week 1", "calls week 4", "demos week 3", "demos week 10"),
                Evidence.missing(facts));
    }

    @Test
    void missingIsEmptyWhenEveryWeekHasData() {
        assertEquals(List.of(), Evidence.missing(List.of(
                new WeekResult(1, "calls", true, 2, CheckpointStatus.MET, 15, 15, true),
                new MissingData(1, "demos", List.of()))));
    }

    @Test
    void numsJoinsNumbersAsASentenceWritesThem() {
        assertEquals("15, 16.5, 14, 0.33", Evidence.nums(List.of(15.0, 16.5, 14.0, 1 / 3.0)));
        assertEquals("", Evidence.nums(List.of()));
    }
}
