package dev.pip.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.core.json.PlanJson;
import dev.pip.rules.BundledRules;
import dev.pip.rules.PipEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules compiled once are kept and loaded again without the compiler, deciding exactly alike. */
class CompiledCacheTest {
    @TempDir
    Path dir;

    @Test
    void aRuleFolderCompiledOnceLoadsFromTheCacheAndDecidesAlike() throws IOException {
        Path rules = dir.resolve("rules");
        Path cache = dir.resolve("cache");
        BundledRules.exportTo(rules);
        Files.writeString(rules.resolve("gate.drl"), Files.readString(rules.resolve("gate.drl")) + "\n// edited\n");
        PipEngine first = PipEngine.builder().rules(rules).compiledRulesCache(cache).build();
        List<Path> kept;
        try (Stream<Path> files = Files.list(cache)) {
            kept = files.toList();
        }
        assertEquals(1, kept.size(), "one entry per rule set: " + kept);
        String digest = Fingerprint.ofRules(List.of(BundledRules.files().entrySet().stream()
                .map(e -> new RuleFile(e.getKey(), e.getKey().equals("gate.drl") ? e.getValue() + "\n// edited\n"
                        : e.getValue())).toArray(RuleFile[]::new)));
        assertTrue(new CompiledCache(cache, digest).load().isPresent(), "the kept entry loads");

        PipEngine second = PipEngine.builder().rules(rules).compiledRulesCache(cache).build();
        PlanDocument plan = PlanJson.read(BundledSample.TEXT, "sample");
        for (LocalDate asOf : List.of(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 20), LocalDate.of(2027, 2, 1))) {
            Evaluation a = first.evaluate(plan, asOf);
            Evaluation b = second.evaluate(plan, asOf);
            assertEquals(a, b, "as of " + asOf);
        }
        assertEquals(first.ruleSet(), second.ruleSet());
    }

    @Test
    void anEntryThatCannotBeLoadedIsCompiledAgain() throws IOException {
        Path rules = dir.resolve("rules");
        Path cache = dir.resolve("cache");
        BundledRules.exportTo(rules);
        Files.writeString(rules.resolve("gate.drl"), Files.readString(rules.resolve("gate.drl")) + "\n// edited\n");
        PipEngine.builder().rules(rules).compiledRulesCache(cache).build();
        try (Stream<Path> files = Files.list(cache)) {
            for (Path p : files.toList()) {
                Files.writeString(p, "not a jar");
            }
        }
        PipEngine again = PipEngine.builder().rules(rules).compiledRulesCache(cache).build();
        assertEquals("rules", again.ruleSet().name());
    }

    /** A small active plan: the effort-gap story of the samples, inline so this module needs no examples. */
    private static final class BundledSample {
        static final String TEXT = """
                {"planId": "PIP-C", "rep": {"id": "rep-1"}, "manager": "mgr-1", "startDate": "2026-09-07",
                 "diagnosis": {"rootCause": "EFFORT", "monthsUnderperforming": 3, "coachingTried": true,
                   "expectationsConversation": true},
                 "targets": [
                   {"id": "calls", "name": "Calls", "kind": "BEHAVIOURAL", "baseline": 20, "goal": 40, "direction": "AT_LEAST", "source": "CRM"},
                   {"id": "demos", "name": "Demos", "kind": "BEHAVIOURAL", "baseline": 2, "goal": 5, "direction": "AT_LEAST", "source": "CRM"},
                   {"id": "followups", "name": "Follow-ups", "kind": "BEHAVIOURAL", "baseline": 5, "goal": 10, "direction": "AT_LEAST", "source": "CRM"}],
                 "support": [{"kind": "COACHING", "perWeek": 1}],
                 "approvals": {"hrReviewed": true, "repSigned": true, "managerSigned": true},
                 "observations": [
                   {"metric": "calls", "week": 1, "value": 41}, {"metric": "calls", "week": 2, "value": 42},
                   {"metric": "calls", "week": 3, "value": 40}, {"metric": "calls", "week": 4, "value": 44},
                   {"metric": "demos", "week": 1, "value": 5}, {"metric": "demos", "week": 2, "value": 6},
                   {"metric": "demos", "week": 3, "value": 5}, {"metric": "demos", "week": 4, "value": 3},
                   {"metric": "followups", "week": 1, "value": 10}, {"metric": "followups", "week": 2, "value": 11},
                   {"metric": "followups", "week": 3, "value": 12}, {"metric": "followups", "week": 4, "value": 10}],
                 "checkIns": [{"week": 1, "held": true}, {"week": 2, "held": true}, {"week": 3, "held": true},
                   {"week": 4, "held": true}],
                 "supportDelivered": [{"kind": "COACHING", "week": 1, "count": 1}, {"kind": "COACHING", "week": 2, "count": 1},
                   {"kind": "COACHING", "week": 3, "count": 1}, {"kind": "COACHING", "week": 4, "count": 1}]}
                """;
    }
}
