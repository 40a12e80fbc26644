package dev.pip.rules;

import dev.pip.core.Evaluation;
import dev.pip.generate.GeneratedPlan;
import dev.pip.generate.PlanGenerator;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Not a test: a main measuring whole-process time to the first decision with the bundled rules
 * (run it with {@code java -cp ...} under {@code time}; see pip-examples/docs/performance.md).
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    /** Builds the default engine (or one of the rules in folder {@code args[0]}), evaluates one plan, prints its decision. */
    public static void main(String[] args) {
        long start = System.nanoTime();
        GeneratedPlan g = PlanGenerator.defaults().withBehaviouralTargets(4, 4).withWeeks(12)
                .next(new SplittableRandom(42));
        PipEngine engine = args.length == 0 ? PipEngine.withDefaultRules()
                : PipEngine.builder().rules(Path.of(args[0])).build();
        long built = System.nanoTime();
        Evaluation e = engine.evaluate(g.plan(), g.asOf());
        long done = System.nanoTime();
        System.out.printf("%s %s build %d ms, first evaluation %d ms%n", e.recommendation(), e.decision(),
                (built - start) / 1_000_000, (done - built) / 1_000_000);
    }
}
