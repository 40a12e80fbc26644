package dev.pip.examples.cli.internal;

import dev.pip.rules.PipEngine;
import dev.pip.core.InvalidPlanException;
import dev.pip.rules.RuleSetException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.ToIntFunction;

/** The engine a command runs: the bundled rules (built once per process) or a rule folder. */
public final class Engines {
    private Engines() {
    }

    /** The bundled rules, compiled on first use and shared: an engine is immutable and thread-safe. */
    public static PipEngine bundled() {
        return Bundled.ENGINE;
    }

    /**
     * The engine for {@code --rules} and {@code --time-limit}: the shared bundled engine when
     * neither is given.
     *
     * @throws dev.pip.rules.RuleSetException when the folder's rules do not build
     */
    public static PipEngine of(Optional<Path> rulesFolder, Optional<Duration> timeLimit) {
        if (rulesFolder.isEmpty() && timeLimit.isEmpty()) {
            return bundled();
        }
        PipEngine.Builder b = builder();
        rulesFolder.ifPresent(b::rules);
        timeLimit.ifPresent(b::timeLimit);
        return b.build();
    }

    /**
     * The engine a command's rule options choose, or the exit code after reporting why there is none
     * (rules that do not build: {@link DocumentRun#RULES_FAILED}; a bad policy file: 2).
     */
    public static Chosen of(RuleOptions options, PrintWriter err) {
        return of(options, Optional.empty(), err);
    }

    /** As {@link #of(RuleOptions, PrintWriter)}, with a time limit per evaluation when one is given. */
    public static Chosen of(RuleOptions options, Optional<Duration> timeLimit, PrintWriter err) {
        try {
            return new Chosen(Optional.of(options.engine(timeLimit)), DocumentRun.OK);
        } catch (RuleSetException e) {
            return new Chosen(Optional.empty(), RuleFolders.report(err, options.reportedAgainst(), e));
        } catch (InvalidPlanException e) {
            Problems.print(err, e);
            return new Chosen(Optional.empty(), BAD_POLICY);
        }
    }

    /** Exit code of a policy file that is not a valid policy: bad input on the command line. */
    public static final int BAD_POLICY = 2;

    /**
     * An engine, or the exit code that says why there is none.
     *
     * @param engine   the engine, when the rules built
     * @param exitCode the exit code to end with when there is no engine
     */
    public record Chosen(Optional<PipEngine> engine, int exitCode) {
        /** Runs {@code command} with the engine and returns its exit code, or this exit code when there is none. */
        public int run(ToIntFunction<PipEngine> command) {
            return engine.map(command::applyAsInt).orElse(exitCode);
        }
    }

    /**
     * A builder that keeps compiled rule folders between runs (so {@code pip rules check} compiles a
     * folder once and {@code pip evaluate --rules} loads it): in the folder named by the system
     * property {@code pip.cache} ({@code off} for none), else {@code $XDG_CACHE_HOME/pip/compiled-rules},
     * else {@code ~/.cache/pip/compiled-rules}.
     */
    public static PipEngine.Builder builder() {
        PipEngine.Builder b = PipEngine.builder();
        cacheFolder().ifPresent(b::compiledRulesCache);
        return b;
    }

    static Optional<Path> cacheFolder() {
        String property = System.getProperty("pip.cache", "");
        if (property.equals("off")) {
            return Optional.empty();
        }
        if (!property.isBlank()) {
            return Optional.of(Path.of(property));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return Optional.of(base.resolve("pip").resolve("compiled-rules"));
    }

    /** Holder idiom: compiled when first asked for, not when the CLI starts. */
    private static final class Bundled {
        static final PipEngine ENGINE = PipEngine.withDefaultRules();
    }
}
