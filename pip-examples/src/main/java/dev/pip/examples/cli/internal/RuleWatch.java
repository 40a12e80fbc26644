package dev.pip.examples.cli.internal;

import dev.pip.core.Evaluation;
import dev.pip.core.PipException;
import dev.pip.core.PlanDocument;
import dev.pip.core.TimelineEntry;
import dev.pip.rules.PipEngine;
import dev.pip.rules.RuleProblem;
import dev.pip.rules.RuleSetException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rule author's fast loop: a rule folder watched in a running JVM (warm compiler, warm
 * engine), rebuilt on every save, and the plans evaluated again; each round prints what changed
 * (decisions and timelines per plan), the rules' problems, and how long it took from the save.
 */
public final class RuleWatch implements AutoCloseable {
    /** Quiet time that ends a burst of file events (an editor's save is often several). */
    private static final long SETTLE_MILLIS = 60;

    private final Path folder;
    private final Supplier<PipEngine> build;
    private final Map<String, PlanDocument> plans;
    private final LocalDate asOf;
    private final PrintWriter out;
    private final PrintWriter err;
    private final WatchService watcher;
    private Map<String, String> shown = new LinkedHashMap<>();

    /**
     * A watch of {@code folder} (and its subfolders) that rebuilds with {@code build} and evaluates
     * {@code plans} as of {@code asOf}.
     */
    public RuleWatch(Path folder, Supplier<PipEngine> build, Map<String, PlanDocument> plans, LocalDate asOf,
            PrintWriter out, PrintWriter err) {
        this.folder = folder;
        this.build = build;
        this.plans = plans;
        this.asOf = asOf;
        this.out = out;
        this.err = err;
        try {
            this.watcher = FileSystems.getDefault().newWatchService();
            try (Stream<Path> dirs = Files.walk(folder)) {
                for (Path d : dirs.filter(Files::isDirectory).toList()) {
                    d.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + folder, e);
        }
    }

    /** Builds and evaluates once, printing every plan's decision; returns false when the rules do not build. */
    public boolean first() {
        return round(System.nanoTime(), true);
    }

    /**
     * Waits for the next change in the folder, then rebuilds, evaluates and prints what changed.
     *
     * @return false when the rules do not build or fail on a plan
     * @throws InterruptedException when interrupted while waiting
     */
    public boolean next() throws InterruptedException {
        WatchKey key = watcher.take();
        long saved = System.nanoTime();
        drain(key);
        for (WatchKey more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS); more != null;
                more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) {
            drain(more);
        }
        return round(saved, false);
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    private boolean round(long started, boolean all) {
        PipEngine engine;
        try {
            engine = build.get();
        } catch (RuleSetException e) {
            e.problems().forEach(p -> err.println(Problems.ruleLine(folder, p)));
            err.println("-- the rules do not build (" + millis(started) + " ms); fix and save again");
            err.flush();
            return false;
        } catch (PipException e) {
            err.println("-- " + e.getMessage().strip() + " (" + millis(started) + " ms); fix and save again");
            err.flush();
            return false;
        }
        for (RuleProblem w : engine.warnings()) {
            err.println(Problems.ruleLine(folder, w));
        }
        Map<String, String> now = new LinkedHashMap<>();
        int failed = 0;
        for (Map.Entry<String, PlanDocument> e : plans.entrySet()) {
            String line;
            try {
                line = summary(engine.evaluate(e.getValue(), asOf));
            } catch (RuntimeException ex) {
                failed++;
                line = "rules failed: " + ex.getMessage();
            }
            now.put(e.getKey(), line);
        }
        int changed = 0;
        for (Map.Entry<String, String> e : now.entrySet()) {
            String before = shown.get(e.getKey());
            if (all || !e.getValue().equals(before)) {
                changed++;
                out.println(e.getKey() + ": " + (all || before == null ? e.getValue() : before + "  ->  " + e.getValue()));
            }
        }
        shown = now;
        out.println("-- rule set " + engine.ruleSet().fingerprint().substring(0, 12) + ": " + plans.size()
                + " plans as of " + asOf + ", " + (all ? "" : changed + " changed, ") + failed + " failed ("
                + millis(started) + " ms)");
        out.flush();
        err.flush();
        return failed == 0;
    }

    private static String summary(Evaluation e) {
        String timeline = e.timeline().stream().map(RuleWatch::entry).collect(Collectors.joining(" > "));
        return e.decision() + (timeline.isEmpty() ? "" : " [" + timeline + "]") + ", " + e.recommendation();
    }

    private static String entry(TimelineEntry t) {
        return t.decision() + "@" + t.day() + (t.recorded() ? "*" : "");
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop watching " + folder, e);
        }
    }
}
