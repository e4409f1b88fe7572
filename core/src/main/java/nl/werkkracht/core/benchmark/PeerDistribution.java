package nl.werkkracht.core.benchmark;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The values of one metric for one peer group, sorted, with the statistics of METHODS.md §9. Pure
 * statistics: disclosure control is applied by {@link PeerBenchmark}, never here.
 *
 * <p>Definitions, with {@code x[0] ≤ … ≤ x[n-1]} the sorted values:
 *
 * <ul>
 *   <li>percentile {@code p} (0 ≤ p ≤ 1): linear interpolation between order statistics, Hyndman &amp;
 *       Fan (1996) type 7, the default of R's {@code quantile} and NumPy's {@code "linear"}: {@code h =
 *       (n-1)p}, {@code Q = x[⌊h⌋] + (h-⌊h⌋)(x[⌊h⌋+1] - x[⌊h⌋])}. At {@code n = 1} every percentile is the
 *       one value; at {@code n = 0} there is none (empty).
 *   <li>percentile rank of a value {@code v}: {@code 100 · (#{x < v} + ½ #{x = v}) / n}, the "mid-rank"
 *       definition: the share of peers with a strictly lower value plus half of those with the same value.
 *       It is on the value scale whatever the metric's direction (for absenteeism a low rank is good), lies
 *       in [0, 100], and is 50 for the median of distinct values. When {@code v} belongs to a member of the
 *       group, that member counts among the ties, so a group of one ranks its own value at 50.
 *   <li>frontier: the mean of the best {@code m = max(3, ⌈0.05 n⌉)} values — the largest for
 *       higher-is-better, the smallest for lower-is-better — the top 5 % but over at least 3 organisations
 *       so that no single value is revealed (OECD "The Best versus the Rest", Andrews, Criscuolo &amp; Gal
 *       2016). Empty for {@code n < 3}. For {@code n ≤ 60} it is the mean of exactly 3 values.
 *   <li>dispersion: {@code P90 / P10}; empty when {@code P10 ≤ 0} (a ratio to zero or a negative value
 *       says nothing about spread) or {@code n = 0}.
 * </ul>
 */
public final class PeerDistribution {

    private final double[] sorted;

    private PeerDistribution(double[] sorted) {
        this.sorted = sorted;
    }

    /**
     * The distribution of these values (in any order).
     *
     * @throws IllegalArgumentException when a value is NaN or infinite: a missing value is left out by the
     *     caller, never passed as NaN
     */
    public static PeerDistribution of(double... values) {
        double[] copy = values.clone();
        for (double v : copy) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("a peer value must be a finite number, got " + v);
            }
        }
        Arrays.sort(copy);
        return new PeerDistribution(copy);
    }

    /** The number of values. */
    public int n() {
        return sorted.length;
    }

    /**
     * The type-7 percentile {@code p}; empty when there are no values.
     *
     * @param p the probability, 0 ≤ p ≤ 1 (0.10 for P10)
     */
    public OptionalDouble percentile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must lie in [0, 1], got " + p);
        }
        int n = sorted.length;
        if (n == 0) {
            return OptionalDouble.empty();
        }
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return OptionalDouble.of(sorted[n - 1]);
        }
        double q = sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
        // rounding must not carry q past its neighbours, or percentiles could decrease by one ulp in p
        return OptionalDouble.of(Math.min(Math.max(q, sorted[lo]), sorted[lo + 1]));
    }

    /**
     * The percentile rank of {@code value} among the peers, 0–100 (mid-rank definition, see the class
     * comment); empty when there are no peers.
     */
    public OptionalDouble percentileRank(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite, got " + value);
        }
        int n = sorted.length;
        if (n == 0) {
            return OptionalDouble.empty();
        }
        int below = firstIndexNotBelow(value);
        int upTo = below;
        while (upTo < n && sorted[upTo] == value) {
            upTo++;
        }
        return OptionalDouble.of(100.0 * (below + 0.5 * (upTo - below)) / n);
    }

    private int firstIndexNotBelow(double value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** How many organisations form the frontier of a group of {@code n}: {@code max(3, ⌈0.05 n⌉)}. */
    public static int frontierSize(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be ≥ 0, got " + n);
        }
        return Math.max(3, (n + 19) / 20);
    }

    /** The frontier (see the class comment); empty when there are fewer than 3 values. */
    public OptionalDouble frontier(Direction direction) {
        int n = sorted.length;
        if (n < 3) {
            return OptionalDouble.empty();
        }
        int m = frontierSize(n);
        double sum = 0;
        for (int i = 0; i < m; i++) {
            sum += direction == Direction.HIGHER_IS_BETTER ? sorted[n - 1 - i] : sorted[i];
        }
        return OptionalDouble.of(sum / m);
    }

    /** {@code P90 / P10}; empty when {@code P10 ≤ 0} or there are no values. */
    public OptionalDouble dispersion() {
        OptionalDouble p10 = percentile(0.10);
        if (p10.isEmpty() || p10.getAsDouble() <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(percentile(0.90).getAsDouble() / p10.getAsDouble());
    }

    /** P10 … P90, frontier and dispersion; empty when there are no values. */
    public Optional<PeerStatistics> statistics(Direction direction) {
        if (sorted.length == 0) {
            return Optional.empty();
        }
        return Optional.of(new PeerStatistics(
                sorted.length,
                percentile(0.10).getAsDouble(),
                percentile(0.25).getAsDouble(),
                percentile(0.50).getAsDouble(),
                percentile(0.75).getAsDouble(),
                percentile(0.90).getAsDouble(),
                frontier(direction),
                dispersion()));
    }

    /** The sorted values, a copy. */
    public double[] sortedValues() {
        return sorted.clone();
    }
}
