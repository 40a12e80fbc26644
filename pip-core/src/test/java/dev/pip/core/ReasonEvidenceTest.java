package dev.pip.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReasonEvidenceTest {
    @Test
    void wholeNumbersOfEveryIntegerTypeBecomeIntegerSoAReasonReadBackFromJsonIsEqual() {
        Reason counted = new Reason("r", "m", Map.of("n", 0L, "s", (short) 3, "list", List.of(2L, 5)));
        assertEquals(new Reason("r", "m", Map.of("n", 0, "s", 3, "list", List.of(2, 5))), counted);
    }

    @Test
    void wholeNumbersBeyondAnIntStayLongAndFloatsBecomeDouble() {
        Reason r = new Reason("r", "m", Map.of("big", 5_000_000_000L, "f", 1.5f));
        assertEquals(Long.class, r.evidence().get("big").getClass());
        assertEquals(1.5, r.evidence().get("f"));
    }
}
