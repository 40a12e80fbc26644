package dev.pip.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.rules.BundledRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build wrote a model of the bundled rules, and it serves those texts only. */
class PrecompiledModelTest {
    private static List<RuleFile> bundled() {
        return BundledRules.files().entrySet().stream().map(e -> new RuleFile(e.getKey(), e.getValue())).toList();
    }

    @Test
    void buildWroteAModelOfTheBundledRuleTexts() {
        assertTrue(PrecompiledModel.load(Fingerprint.ofRules(bundled())).isPresent(),
                "run the build (mvn process-classes) to precompile the bundled rules");
    }

    @Test
    void otherRuleTextsGetNoPrecompiledModel() {
        List<RuleFile> edited = bundled().stream()
                .map(f -> new RuleFile(f.name(), f.text() + "\n// edited\n")).toList();
        assertTrue(PrecompiledModel.load(Fingerprint.ofRules(edited)).isEmpty());
    }

    @Test
    void buildPackageReplacesOnlyThePackageDeclaration() {
        assertEquals("// x\npackage " + PrecompiledModel.PACKAGE + ";\nimport a.b;\nrule \"package p\" when then end",
                PrecompiledModel.inBuildPackage("// x\npackage dev.pip.rules;\nimport a.b;\nrule \"package p\" when then end"));
        assertThrows(IllegalArgumentException.class, () -> PrecompiledModel.inBuildPackage("rule \"r\" when then end"));
    }
}
