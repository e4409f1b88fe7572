package nl.werkkracht.app.export;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Numbers rounded as a page shows them, for CSV and PDF: to the decimals a table gives for the column
 * (kept, "42.20"), or else to at most four significant digits (at most six decimals; whole numbers from
 * 1000 on; no trailing zeros). More digits than
 * the page shows only help somebody difference two versions of a statistic (METHODS.md §9, §10).
 */
final class ShownNumbers {

    private ShownNumbers() {}

    /** The rounded value; empty for NaN and infinities, which are not numbers a reader could use. */
    static Optional<BigDecimal> rounded(Number n, Integer decimals) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return Optional.of(BigDecimal.valueOf(n.longValue()));
        }
        if (n instanceof BigInteger b) {
            return Optional.of(new BigDecimal(b));
        }
        BigDecimal exact;
        if (n instanceof BigDecimal b) {
            exact = b;
        } else {
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                return Optional.empty();
            }
            exact = n instanceof Float ? new BigDecimal(n.toString()) : BigDecimal.valueOf(d);
        }
        if (decimals != null) {
            BigDecimal rounded = exact.setScale(decimals, RoundingMode.HALF_UP);
            return Optional.of(rounded.signum() == 0 ? BigDecimal.ZERO.setScale(decimals) : rounded);
        }
        BigDecimal rounded = exact.setScale(defaultDecimals(exact.doubleValue()), RoundingMode.HALF_UP);
        return Optional.of(rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros());
    }

    /** Enough decimals for four significant digits, at most six: 90500 → 0, 52.28 → 2, 0.001522 → 6. */
    static int defaultDecimals(double value) {
        double abs = Math.abs(value);
        if (abs == 0 || abs >= 1000) {
            return 0;
        }
        int magnitude = (int) Math.floor(Math.log10(abs));
        return Math.max(0, Math.min(6, 3 - magnitude));
    }
}
