package dev.pip.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.PlanDocument;
import dev.pip.examples.samples.SamplePlans;
import dev.pip.rules.BundledRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImpactExampleTest {
    private static final List<PlanDocument> PLANS = List.of(SamplePlans.read("07-support-shortfall.json"),
            SamplePlans.read("02-effort-gap.json"));

    @Test
    void anUneditedCopyIsAcceptedAndChangesNothing(@TempDir Path dir) {
        BundledRules.exportTo(dir);
        StringWriter text = new StringWriter();

        assertTrue(ImpactExample.run(dir, PLANS, SamplePlans.DEMO_AS_OF, new PrintWriter(text)));
        assertTrue(text.toString().contains("2 plans: 2 unchanged, 0 changed, 0 failed"), text::toString);
    }

    @Test
    void anEditThatTurnsAnHrReviewIntoAnExitIsRefused(@TempDir Path dir) throws IOException {
        BundledRules.exportTo(dir);
        Path guards = dir.resolve("guards.drl");
        String text = Files.readString(guards, StandardCharsets.UTF_8);
        // Both fairness guards switched off: the support-shortfall sample's HR_REVIEW becomes an EXIT.
        for (String rule : List.of("Support shortfall", "Missed check-ins")) {
            int when = text.indexOf("when", text.indexOf("rule \"" + rule + "\""));
            text = text.substring(0, when) + "when\n    eval(false)" + text.substring(when + 4);
        }
        Files.writeString(guards, text, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();

        assertFalse(ImpactExample.run(dir, PLANS, SamplePlans.DEMO_AS_OF, new PrintWriter(out)));
        assertTrue(out.toString().contains("HR_REVIEW -> EXIT"), out::toString);
    }
}
