package dev.pip.examples.cli;

import dev.pip.examples.samples.SamplePlans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Sample plans written to a folder, as a user would have them. */
final class SampleFiles {
    private SampleFiles() {
    }

    /** Writes the named samples into {@code folder}; returns the last file written. */
    static Path copy(Path folder, String... names) throws IOException {
        Path last = folder;
        for (String name : names) {
            last = Files.writeString(folder.resolve(name), SamplePlans.text(name), StandardCharsets.UTF_8);
        }
        return last;
    }

    /** One sample on a single line, for a JSON Lines file. */
    static String oneLine(String name) {
        return SamplePlans.text(name).replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
