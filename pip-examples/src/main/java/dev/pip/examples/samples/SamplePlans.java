package dev.pip.examples.samples;

import dev.pip.core.PlanDocument;
import dev.pip.core.json.PlanJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample plan documents shipped in this jar: realistic sales stories that together reach
 * every {@link dev.pip.core.Recommendation} and every {@link dev.pip.core.Decision} when
 * evaluated as of {@link #DEMO_AS_OF}. The same files are in the source tree under
 * {@code pip-examples/src/main/resources/dev/pip/examples/samples/}.
 */
public final class SamplePlans {
    /**
     * The date the samples are written for: a Friday on which every story has reached the
     * decision it tells (a gate passed, an exit, an extension under way, a regression, a clean close...).
     */
    public static final LocalDate DEMO_AS_OF = LocalDate.of(2026, 11, 20);

    /** The resource folder of the samples inside the jar. */
    public static final String RESOURCE_FOLDER = "dev/pip/examples/samples/";

    private static final String INDEX = "index.txt";

    private SamplePlans() {
    }

    /** The sample file names (for example {@code 02-effort-gap.json}), in story order. */
    public static List<String> names() {
        try (InputStream in = open(INDEX);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sample index", e);
        }
    }

    /** The source text of one sample. */
    public static String text(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sample " + name, e);
        }
    }

    /**
     * One sample, read as a plan document.
     *
     * @throws dev.pip.core.InvalidPlanException if the sample is not a valid document (a bug)
     */
    public static PlanDocument read(String name) {
        return PlanJson.read(text(name), "samples/" + name);
    }

    /** Every sample by file name, in story order. */
    public static Map<String, PlanDocument> all() {
        Map<String, PlanDocument> out = new LinkedHashMap<>();
        names().forEach(n -> out.put(n, read(n)));
        return out;
    }

    private static InputStream open(String name) {
        InputStream in = SamplePlans.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + name);
        if (in == null) {
            throw new IllegalArgumentException("no sample named " + name + " in " + RESOURCE_FOLDER);
        }
        return in;
    }
}
