package dev.pip.rules.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pip.core.Decision;
import dev.pip.core.Recommendation;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The published JSON Schema says what the reader accepts: same fields, same decisions and recommendations. */
class RuleCaseSchemaTest {
    private static JsonNode schema() throws IOException {
        try (InputStream in = RuleCases.class.getClassLoader().getResourceAsStream(RuleCases.SCHEMA_RESOURCE)) {
            assertNotNull(in, RuleCases.SCHEMA_RESOURCE + " is not in the jar");
            return new ObjectMapper().readTree(in);
        }
    }

    private static Set<String> names(JsonNode object) {
        Set<String> out = new TreeSet<>();
        object.properties().forEach(e -> out.add(e.getKey()));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void theSchemaIsDraft2020WithTheFieldsTheReaderKnows() throws IOException {
        JsonNode s = schema();

        assertEquals("https://json-schema.org/draft/2020-12/schema", s.get("$schema").asText());
        assertEquals(Set.of("$schema", "name", "description", "asOf", "plan", "planFile", "expect"),
                names(s.get("properties")));
        JsonNode expect = s.get("$defs").get("expect").get("properties");
        assertEquals(Set.of("recommendation", "decision", "timeline", "findings", "rules"), names(expect));
        assertEquals(Set.of("present", "absent"), names(expect.get("findings").get("properties")));
        assertEquals(Set.of("fired", "notFired"), names(expect.get("rules").get("properties")));
    }

    @Test
    void theSchemaListsEveryDecisionAndRecommendation() throws IOException {
        JsonNode s = schema();

        assertEquals(Stream.of(Decision.values()).map(Enum::name).toList(),
                texts(s.get("$defs").get("decision").get("enum")));
        assertEquals(Stream.of(Recommendation.values()).map(Enum::name).toList(),
                texts(s.get("$defs").get("expect").get("properties").get("recommendation").get("enum")));
    }
}
