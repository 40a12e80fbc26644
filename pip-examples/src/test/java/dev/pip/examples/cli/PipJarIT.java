package dev.pip.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Decision;
import dev.pip.examples.samples.SamplePlans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the built, shaded pip.jar with {@code java -jar}, as a user would (failsafe, after package). */
class PipJarIT {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run java(Path workDir, String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("pip.jar", "target/pip.jar");
        assertTrue(Files.isRegularFile(Path.of(jar)), "built jar missing: " + jar);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", Path.of(jar).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = workDir.resolve("out.txt");
        Path err = workDir.resolve("err.txt");
        Process p = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int code = p.waitFor();
        return new Run(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarMergesTheServiceFilesOfEveryDroolsJar() throws IOException {
        try (JarFile jar = new JarFile(System.getProperty("pip.jar", "target/pip.jar"))) {
            JarEntry entry = jar.getJarEntry("META-INF/services/org.drools.wiring.api.ComponentsSupplier");
            String text = new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.contains("StaticComponentsSupplier") && text.contains("DynamicComponentsSupplier"), text);
            assertEquals("dev.pip.examples.cli.PipCommand", jar.getManifest().getMainAttributes().getValue("Main-Class"));
        }
    }

    @Test
    void theJarRunsTheDemoWithItsEmbeddedSamplesAndRules() throws Exception {
        Run r = java(dir, "demo");
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err(), "the demo is quiet on stderr: " + r);
        for (Decision d : Decision.values()) {
            assertTrue(r.out().contains("Decision:       " + d), d + " in " + r);
        }
    }

    @Test
    void theJarEvaluatesFilesAndReportsABadOneWithExitCodeOne() throws Exception {
        Files.writeString(dir.resolve("good.json"), SamplePlans.text("02-effort-gap.json"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("bad.json"), "{\"planId\": ", StandardCharsets.UTF_8);
        Run r = java(dir, "evaluate", "--as-of", "2026-11-20", "--format", "json", "good.json", "bad.json");
        assertEquals(1, r.code(), r::toString);
        assertTrue(r.out().startsWith("{\"planId\":\"PIP-2026-102\""), r::toString);
        assertTrue(r.err().startsWith("bad.json: $"), r::toString);
    }

    @Test
    void theJarExportsAndChecksRulesAndKnowsItsVersion() throws Exception {
        assertEquals(0, java(dir, "rules", "export", "my-rules").code());
        Run check = java(dir, "rules", "check", "my-rules");
        assertEquals(0, check.code(), check::toString);
        Run version = java(dir, "--version");
        assertEquals(0, version.code(), version::toString);
        assertTrue(version.out().startsWith("pip 0."), version::toString);
        assertEquals(2, java(dir, "evaluate").code());
    }

    @Test
    void theJarBenchesBothSidesAndKeepsStderrFreeOfProgressWhenRedirected() throws Exception {
        Run r = java(dir, "bench", "--plans", "200", "--warm-up", "0");
        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().strip().matches(
                "engine: \\d+ plans/s, reference: \\d+ plans/s, ratio \\d+\\.\\d, agree 200/200"), r::toString);
        Files.writeString(dir.resolve("two.jsonl"), SampleFiles.oneLine("02-effort-gap.json") + "\n"
                + SampleFiles.oneLine("05-pass-that-sticks.json") + "\n", StandardCharsets.UTF_8);
        Run e = java(dir, "evaluate", "--as-of", "2026-11-20", "--format", "json", "two.jsonl");
        assertEquals(0, e.code(), e::toString);
        assertEquals(2, e.out().lines().count(), e::toString);
        assertEquals("", e.err(), "no progress line on a redirected stderr: " + e);
    }
}
