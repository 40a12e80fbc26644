package dev.pip.examples.documents.internal;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The page templates, compiled once and shared; Mustache escapes every {@code {{value}}} for
 * HTML, so text from a plan document can never become markup. Thread-safe.
 */
public final class Templates {
    private static final MustacheFactory FACTORY = new DefaultMustacheFactory("dev/pip/examples/documents");

    private Templates() {
    }

    /** The page {@code name} (a {@code .mustache} file beside this package's resources) filled from {@code view}. */
    public static String render(String name, Object view) {
        Mustache template = FACTORY.compile(name + ".mustache");
        StringWriter out = new StringWriter(16_384);
        try {
            template.execute(out, view).flush();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException("cannot write the page " + name, e);
        }
        return out.toString();
    }
}
