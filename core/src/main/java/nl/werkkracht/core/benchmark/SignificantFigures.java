package nl.werkkracht.core.benchmark;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Rounding to significant figures (METHODS.md §9: statistics are shown and exported to 3 significant digits,
 * because more digits only help an attacker). Half-up on the decimal representation, so that 61.25 becomes
 * 61.3 and 0.12345 becomes 0.123, as a person rounding by hand would.
 */
public final class SignificantFigures {

    /** The number of significant digits every benchmark figure is shown with. */
    public static final int BENCHMARK = 3;

    private SignificantFigures() {}

    /**
     * {@code value} rounded to {@code digits} significant digits; 0 stays 0.
     *
     * @throws IllegalArgumentException when the value is not finite or digits is not positive
     */
    public static double round(double value, int digits) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("only a finite number can be rounded, got " + value);
        }
        if (digits < 1) {
            throw new IllegalArgumentException("digits must be positive, got " + digits);
        }
        if (value == 0) {
            return 0;
        }
        return BigDecimal.valueOf(value)
                .round(new MathContext(digits, RoundingMode.HALF_UP))
                .doubleValue();
    }

    /** {@code value} rounded to the 3 significant digits of benchmark figures. */
    public static double benchmark(double value) {
        return round(value, BENCHMARK);
    }
}
