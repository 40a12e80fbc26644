package dev.pip.rules.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pip.generate.Property;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EvidenceNumTest {
    private static void sameAsFormatter(double value) {
        assertEquals(String.format(Locale.ROOT, "%.2f", value), Evidence.twoDecimals(value), "value " + value);
    }

    @Test
    void twoDecimalsMatchesTheFormatterOnHalfwayAndSignedValues() {
        double[] values = {0, -0.0, 1.005, 2.675, 0.125, -0.125, 0.005, -0.004, -0.005, 1e-7, -1e-7, 12.345,
            99.995, -99.995, 1e15 + 0.5, 1e20, 123456789.125, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, 66.66666666666667};
        for (double v : values) {
            sameAsFormatter(v);
        }
    }

    @Test
    void twoDecimalsMatchesTheFormatterOnRandomValues() {
        Property.forAll("two decimals", 20_000, r -> switch (r.nextInt(4)) {
            case 0 -> r.nextDouble(-1000, 1000);
            case 1 -> Math.round(r.nextDouble(-100000, 100000)) / 1000.0;
            case 2 -> r.nextInt(-2000, 2000) / 8.0 + r.nextInt(3) * 0.005;
            default -> r.nextDouble(-1, 1) * Math.pow(10, r.nextInt(-6, 16));
        }).check(EvidenceNumTest::sameAsFormatter);
    }

    @Test
    void numDropsTrailingZeroAndDecimalsOfWholeNumbers() {
        assertEquals("12", Evidence.num(12.0));
        assertEquals("12.5", Evidence.num(12.5));
        assertEquals("0.33", Evidence.num(1 / 3.0));
        assertEquals("-0.1", Evidence.num(-0.1));
    }
}
