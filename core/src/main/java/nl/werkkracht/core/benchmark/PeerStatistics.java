package nl.werkkracht.core.benchmark;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The statistics of one peer group for one metric (METHODS.md §9, definitions in {@link
 * PeerDistribution}), in the metric's unit. Minimum and maximum are deliberately absent.
 *
 * @param n the number of organisations with a value
 * @param p10 10th percentile (type 7)
 * @param p25 25th percentile
 * @param p50 median
 * @param p75 75th percentile
 * @param p90 90th percentile
 * @param frontier mean of the best {@code max(3, ⌈0.05 n⌉)} values; empty when {@code n < 3}
 * @param dispersion {@code P90 / P10}; empty when {@code P10 ≤ 0}
 */
public record PeerStatistics(
        int n,
        double p10,
        double p25,
        double p50,
        double p75,
        double p90,
        OptionalDouble frontier,
        OptionalDouble dispersion) {

    public PeerStatistics {
        Objects.requireNonNull(frontier, "frontier");
        Objects.requireNonNull(dispersion, "dispersion");
        if (n < 1) {
            throw new IllegalArgumentException("statistics need at least one value, n = " + n);
        }
        double[] ps = {p10, p25, p50, p75, p90};
        for (int i = 0; i < ps.length; i++) {
            if (!Double.isFinite(ps[i])) {
                throw new IllegalArgumentException("percentiles must be finite");
            }
            if (i > 0 && ps[i] < ps[i - 1]) {
                throw new IllegalArgumentException("percentiles must not decrease: " + java.util.Arrays.toString(ps));
            }
        }
        if (frontier.isPresent() != (n >= 3)) {
            throw new IllegalArgumentException("a frontier exists exactly when n ≥ 3, n = " + n);
        }
        if (dispersion.isPresent() && (p10 <= 0 || !(dispersion.getAsDouble() >= 1))) {
            throw new IllegalArgumentException("dispersion P90/P10 needs P10 > 0 and is at least 1");
        }
    }

    /**
     * The distance of {@code value} to the frontier, {@code value / frontier}: 1 at the frontier; for
     * higher-is-better metrics below 1 behind it, for lower-is-better above 1 behind it. Empty when there
     * is no frontier or it is not positive (a ratio to zero or a negative value has no meaning).
     */
    public OptionalDouble distanceToFrontier(double value) {
        if (frontier.isEmpty() || frontier.getAsDouble() <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(value / frontier.getAsDouble());
    }
}
