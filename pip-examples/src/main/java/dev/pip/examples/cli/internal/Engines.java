package dev.pip.examples.cli.internal;

import dev.pip.rules.PipEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The engine a command runs: the bundled rules (built once per process) or a rule folder. */
public final class Engines {
    private Engines() {
    }

    /** The bundled rules, compiled on first use and shared: an engine is immutable and thread-safe. */
    public static PipEngine bundled() {
        return Bundled.ENGINE;
    }

    /**
     * The engine for {@code --rules}: the folder's rules when given, else the bundled ones.
     *
     * @throws dev.pip.rules.RuleSetException when the folder's rules do not build
     */
    public static PipEngine of(Optional<Path> rulesFolder) {
        return of(rulesFolder, Optional.empty());
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
        PipEngine.Builder b = PipEngine.builder();
        rulesFolder.ifPresent(b::rules);
        timeLimit.ifPresent(b::timeLimit);
        return b.build();
    }

    /** Holder idiom: compiled when first asked for, not when the CLI starts. */
    private static final class Bundled {
        static final PipEngine ENGINE = PipEngine.withDefaultRules();
    }
}
