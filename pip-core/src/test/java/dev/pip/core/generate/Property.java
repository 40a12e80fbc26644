package dev.pip.core.generate;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A small seeded property harness on plain JUnit 5. Try {@code i} of a property uses the seed
 * {@code base + i}, so every failure names the one seed that reruns it exactly.
 *
 * <ul>
 *   <li>{@code -Dpip.seed=S} reruns only seed S (one try);</li>
 *   <li>{@code -Dpip.tries=N} runs N tries instead of the property's default;</li>
 *   <li>{@code -Dpip.base=B} starts from another base seed (the default is fixed, so CI repeats).</li>
 * </ul>
 */
public final class Property<T> {
    /** The base seed when {@code -Dpip.base} is not set. */
    public static final long DEFAULT_BASE = 20_261_122L;

    private final String name;
    private final int tries;
    private final Function<RandomGenerator, T> generator;
    private Function<T, String> describe = String::valueOf;

    private Property(String name, int tries, Function<RandomGenerator, T> generator) {
        this.name = name;
        this.tries = tries;
        this.generator = generator;
    }

    /** A property named {@code name} over {@code tries} values (by default) from {@code generator}. */
    public static <T> Property<T> forAll(String name, int tries, Function<RandomGenerator, T> generator) {
        return new Property<>(name, tries, generator);
    }

    /** How a failing value is shown (for plans: their JSON). */
    public Property<T> describedBy(Function<T, String> value) {
        this.describe = value;
        return this;
    }

    /** Runs the invariant on every try; the first failure fails with its seed and value. */
    public void check(Consumer<T> invariant) {
        String only = System.getProperty("pip.seed");
        if (only != null && !only.isBlank()) {
            run(Long.parseLong(only.strip()), invariant);
            return;
        }
        long base = Long.getLong("pip.base", DEFAULT_BASE);
        int n = Integer.getInteger("pip.tries", tries);
        for (int i = 0; i < n; i++) {
            run(base + i, invariant);
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
