package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.generate.PlanGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled rules run on the runtime jars alone, as an application that depends on pip-rules
 * gets them: this class runs in a surefire execution of its own whose class path leaves out
 * the DRL compiler (pip-rules/pom.xml, execution {@code without-compiler}), and is skipped by
 * the ordinary one.
 */
class WithoutCompilerTest {
    private static final List<String> COMPILER_CLASSES = List.of("org.drools.model.codegen.ExecutableModelProject",
            "org.drools.drl.parser.DrlParser", "com.github.javaparser.JavaParser",
            "org.eclipse.jdt.internal.compiler.Compiler");

    @Test
    void theDrlCompilerIsNotOnTheClassPath() {
        for (String name : COMPILER_CLASSES) {
            assertThrows(ClassNotFoundException.class, () -> Class.forName(name, false,
                    WithoutCompilerTest.class.getClassLoader()), name);
        }
    }

    @Test
    void theBundledRulesDecide() {
        PipEngine engine = PipEngine.withDefaultRules();

        assertEquals(List.of("CONTINUE@30"), Scenarios.timeline(engine.evaluate(
                Plans.observed(Plans.base(), 1, 4, w -> 15).build(), Plans.day(30))));
        assertEquals(List.of("EXIT@30"), Scenarios.timeline(engine.evaluate(
                Plans.observed(Plans.base(), 1, 8, w -> 14).build(), Plans.day(45))));
        Set<Decision> seen = EnumSet.noneOf(Decision.class);
        SplittableRandom random = new SplittableRandom(20261128L);
        for (int i = 0; i < 300; i++) {
            PlanDocument plan = PlanGenerator.defaults().next(random).plan();
            Evaluation e = engine.evaluate(plan, plan.startDate().plusDays(random.nextInt(150)));
            seen.add(e.decision());
        }
        assertTrue(seen.size() >= 5, "generated plans reach many decisions: " + seen);
    }

    @Test
    void ownRuleFilesNameTheDependencyTheyNeed(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("mine.drl"), "package mine;\n");
        PipEngine.Builder own = PipEngine.builder().rules(folder);

        IllegalStateException e = assertThrows(IllegalStateException.class, own::build);

        assertTrue(e.getMessage().contains("add the dependency org.drools:drools-engine (version 10.2.0)"),
                e.getMessage());
    }
}
