package dev.pip.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON Schemas shipped in the pip-core jar, loaded from the class path as a user would load
 * them, with a maintained draft 2020-12 validator that asserts {@code format} (so "2026-02-30"
 * is not a date). Shared with the other modules' tests through pip-core's test-jar.
 */
public final class Schemas {
    /** The class-path resource of the plan document's schema. */
    public static final String PLAN_DOCUMENT_RESOURCE = "dev/pip/core/json-schema/plan-document.schema.json";
    /** The class-path resource of the evaluation's schema. */
    public static final String EVALUATION_RESOURCE = "dev/pip/core/json-schema/evaluation.schema.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Schemas PLAN_DOCUMENT = new Schemas(PLAN_DOCUMENT_RESOURCE);
    private static final Schemas EVALUATION = new Schemas(EVALUATION_RESOURCE);

    private final String resource;
    private final Schema schema;

    private Schemas(String resource) {
        this.resource = resource;
        this.schema = REGISTRY.getSchema(tree(read(resource), resource));
    }

    /** The plan document's schema. */
    public static Schemas planDocument() {
        return PLAN_DOCUMENT;
    }

    /** The evaluation's schema. */
    public static Schemas evaluation() {
        return EVALUATION;
    }

    /** The schema's own text, as shipped. */
    public static String read(String resource) {
        try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no schema on the class path at " + resource);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The class-path resource this schema was loaded from. */
    public String resource() {
        return resource;
    }

    /** Every violation of {@code json}, as "instance location: message"; empty when it is valid. */
    public List<String> problems(String json) {
        return problems(tree(json, "document"));
    }

    /** Every violation of {@code node}, as "instance location: message"; empty when it is valid. */
    List<String> problems(JsonNode node) {
        return schema.validate(node).stream().map(Schemas::describe).toList();
    }

    /** {@code json} as a tree. */
    static JsonNode tree(String json, String what) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(what + " is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String describe(Error e) {
        return e.getInstanceLocation() + ": " + e.getMessage();
    }
}
