package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Evaluation;
import dev.pip.core.generate.GeneratedPlan;
import dev.pip.core.generate.PlanGenerator;
import dev.pip.core.generate.Property;
import dev.pip.core.json.PlanJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled rules run in stages (each rule's {@code salience}): a rule that asks whether some
 * fact is absent, present or how many there are ranks below every rule that derives such facts,
 * so it looks only once they are all in. Stages order the work, never the outcome: the same rules
 * without any salience decide every plan the same way, only with more firings undone later.
 */
class RuleStagesTest {
    private static final Pattern RULE = Pattern.compile("(?ms)^rule \"([^\"]+)\"\\s*\\n(.*?)^end$");
    private static final Pattern SALIENCE = Pattern.compile("(?m)^salience (-?\\d+)$");
    private static final Pattern WHEN = Pattern.compile("(?ms)^when$(.*?)^then$(.*)");
    /** The fact type a {@code not}, {@code exists} or {@code accumulate} asks about, with a severity it names. */
    private static final Pattern ASKS = Pattern.compile(
            "(?:\\bnot|\\bexists|\\baccumulate\\s*\\()\\s*(?:\\$\\w+\\s*:\\s*)?(\\w+)\\((?:severity == Severity\\.(\\w+))?");
    /** The fact type a consequence derives, with its severity when it is a finding. */
    private static final Pattern DERIVES = Pattern.compile("insert(?:Logical)?\\(new (\\w+)\\((?:Severity\\.(\\w+))?");
    /**
     * Rules that count decisions of earlier days only: those were all reached before the window this
     * rule decides could open, whatever their stage (specification, section 6, one extension at a time).
     */
    private static final Set<String> EARLIER_DAYS_ONLY = Set.of("Meaningful improvement extends the plan",
            "No extension left");

    private record Rule(String name, int salience, Set<String> asks, Set<String> derives) {
    }

    private static List<Rule> rules() {
        List<Rule> out = new ArrayList<>();
        for (Map.Entry<String, String> f : BundledRules.files().entrySet()) {
            Matcher m = RULE.matcher(f.getValue());
            while (m.find()) {
                String body = m.group(2);
                Matcher s = SALIENCE.matcher(body);
                assertTrue(s.find(), f.getKey() + ": rule \"" + m.group(1) + "\" has no stage (salience)");
                Matcher w = WHEN.matcher(body);
                assertTrue(w.find(), m.group(1));
                out.add(new Rule(m.group(1), Integer.parseInt(s.group(1)), all(ASKS, w.group(1)), all(DERIVES, w.group(2))));
            }
        }
        return out;
    }

    private static Set<String> all(Pattern p, String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group(2) == null ? m.group(1) : m.group(1) + "." + m.group(2));
        }
        return out;
    }

    @Test
    void aRuleThatAsksAboutDerivedFactsRanksBelowEveryRuleDerivingThem() {
        List<Rule> rules = rules();
        Map<String, List<Rule>> derivers = new HashMap<>();
        // A rule deriving a finding of some severity derives a finding, too, for rules that ask about any.
        rules.forEach(r -> r.derives().forEach(t -> {
            derivers.computeIfAbsent(t, k -> new ArrayList<>()).add(r);
            if (t.contains(".")) {
                derivers.computeIfAbsent(t.substring(0, t.indexOf('.')), k -> new ArrayList<>()).add(r);
            }
        }));
        List<String> wrong = new ArrayList<>();
        for (Rule r : rules) {
            for (String type : r.asks()) {
                for (Rule d : derivers.getOrDefault(type, List.of())) {
                    if (d.salience() <= r.salience() && !(EARLIER_DAYS_ONLY.contains(r.name()) && type.equals("Reached"))) {
                        wrong.add("\"" + r.name() + "\" (salience " + r.salience() + ") asks about " + type
                                + " derived by \"" + d.name() + "\" (salience " + d.salience() + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(rules.stream().anyMatch(r -> r.asks().contains("WeekResult")), "the check sees the rules' questions");
        assertTrue(rules.stream().anyMatch(r -> r.asks().contains("Finding.ERROR")), "and the severity asked about");
    }

    @Test
    void stagesOrderTheWorkNeverTheOutcome(@TempDir Path dir) throws IOException {
        for (Path p : BundledRules.exportTo(dir)) {
            Files.writeString(p, SALIENCE.matcher(Files.readString(p)).replaceAll("// no stage"));
        }
        PipEngine staged = PipEngine.withDefaultRules();
        PipEngine unstaged = PipEngine.builder().rules(dir).build();
        PlanGenerator generator = PlanGenerator.defaults();
        Property.forAll("stages do not change evaluations", 300, generator::next)
                .describedBy((GeneratedPlan g) -> "as of " + g.asOf() + " (" + g.scenario() + ")\n"
                        + PlanJson.writePretty(g.plan()))
                .check(g -> {
                    Evaluation a = staged.evaluate(g.plan(), g.asOf());
                    Evaluation b = unstaged.evaluate(g.plan(), g.asOf());
                    assertEquals(a.timeline(), b.timeline());
                    assertEquals(a.recommendation(), b.recommendation());
                    assertEquals(a.reasons(), b.reasons());
                    assertEquals(a.findings(), b.findings());
                    assertEquals(a.weeks(), b.weeks());
                    assertEquals(a.needs(), b.needs());
                });
    }
}
