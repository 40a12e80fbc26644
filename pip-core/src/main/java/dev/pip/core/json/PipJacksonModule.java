package dev.pip.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.pip.core.Evaluation;
import dev.pip.core.InvalidPlanException;
import dev.pip.core.PlanDocument;
import dev.pip.core.json.internal.EvaluationReader;
import dev.pip.core.json.internal.EvaluationWriter;
import dev.pip.core.json.internal.JsonText;
import dev.pip.core.json.internal.PlanReader;
import dev.pip.core.json.internal.PlanWriter;
import java.io.IOException;
import java.util.function.BiFunction;

/**
 * Lets an application's own Jackson {@code ObjectMapper} read and write {@link PlanDocument}
 * and {@link Evaluation} exactly as {@link PlanJson} and {@link EvaluationJson} do: the same
 * field names, the same defaults, the same checks. Plans and evaluations may be whole documents
 * or fields of the application's own types (a request body holding a plan, say).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new PipJacksonModule());
 * PlanDocument plan = mapper.readValue(json, PlanDocument.class);
 * String out = mapper.writeValueAsString(engine.evaluate(plan, asOf));
 * }</pre>
 *
 * <p>Bad input fails with a {@link JsonMappingException} (as every mapping problem in Jackson
 * does, so frameworks answer it as a client error) whose {@linkplain Throwable#getCause() cause}
 * is the {@link InvalidPlanException} that {@code PlanJson.read} throws for the same document,
 * with every problem and its JSON path from the plan's root ({@code $.targets[1].goal}).
 * Duplicate field names inside a plan are a problem even when the mapper lets them pass
 * elsewhere. Size and nesting limits are the mapper's own ({@code StreamReadConstraints}).
 * Writing uses the mapper's generator, so its pretty printer applies.
 *
 * <p>Stateless and thread-safe; register one instance or many.
 */
public final class PipJacksonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** A module for {@link PlanDocument} and {@link Evaluation}. */
    public PipJacksonModule() {
        super("pip", Version.unknownVersion());
        addSerializer(PlanDocument.class, new Writer<>(PlanDocument.class, PlanWriter::write));
        addSerializer(Evaluation.class, new Writer<>(Evaluation.class, EvaluationWriter::write));
        addDeserializer(PlanDocument.class, new Reader<>("plan", PlanReader::read));
        addDeserializer(Evaluation.class, new Reader<>("evaluation", EvaluationReader::read));
    }

    /** How a value is written to a generator. */
    private interface Write<T> {
        void write(T value, JsonGenerator g) throws IOException;
    }

    private static final class Writer<T> extends JsonSerializer<T> {
        private final Class<T> type;
        private final Write<T> write;

        Writer(Class<T> type, Write<T> write) {
            this.type = type;
            this.write = write;
        }

        @Override
        public Class<T> handledType() {
            return type;
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
            write.write(value, g);
        }
    }

    private static final class Reader<T> extends JsonDeserializer<T> {
        private final String source;
        private final BiFunction<JsonNode, String, T> read;

        Reader(String source, BiFunction<JsonNode, String, T> read) {
            this.source = source;
            this.read = read;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            boolean detecting = p.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            JsonNode tree;
            try {
                if (!detecting) {
                    p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                }
                tree = ctxt.readTree(p);
            } catch (JsonProcessingException e) {
                throw JsonMappingException.from(p, e.getOriginalMessage(), JsonText.malformed(source, e));
            } finally {
                if (!detecting) {
                    p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                }
            }
            try {
                return read.apply(tree, source);
            } catch (InvalidPlanException e) {
                throw JsonMappingException.from(p, e.getMessage(), e);
            }
        }
    }
}
