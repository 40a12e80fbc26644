package dev.pip.examples.embedding;

import dev.pip.core.Evaluation;
import dev.pip.core.PlanDocument;
import dev.pip.examples.documents.Documents;
import dev.pip.examples.documents.OverviewEntry;
import dev.pip.rules.PipEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The documents people read, written by an application: the plan to sign, the progress report
 * and the overview, each one self-contained HTML page. The README shows this code.
 */
public final class DocumentsExample {
    private DocumentsExample() {
    }

    /** Writes {@code plan}'s three pages into {@code folder}; returns the files written. */
    public static List<Path> write(PlanDocument plan, LocalDate asOf, Path folder) throws IOException {
        PipEngine engine = PipEngine.withDefaultRules();
        // README:start
        Evaluation e = engine.evaluate(plan, asOf);
        Path toSign = Files.writeString(folder.resolve("plan.html"),
                Documents.planToSign(plan, engine.evaluate(plan, plan.startDate())));
        Path report = Files.writeString(folder.resolve("report.html"), Documents.progressReport(plan, e));
        Path overview = Files.writeString(folder.resolve("overview.html"),
                Documents.overview(List.of(OverviewEntry.of(plan, e)), asOf));
        // README:end
        return List.of(toSign, report, overview);
    }
}
