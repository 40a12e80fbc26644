package dev.pip.examples.embedding;

import dev.pip.core.PlanDocument;
import dev.pip.rules.PipEngine;
import dev.pip.rules.workbench.DiffReport;
import dev.pip.rules.workbench.Reports;
import dev.pip.rules.workbench.RuleDiff;
import dev.pip.rules.workbench.TransitionFilter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A CI check written in Java (the rule author's guide, "The same in Java"): compare an edited
 * rule folder with the bundled rules over plans, and refuse the change when any plan would be
 * moved to EXIT.
 */
public final class ImpactExample {
    private ImpactExample() {
    }

    /** Prints the diff; returns true when the change is acceptable (no plan newly moved to EXIT). */
    public static boolean run(Path myRules, List<PlanDocument> plans, LocalDate asOf, PrintWriter out) {
        PipEngine base = PipEngine.withDefaultRules();
        PipEngine mine = PipEngine.builder().rules(myRules).build();
        DiffReport diff = RuleDiff.compare(base, mine, plans, asOf);
        out.print(Reports.diffText(diff, 20));
        out.flush();
        return diff.matching(TransitionFilter.parse("*->EXIT")).isEmpty();
    }
}
