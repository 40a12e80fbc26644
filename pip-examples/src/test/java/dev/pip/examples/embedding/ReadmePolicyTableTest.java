package dev.pip.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pip.core.PolicyParameter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's table of policy parameters is the one their description prints, never a copy that drifts. */
class ReadmePolicyTableTest {
    @Test
    void theReadmeHoldsThePolicyTableAsPrinted() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        String start = "<!-- policy table: start -->\n";
        int from = readme.indexOf(start) + start.length();
        int to = readme.indexOf("<!-- policy table: end -->");
        assertEquals(PolicyParameter.markdownTable(), readme.substring(from, to),
                "paste PolicyParameter.markdownTable() between the markers in README.md");
    }
}
