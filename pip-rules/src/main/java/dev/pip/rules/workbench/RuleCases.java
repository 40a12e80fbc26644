package dev.pip.rules.workbench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pip.core.Decision;
import dev.pip.core.InvalidPlanException;
import dev.pip.core.PlanDocument;
import dev.pip.core.Problem;
import dev.pip.core.Recommendation;
import dev.pip.core.json.PlanJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads and writes test case files. The format is published as a JSON Schema (draft 2020-12) in
 * this jar at {@value #SCHEMA_RESOURCE}; the rule author's guide describes it.
 *
 * <pre>{@code
 * {"name": "gate passes", "asOf": "2026-10-10", "planFile": "../plans/pass.json",
 *  "expect": {"decision": "CONTINUE", "timeline": [{"decision": "CONTINUE", "day": 30}],
 *             "rules": {"fired": ["Gate passed"], "notFired": ["Gate failed"]}}}
 * }</pre>
 */
public final class RuleCases {
    /** Where the case format's JSON Schema lies in this jar. */
    public static final String SCHEMA_RESOURCE = "dev/pip/rules/workbench/rule-case.schema.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code "name": value}, arrays one item a line: as people write JSON by hand. */
    private static final DefaultPrettyPrinter PRETTY = new Pretty();
    private static final Set<String> TOP = Set.of("$schema", "name", "description", "asOf", "plan", "planFile",
            "expect");
    private static final Set<String> EXPECT = Set.of("recommendation", "decision", "timeline", "findings", "rules");

    private RuleCases() {
    }

    /**
     * The case files named: each file itself, each folder's {@code .json} files sorted by name
     * (not its subfolders': keep the plans that cases point to in a subfolder).
     *
     * @throws UncheckedIOException when a folder cannot be listed
     */
    public static List<Path> files(List<Path> filesOrFolders) {
        List<Path> out = new ArrayList<>();
        for (Path p : filesOrFolders) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.list(p)) {
                    walk.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".json"))
                            .sorted(Comparator.comparing(Path::toString)).forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Reads one case file; a {@code planFile} is resolved against the case file's folder.
     *
     * @throws InvalidCaseException naming every problem of the file (and of its plan) at once
     */
    public static RuleCase read(Path file) {
        String source = file.toString();
        JsonNode root = tree(file);
        List<Problem> problems = new ArrayList<>();
        if (!root.isObject()) {
            throw new InvalidCaseException(source, List.of(new Problem("$", "a case is a JSON object, was "
                    + kind(root))));
        }
        unknown(root, TOP, "$", problems);
        String name = optionalText(root, "name", "$", problems).orElseGet(() -> baseName(file));
        optionalText(root, "description", "$", problems);
        LocalDate asOf = date(root.get("asOf"), "$.asOf", problems);
        PlanDocument plan = plan(root, file, problems);
        Expectations expect = root.has("expect") ? expectations(root.get("expect"), problems) : Expectations.NONE;
        if (!problems.isEmpty()) {
            throw new InvalidCaseException(source, problems);
        }
        return new RuleCase(name, source, plan, asOf, expect);
    }

    /**
     * Writes {@code expect} into the case file's {@code expect} field, keeping every other field
     * as it was.
     *
     * @throws InvalidCaseException when the file is not a JSON object
     * @throws UncheckedIOException when the file cannot be written
     */
    public static void writeExpectations(Path file, Expectations expect) {
        JsonNode root = tree(file);
        if (!(root instanceof ObjectNode object)) {
            throw new InvalidCaseException(file.toString(), List.of(new Problem("$", "a case is a JSON object")));
        }
        object.set("expect", toJson(expect));
        try {
            Files.writeString(file, JSON.writer(PRETTY).writeValueAsString(object) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The JSON of {@code expect}, as written in a case's {@code expect} field. */
    public static ObjectNode toJson(Expectations expect) {
        ObjectNode out = JSON.createObjectNode();
        expect.recommendation().ifPresent(r -> out.put("recommendation", r.name()));
        expect.decision().ifPresent(d -> out.put("decision", d.name()));
        expect.timeline().ifPresent(t -> {
            ArrayNode a = out.putArray("timeline");
            t.forEach(s -> a.addObject().put("decision", s.decision().name()).put("day", s.day()));
        });
        if (!expect.findingsPresent().isEmpty() || !expect.findingsAbsent().isEmpty()) {
            ObjectNode f = out.putObject("findings");
            sorted(f, "present", expect.findingsPresent());
            sorted(f, "absent", expect.findingsAbsent());
        }
        if (!expect.rulesFired().isEmpty() || !expect.rulesNotFired().isEmpty()) {
            ObjectNode r = out.putObject("rules");
            sorted(r, "fired", expect.rulesFired());
            sorted(r, "notFired", expect.rulesNotFired());
        }
        return out;
    }

    private static void sorted(ObjectNode into, String field, Set<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = into.putArray(field);
            values.stream().sorted().forEach(a::add);
        }
    }

    private static JsonNode tree(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidCaseException(file.toString(), List.of(new Problem("$", "cannot read the file: "
                    + e.getClass().getSimpleName() + " " + e.getMessage())));
        }
        try {
            JsonNode root = JSON.readTree(text);
            if (root == null || root.isMissingNode()) {
                throw new InvalidCaseException(file.toString(), List.of(new Problem("$", "the file is empty")));
            }
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new InvalidCaseException(file.toString(), List.of(new Problem("$", "not valid JSON" + where + ": "
                    + e.getOriginalMessage())));
        }
    }

    private static PlanDocument plan(JsonNode root, Path file, List<Problem> problems) {
        JsonNode inline = root.get("plan");
        JsonNode ref = root.get("planFile");
        if (inline != null && ref != null) {
            problems.add(new Problem("$", "give either plan or planFile, not both"));
            return null;
        }
        if (inline == null && ref == null) {
            problems.add(new Problem("$", "missing plan: give the plan document as plan, or its path as planFile"));
            return null;
        }
        try {
            if (inline != null) {
                if (!inline.isObject()) {
                    problems.add(new Problem("$.plan", "expected a plan document (an object), was " + kind(inline)));
                    return null;
                }
                return PlanJson.read(inline.toString(), file.toString());
            }
            if (!ref.isTextual() || ref.asText().isBlank()) {
                problems.add(new Problem("$.planFile", "expected the path of a plan document, was " + kind(ref)));
                return null;
            }
            Path dir = file.toAbsolutePath().getParent();
            Path planPath = dir == null ? Path.of(ref.asText()) : dir.resolve(ref.asText()).normalize();
            if (!Files.isRegularFile(planPath)) {
                problems.add(new Problem("$.planFile", "no such file: " + planPath));
                return null;
            }
            return PlanJson.read(planPath);
        } catch (InvalidPlanException e) {
            for (Problem p : e.problems()) {
                problems.add(inline != null ? new Problem("$.plan" + p.path().substring(1), p.message())
                        : new Problem("$.planFile", ref.asText() + ": " + p));
            }
            return null;
        }
    }

    private static Expectations expectations(JsonNode e, List<Problem> problems) {
        if (!e.isObject()) {
            problems.add(new Problem("$.expect", "expected an object, was " + kind(e)));
            return Expectations.NONE;
        }
        unknown(e, EXPECT, "$.expect", problems);
        Optional<Recommendation> recommendation = constant(e.get("recommendation"), "$.expect.recommendation",
                Recommendation.class, problems);
        Optional<Decision> decision = constant(e.get("decision"), "$.expect.decision", Decision.class, problems);
        Optional<List<Expectations.Step>> timeline = Optional.empty();
        JsonNode t = e.get("timeline");
        if (t != null) {
            if (!t.isArray()) {
                problems.add(new Problem("$.expect.timeline", "expected an array, was " + kind(t)));
            } else {
                List<Expectations.Step> steps = new ArrayList<>();
                for (int i = 0; i < t.size(); i++) {
                    step(t.get(i), "$.expect.timeline[" + i + "]", problems).ifPresent(steps::add);
                }
                timeline = Optional.of(steps);
            }
        }
        JsonNode f = pair(e, "findings", Set.of("present", "absent"), problems);
        JsonNode r = pair(e, "rules", Set.of("fired", "notFired"), problems);
        return new Expectations(recommendation, decision, timeline,
                texts(f, "present", "$.expect.findings", problems), texts(f, "absent", "$.expect.findings", problems),
                texts(r, "fired", "$.expect.rules", problems), texts(r, "notFired", "$.expect.rules", problems));
    }

    private static Optional<Expectations.Step> step(JsonNode s, String path, List<Problem> problems) {
        if (!s.isObject()) {
            problems.add(new Problem(path, "expected {\"decision\": ..., \"day\": ...}, was " + kind(s)));
            return Optional.empty();
        }
        unknown(s, Set.of("decision", "day"), path, problems);
        Optional<Decision> d = constant(s.get("decision"), path + ".decision", Decision.class, problems);
        JsonNode day = s.get("day");
        if (d.isEmpty() && s.get("decision") == null) {
            problems.add(new Problem(path + ".decision", "missing"));
        }
        if (day == null) {
            problems.add(new Problem(path + ".day", "missing"));
        } else if (!day.canConvertToInt() || !day.isIntegralNumber() || day.asInt() < 1) {
            problems.add(new Problem(path + ".day", "expected a plan day (a whole number from 1), was " + day));
        } else if (d.isPresent()) {
            return Optional.of(new Expectations.Step(d.get(), day.asInt()));
        }
        return Optional.empty();
    }

    private static JsonNode pair(JsonNode e, String field, Set<String> names, List<Problem> problems) {
        JsonNode n = e.get(field);
        if (n == null) {
            return JSON.createObjectNode();
        }
        if (!n.isObject()) {
            problems.add(new Problem("$.expect." + field, "expected an object with " + String.join(" and ",
                    names.stream().sorted().toList()) + ", was " + kind(n)));
            return JSON.createObjectNode();
        }
        unknown(n, names, "$.expect." + field, problems);
        return n;
    }

    private static Set<String> texts(JsonNode parent, String field, String path, List<Problem> problems) {
        JsonNode n = parent.get(field);
        Set<String> out = new LinkedHashSet<>();
        if (n == null) {
            return out;
        }
        if (!n.isArray()) {
            problems.add(new Problem(path + "." + field, "expected an array of names, was " + kind(n)));
            return out;
        }
        for (int i = 0; i < n.size(); i++) {
            JsonNode v = n.get(i);
            if (!v.isTextual() || v.asText().isBlank()) {
                problems.add(new Problem(path + "." + field + "[" + i + "]", "expected a name, was " + kind(v)));
            } else {
                out.add(v.asText());
            }
        }
        return out;
    }

    private static <E extends Enum<E>> Optional<E> constant(JsonNode n, String path, Class<E> type,
            List<Problem> problems) {
        if (n == null) {
            return Optional.empty();
        }
        if (n.isTextual()) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(n.asText())) {
                    return Optional.of(e);
                }
            }
        }
        problems.add(new Problem(path, "expected one of " + List.of(type.getEnumConstants()) + ", was " + n));
        return Optional.empty();
    }

    private static LocalDate date(JsonNode n, String path, List<Problem> problems) {
        if (n == null) {
            problems.add(new Problem(path, "missing: the date to evaluate the plan as of (YYYY-MM-DD)"));
            return null;
        }
        try {
            if (n.isTextual()) {
                return LocalDate.parse(n.asText());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(new Problem(path, "expected an ISO date (YYYY-MM-DD), was " + n));
        return null;
    }

    private static Optional<String> optionalText(JsonNode parent, String field, String path, List<Problem> problems) {
        JsonNode n = parent.get(field);
        if (n == null) {
            return Optional.empty();
        }
        if (!n.isTextual()) {
            problems.add(new Problem(path + "." + field, "expected text, was " + kind(n)));
            return Optional.empty();
        }
        return Optional.of(n.asText());
    }

    private static void unknown(JsonNode object, Set<String> known, String path, List<Problem> problems) {
        for (var property : object.properties()) {
            String f = property.getKey();
            if (!known.contains(f)) {
                problems.add(new Problem(path + "." + f, "unknown field; known: " + String.join(", ",
                        known.stream().sorted().toList())));
            }
        }
    }

    private static String kind(JsonNode n) {
        return n.isTextual() ? "\"" + n.asText() + "\"" : n.isContainerNode() ? n.getNodeType().toString()
                .toLowerCase(java.util.Locale.ROOT) : n.toString();
    }

    private static String baseName(Path file) {
        Path name = file.getFileName();
        String s = name == null ? file.toString() : name.toString();
        return s.endsWith(".json") ? s.substring(0, s.length() - 5) : s;
    }

    /** Jackson's pretty printer without the space before the colon (APIs of Jackson 2.15, the oldest supported). */
    private static final class Pretty extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        Pretty() {
            indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        }

        Pretty(Pretty base) {
            super(base);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new Pretty(this);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }
    }
}
