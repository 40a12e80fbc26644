package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.pip.core.Evaluation;
import dev.pip.generate.PlanGenerator;
import dev.pip.generate.Property;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled rules precompiled at build time decide exactly like the same texts compiled at start-up. */
class PrecompiledRulesTest {
    @TempDir
    Path dir;

    @Test
    void precompiledBundledRulesDecideLikeTheSameRulesCompiledAtStartUp() throws IOException {
        BundledRules.exportTo(dir);
        // One comment more: other texts, so this engine compiles its rules instead of loading the model.
        Path gate = dir.resolve("gate.drl");
        Files.writeString(gate, Files.readString(gate) + "\n// compiled at start-up\n");
        PipEngine compiled = PipEngine.builder().rules(dir).build();
        PipEngine precompiled = PipEngine.withDefaultRules();
        assertNotEquals(precompiled.ruleSet().fingerprint(), compiled.ruleSet().fingerprint());
        PlanGenerator generator = PlanGenerator.defaults();
        Property.forAll("precompiled and compiled rules decide alike", 200, generator::next).check(g -> {
            Evaluation a = precompiled.evaluate(g.plan(), g.asOf());
            Evaluation b = compiled.evaluate(g.plan(), g.asOf());
            assertEquals(withoutRuleSet(a), withoutRuleSet(b));
        });
    }

    private static String withoutRuleSet(Evaluation e) {
        return String.join("\n", e.recommendation().toString(), e.decision().toString(), e.timeline().toString(),
                e.reasons().toString(), e.findings().toString(), e.weeks().toString(), e.needs().toString(),
                e.policy().toString(), String.valueOf(e.humanReviewRequired()));
    }

    @Test
    void exportedUnchangedRulesKeepTheBundledFingerprint() {
        BundledRules.exportTo(dir);
        assertEquals(PipEngine.withDefaultRules().ruleSet(),
                PipEngine.builder().rules(dir).name("bundled").build().ruleSet());
    }
}
