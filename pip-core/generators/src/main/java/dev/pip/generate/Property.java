package dev.pip.generate;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A seeded property check that runs under any test framework: an invariant is checked on values
 * drawn from a generator, try {@code i} using the seed {@code base + i}, and the first failure
 * throws an {@link AssertionError} that names the property, the one seed that reruns it exactly,
 * the cause and the failing value.
 *
 * <pre>{@code
 * PlanGenerator plans = PlanGenerator.defaults();
 * Property.forAll("a plan reads back from its JSON", 200, r -> plans.next(r).plan())
 *         .describedBy(PlanJson::writePretty)
 *         .check(plan -> {
 *             if (!plan.equals(PlanJson.read(PlanJson.write(plan), "generated"))) {
 *                 throw new AssertionError("read back differs");
 *             }
 *         });
 * }</pre>
 *
 * <p>A failure reads {@code property 'a plan reads back from its JSON' failed for seed 20261187
 * (rerun with -Dpip.seed=20261187): read back differs}, then the value as {@code describedBy}
 * shows it. Values are not shrunk: the generators make small plans by default, and the seed
 * reproduces the very value that failed. System properties steer every property of a run:
 *
 * <ul>
 *   <li>{@code -Dpip.seed=S} reruns only seed S (one try), the value that failed;</li>
 *   <li>{@code -Dpip.tries=N} runs N tries instead of each property's own number;</li>
 *   <li>{@code -Dpip.base=B} starts from another base seed; without it the base is
 *       {@link #DEFAULT_BASE}, so every run (and CI) checks the same values.</li>
 * </ul>
 *
 * <p>Immutable; {@link #check} may run from several threads at once when the generator and the
 * invariant allow it.
 *
 * @param <T> the type of the generated values
 */
public final class Property<T> {
    /** The base seed when {@code -Dpip.base} is not set. */
    public static final long DEFAULT_BASE = 20_261_122L;

    private final String name;
    private final int tries;
    private final Function<RandomGenerator, T> generator;
    private final Function<T, String> describe;

    private Property(String name, int tries, Function<RandomGenerator, T> generator, Function<T, String> describe) {
        this.name = Objects.requireNonNull(name, "name");
        if (tries < 1) {
            throw new IllegalArgumentException("tries must be at least 1, was " + tries);
        }
        this.tries = tries;
        this.generator = Objects.requireNonNull(generator, "generator");
        this.describe = Objects.requireNonNull(describe, "describe");
    }

    /**
     * A property named {@code name} over {@code tries} values (unless {@code -Dpip.tries} says
     * otherwise) from {@code generator}, shown with {@link String#valueOf(Object)} when one fails.
     *
     * @param name      what the property states, repeated in its failure
     * @param tries     how many values to check by default, at least 1
     * @param generator a value from a random generator; the same seed must give the same value
     * @param <T>       the type of the generated values
     * @return the property
     */
    public static <T> Property<T> forAll(String name, int tries, Function<RandomGenerator, T> generator) {
        return new Property<>(name, tries, generator, String::valueOf);
    }

    /**
     * This property, with a failing value shown by {@code value} (for plans: their JSON). If
     * {@code value} itself fails, the failure shows {@link String#valueOf(Object)} instead.
     *
     * @param value how to show a failing value
     * @return a new property; this one is unchanged
     */
    public Property<T> describedBy(Function<T, String> value) {
        return new Property<>(name, tries, generator, value);
    }

    /**
     * Runs {@code invariant} on every try; the first value on which it throws an
     * {@link AssertionError} or a {@link RuntimeException} ends the check.
     *
     * @param invariant a check that throws when the value breaks the property
     * @throws AssertionError naming the property, the seed (with {@code -Dpip.seed} to rerun it)
     *                        and the failing value, with the invariant's exception as its cause
     * @throws IllegalArgumentException when {@code pip.seed}, {@code pip.base} or
     *                                  {@code pip.tries} is not a number
     */
    public void check(Consumer<T> invariant) {
        Objects.requireNonNull(invariant, "invariant");
        String only = System.getProperty("pip.seed");
        if (only != null && !only.isBlank()) {
            run(number("pip.seed", only), invariant);
            return;
        }
        String baseText = System.getProperty("pip.base");
        long base = baseText == null || baseText.isBlank() ? DEFAULT_BASE : number("pip.base", baseText);
        String triesText = System.getProperty("pip.tries");
        check(invariant, base, triesText == null || triesText.isBlank() ? tries : number("pip.tries", triesText));
    }

    /** Tries the seeds {@code base} to {@code base + n - 1}, whatever the system properties say. */
    void check(Consumer<T> invariant, long base, long n) {
        for (long i = 0; i < n; i++) {
            run(base + i, invariant);
        }
    }

    private static long number(String property, String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + property + " must be a whole number, was '" + text + "'", e);
        }
    }

    private void run(long seed, Consumer<T> invariant) {
        T value = generator.apply(new SplittableRandom(seed));
        try {
            invariant.accept(value);
        } catch (AssertionError | RuntimeException e) {
            String shown;
            try {
                shown = describe.apply(value);
            } catch (RuntimeException d) {
                shown = String.valueOf(value);
            }
            throw new AssertionError("property '" + name + "' failed for seed " + seed
                    + " (rerun with -Dpip.seed=" + seed + "): " + e.getMessage() + "\nvalue:\n" + shown, e);
        }
    }
}
