package dev.pip.examples.cli.internal;

import dev.pip.core.PlanDocument;
import dev.pip.core.json.PlanRead;
import dev.pip.examples.samples.SamplePlans;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The plans a rule set is tried on: the bundled samples, or the documents given (unreadable ones reported). */
public final class TrialPlans {
    private TrialPlans() {
    }

    /** The samples when {@code paths} is empty, else every readable document of {@code paths}, by source. */
    public static Map<String, PlanDocument> of(List<Path> paths, DocumentRun reading) {
        if (paths.isEmpty()) {
            return SamplePlans.all();
        }
        Map<String, PlanDocument> out = new LinkedHashMap<>();
        for (Path file : PlanInput.expand(paths)) {
            try (Stream<PlanRead> reads = PlanInput.read(file)) {
                reads.forEach(r -> reading.accept(r, out::put));
            }
        }
        return out;
    }
}
