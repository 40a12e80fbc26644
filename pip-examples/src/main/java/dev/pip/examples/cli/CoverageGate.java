package dev.pip.examples.cli;

import dev.pip.rules.workbench.Reports;
import java.io.PrintWriter;

/** The {@code --min-coverage} check shared by {@code pip rules test} and {@code pip rules coverage}. */
final class CoverageGate {
    private CoverageGate() {
    }

    /** True (and says so on {@code err}) when {@code share} is below {@code minPercent}. */
    static boolean below(double share, double minPercent, PrintWriter err) {
        if (share * 100 + 1e-9 < minPercent) {
            err.println("coverage " + Reports.percent(share) + " is below --min-coverage " + minPercent + "%");
            err.flush();
            return true;
        }
        return false;
    }
}
