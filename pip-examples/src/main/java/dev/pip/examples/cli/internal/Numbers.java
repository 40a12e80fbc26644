package dev.pip.examples.cli.internal;

import dev.pip.core.Direction;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as a manager reads them: no trailing zeros, at most two decimals. */
final class Numbers {
    private Numbers() {
    }

    /** {@code 12} for 12.0, {@code 12.5} for 12.5, {@code 0.33} for 1/3. */
    static String format(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A goal with its direction: {@code >=15} or {@code <=3}. */
    static String goal(double goal, Direction direction) {
        return (direction == Direction.AT_LEAST ? ">=" : "<=") + format(goal);
    }
}
