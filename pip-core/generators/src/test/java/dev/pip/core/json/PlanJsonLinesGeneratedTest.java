package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pip.core.PlanDocument;
import dev.pip.generate.PlanGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PlanJson's lines of generated plans (the example-based checks are pip-core's PlanJsonLinesTest). */
class PlanJsonLinesGeneratedTest {
    @Test
    void generatedPlansWrittenAsLinesReadBackInOrder(@TempDir Path dir) throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        List<PlanDocument> plans = IntStream.range(0, 50).mapToObj(i -> PlanGenerator.defaults().next(random).plan())
                .toList();
        Path file = dir.resolve("plans.jsonl");
        Files.writeString(file, plans.stream().map(PlanJson::write).collect(Collectors.joining("\n")),
                StandardCharsets.UTF_8);

        try (Stream<PlanRead> reads = PlanJson.readLines(file)) {
            assertEquals(plans, reads.map(r -> r.plan().orElseThrow()).toList());
        }
    }
}
