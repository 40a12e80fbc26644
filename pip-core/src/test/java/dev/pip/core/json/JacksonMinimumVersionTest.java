package dev.pip.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library runs on the oldest Jackson it states (the build's {@code jackson.minimum.version},
 * copied beside the build by the dependency plugin): {@link JacksonMinimumProbe} in a JVM of its
 * own with only that Jackson on the class path.
 */
class JacksonMinimumVersionTest {
    private static String property(String name) {
        String value = System.getProperty(name);
        assertTrue(value != null && !value.isBlank(), name + " is set by the build (pip-core/pom.xml)");
        return value;
    }

    @Test
    void theLibraryReadsWritesAndRejectsDocumentsOnTheOldestSupportedJackson() throws Exception {
        String version = property("pip.jackson.minimum.version");
        List<String> classPath = new java.util.ArrayList<>(List.of(property("pip.classes"),
                property("pip.test.classes")));
        try (Stream<Path> jars = Files.list(Path.of(property("pip.jackson.minimum.dir")))) {
            jars.filter(p -> p.toString().endsWith(".jar")).map(Path::toString).forEach(classPath::add);
        }
        assertEquals(5, classPath.size(), "jackson-core, -databind and -annotations: " + classPath);
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
