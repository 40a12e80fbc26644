package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.generate.PlanGenerator;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library runs on the oldest Jackson it states (the build's {@code jackson.minimum.version},
 * copied beside the build by the dependency plugin): {@link JacksonMinimumProbe} in a JVM of its
 * own with only that Jackson on the class path, beside pip-core, its test fixtures, the
 * generators and this module's tests. It lives with the generators because the probe reads and
 * breaks generated documents.
 */
class JacksonMinimumVersionTest {
    private static String property(String name) {
        String value = System.getProperty(name);
        assertTrue(value != null && !value.isBlank(), name + " is set by the build (pip-core/generators/pom.xml)");
        return value;
    }

    /** Where {@code type} was loaded from: a jar or a classes folder. */
    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no file location for " + type.getName(), e);
        }
    }

    @Test
    void theLibraryReadsWritesAndRejectsDocumentsOnTheOldestSupportedJackson() throws Exception {
        String version = property("pip.jackson.minimum.version");
        List<String> classPath = new ArrayList<>(List.of(location(PlanJson.class), location(EvaluationJsonTest.class),
                location(PlanGenerator.class), location(JacksonMinimumProbe.class)));
        List<String> jackson;
        try (Stream<Path> jars = Files.list(Path.of(property("pip.jackson.minimum.dir")))) {
            jackson = jars.filter(p -> p.toString().endsWith(".jar")).map(Path::toString).toList();
        }
        assertEquals(3, jackson.size(), "jackson-core, -databind and -annotations: " + jackson);
        classPath.addAll(jackson);
        Path out = Files.createTempFile("jackson-minimum", ".log");
        try {
            Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", String.join(File.pathSeparator, classPath), JacksonMinimumProbe.class.getName())
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            int exit = java.waitFor();
            String log = Files.readString(out, StandardCharsets.UTF_8);
            assertEquals(0, exit, log);
            assertTrue(log.startsWith("jackson " + version + "\n"), log);
            assertTrue(log.endsWith("ok\n"), log);
        } finally {
            deleteQuietly(out);
        }
    }

    private static void deleteQuietly(Path file) throws IOException {
        Files.deleteIfExists(file);
    }
}
