package dev.pip.examples.cli.internal;

import dev.pip.core.CheckIn;
import dev.pip.core.PlanDocument;
import dev.pip.core.RecordedDecision;
import dev.pip.core.Target;
import dev.pip.core.json.PlanRead;
import java.util.Optional;

/**
 * An estimate of the memory a read document takes, in characters: a fixed share per entry plus
 * every text it carries. A streaming run closes a chunk when its documents weigh too much, so
 * that memory is bounded by bytes, not only by a count of documents.
 */
final class DocumentWeight {
    private static final int ENTRY = 64;

    private DocumentWeight() {
    }

    static long of(PlanRead read) {
        if (read.plan().isEmpty()) {
            return read.error().map(e -> e.problems().stream()
                    .mapToLong(p -> ENTRY + p.path().length() + p.message().length()).sum()).orElse(0L);
        }
        PlanDocument p = read.plan().get();
        long w = ENTRY * 4L + p.planId().length() + len(p.manager()) + p.rep().id().length() + len(p.rep().name())
                + len(p.rep().team()) + len(p.diagnosis().gap());
        for (String r : p.diagnosis().resourcesProvided()) {
            w += ENTRY + r.length();
        }
        for (Target t : p.targets()) {
            w += ENTRY + t.id().length() + len(t.name()) + len(t.unit()) + len(t.source());
        }
        w += (long) ENTRY * (p.trackedMetrics().size() + p.support().size() + p.supportDelivered().size());
        w += p.trackedMetrics().stream().mapToLong(m -> m.id().length() + len(m.name())).sum();
        w += p.observations().stream().mapToLong(o -> ENTRY + o.metric().length()).sum();
        for (CheckIn c : p.checkIns()) {
            w += ENTRY + len(c.note());
        }
        for (RecordedDecision d : p.decisions()) {
            w += ENTRY + len(d.by()) + len(d.note());
        }
        for (var e : p.attributes().entrySet()) {
            w += ENTRY + e.getKey().length() + String.valueOf(e.getValue()).length();
        }
        return w;
    }

    private static long len(Optional<String> text) {
        return text.map(String::length).orElse(0);
    }
}
