package dev.pip.core.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** A small JSON writer over Jackson's generator: optional values are left out, whole numbers have no fraction. */
final class Out {
    /** What a writer writes with an {@link Out}. */
    interface Body {
        void write(Out out) throws IOException;
    }

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final JsonGenerator g;

    private Out(JsonGenerator g) {
        this.g = g;
    }

    /** The JSON text {@code body} writes: on one line, or indented by two spaces with LF line ends. */
    static String text(boolean pretty, Body body) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            if (pretty) {
                DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
                g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            }
            body.write(new Out(g));
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string failed", e);
        }
        return w.toString();
    }

    /** Writes {@code body} into an application's own generator (its pretty printer and features apply). */
    static void into(JsonGenerator g, Body body) throws IOException {
        body.write(new Out(g));
    }

    JsonGenerator generator() {
        return g;
    }

    Out start() throws IOException {
        g.writeStartObject();
        return this;
    }

    Out end() throws IOException {
        g.writeEndObject();
        return this;
    }

    Out field(String name, String value) throws IOException {
        g.writeStringField(name, value);
        return this;
    }

    Out field(String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        }
        return this;
    }

    Out field(String name, Enum<?> value) throws IOException {
        g.writeStringField(name, value.name());
        return this;
    }

    Out field(String name, LocalDate value) throws IOException {
        g.writeStringField(name, value.toString());
        return this;
    }

    Out date(String name, Optional<LocalDate> value) throws IOException {
        if (value.isPresent()) {
            field(name, value.get());
        }
        return this;
    }

    Out field(String name, double value) throws IOException {
        g.writeFieldName(name);
        Numbers.write(g, value);
        return this;
    }

    Out field(String name, int value) throws IOException {
        g.writeNumberField(name, value);
        return this;
    }

    Out field(String name, boolean value) throws IOException {
        g.writeBooleanField(name, value);
        return this;
    }

    Out field(String name, OptionalDouble value) throws IOException {
        if (value.isPresent()) {
            field(name, value.getAsDouble());
        }
        return this;
    }

    Out field(String name, OptionalInt value) throws IOException {
        if (value.isPresent()) {
            field(name, value.getAsInt());
        }
        return this;
    }

    Out strings(String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
        return this;
    }

    /** Writes {@code items} as an array of objects, each written by {@code item}. */
    <T> Out array(String name, List<T> items, Item<T> item) throws IOException {
        g.writeArrayFieldStart(name);
        for (T t : items) {
            g.writeStartObject();
            item.write(this, t);
            g.writeEndObject();
        }
        g.writeEndArray();
        return this;
    }

    Out object(String name) throws IOException {
        g.writeObjectFieldStart(name);
        return this;
    }

    /** Writes the fields of one element. */
    interface Item<T> {
        void write(Out out, T value) throws IOException;
    }
}
