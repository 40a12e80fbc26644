package dev.pip.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rules of the bundled rule files (the rule authors' conventions): each rule has a quoted name, a
 * one-line comment citing its specification section, and a focused test; no rule changes its input
 * facts; thresholds come from facts, never number literals in conditions.
 */
class RuleConventionsTest {
    private static final Pattern RULE = Pattern.compile("(?m)^rule \"([^\"]+)\"");
    private static final Pattern WHEN = Pattern.compile("(?ms)^when$(.*?)^then$");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w$.])\\d+(\\.\\d+)?(?![\\w.])");
    private static final Path TESTS = Path.of("src/test/java/dev/pip/rules");

    private static List<String> ruleNames(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = RULE.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyRuleHasAOneLineCommentCitingItsDomainSection() {
        for (Map.Entry<String, String> f : BundledRules.files().entrySet()) {
            String[] lines = f.getValue().split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].startsWith("rule \"")) {
                    String comment = lines[i - 1];
                    assertTrue(comment.startsWith("// ") && comment.contains("(specification, section"),
                            f.getKey() + ": " + lines[i] + " lacks a comment citing the specification: " + comment);
                    assertTrue(!lines[i - 2].startsWith("//"), f.getKey() + ": " + lines[i] + " has a multi-line comment");
                }
            }
        }
    }

    @Test
    void everyRuleHasAFocusedTest() throws IOException {
        StringBuilder tests = new StringBuilder();
        try (Stream<Path> files = Files.list(TESTS)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith("RulesTest.java")).toList()) {
                tests.append(Files.readString(p));
            }
        }
        List<String> untested = new ArrayList<>();
        for (String text : BundledRules.files().values()) {
            ruleNames(text).stream().filter(n -> !tests.toString().contains("\"" + n + "\"")).forEach(untested::add);
        }
        assertEquals(List.of(), untested, "rules without a focused *RulesTest naming them");
    }

    @Test
    void ruleNamesAreUnique() {
        List<String> all = new ArrayList<>();
        BundledRules.files().values().forEach(t -> all.addAll(ruleNames(t)));
        assertEquals(all.size(), all.stream().distinct().count(), "duplicate rule names: " + all);
    }

    @Test
    void rulesNeverChangeTheirInputFacts() {
        for (Map.Entry<String, String> f : BundledRules.files().entrySet()) {
            for (String verb : List.of("modify(", "modify (", "update(", "delete(", "retract(")) {
                assertTrue(!f.getValue().contains(verb), f.getKey() + " uses " + verb);
            }
            assertTrue(!f.getValue().contains("System.out"), f.getKey());
        }
    }

    @Test
    void conditionsTakeThresholdsFromFactsNotNumberLiterals() {
        for (Map.Entry<String, String> f : BundledRules.files().entrySet()) {
            Matcher when = WHEN.matcher(f.getValue());
            while (when.find()) {
                Matcher n = NUMBER.matcher(when.group(1).replaceAll("//.*", ""));
                while (n.find()) {
                    assertEquals("0", n.group(), f.getKey() + ": number literal in a condition: " + when.group(1));
                }
            }
        }
    }
}
