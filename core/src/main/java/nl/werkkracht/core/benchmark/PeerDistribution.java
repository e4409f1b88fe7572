package nl.werkkracht.core.benchmark;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The values of one metric for one peer group, sorted, with the statistics of METHODS.md §9. Pure
 * statistics: disclosure control is applied elsewhere ({@link DisclosureAuditor}, {@link WindowLedger},
 * {@link BenchmarkHistory}).
 *
 * <p>Definitions, with {@code x_0 ≤ … ≤ x_(n-1)} the sorted values and {@code k} the disclosure rule's
 * minimum group size:
 *
 * <ul>
 *   <li><b>k-smoothed percentile</b> {@code p}: the type-7 position {@code h = (n-1)p} (Hyndman &amp; Fan
 *       1996, as R and NumPy) and its centre {@code c = ⌊h + ½⌋}; the percentile is the mean of the {@code k}
 *       values {@code x_(c-⌊k/2⌋) … x_(c-⌊k/2⌋+k-1)}, its <em>window</em>. A percentile whose window would
 *       include {@code x_0} or {@code x_(n-1)} is not defined (empty): at {@code k = 5} the median exists from
 *       {@code n = 7}, P25 from 11 and P75 from 12, P10 from 26 and P90 from 27. Plain type-7 interpolation
 *       mixes only two organisations, so an organisation that knows its own value would read its neighbour's;
 *       a window of {@code k} lets an insider learn at most a sum of others. Positions are computed in whole
 *       numbers ({@code c = ⌊((n-1)·percent + 50) / 100⌋}), so no rounding error moves a window.
 *   <li><b>frontier</b>: the mean of the best {@code m = max(⌈0.05 n⌉, k)} values — the largest for
 *       higher-is-better, the smallest for lower-is-better — the top 5 % but over at least {@code k}
 *       organisations (OECD "The Best versus the Rest", Andrews, Criscuolo &amp; Gal 2016). Empty for {@code n
 *       < k}; at {@code n = k} it is the mean of the whole group.
 *   <li><b>percentile rank</b> of a value {@code v}: {@code 100 · (#{x < v} + ½ #{x = v}) / n}, the share of
 *       peers with a strictly lower value plus half of those with the same value; on the value scale whatever
 *       the metric's direction, in [0, 100]. Below {@code n = 20} it is shown in bands of 10 ({@link
 *       #rankBand}).
 * </ul>
 */
public final class PeerDistribution {

    private final double[] sorted;

    private PeerDistribution(double[] sorted) {
        this.sorted = sorted;
    }

    /**
     * A window of sorted positions {@code from … to} (inclusive, 0-based).
     *
     * @param from the first position
     * @param to the last position
     */
    public record Window(int from, int to) {
        public Window {
            if (from < 0 || to < from) {
                throw new IllegalArgumentException("a window needs 0 ≤ from ≤ to, got " + from + ".." + to);
            }
        }

        /** The number of values in the window. */
        public int size() {
            return to - from + 1;
        }

        /** Whether the sorted position lies in the window. */
        public boolean contains(int position) {
            return position >= from && position <= to;
        }
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
     * The window of the k-smoothed percentile; empty when it would include the minimum or the maximum (or
     * there are too few values).
     *
     * @param percent 1 … 99
     * @param k the window size, at least {@value DisclosureRule#MINIMUM_K}
     */
    public Optional<Window> percentileWindow(int percent, int k) {
        return percentileWindow(sorted.length, percent, k);
    }

    /** The window of the k-smoothed percentile of a group of {@code n} (see {@link #percentileWindow(int, int)}). */
    public static Optional<Window> percentileWindow(int n, int percent, int k) {
        if (percent < 1 || percent > 99) {
            throw new IllegalArgumentException("percent must lie in 1..99, got " + percent);
        }
        if (k < DisclosureRule.MINIMUM_K) {
            throw new IllegalArgumentException("k must be at least " + DisclosureRule.MINIMUM_K + ", got " + k);
        }
        if (n < 1) {
            return Optional.empty();
        }
        int centre = (int) (((long) (n - 1) * percent + 50) / 100);
        int from = centre - k / 2;
        int to = from + k - 1;
        return from >= 1 && to <= n - 2 ? Optional.of(new Window(from, to)) : Optional.empty();
    }

    /** The k-smoothed percentile (the mean of its window); empty when the window is not defined. */
    public OptionalDouble percentile(int percent, int k) {
        return percentileWindow(percent, k)
                .map(this::mean)
                .map(OptionalDouble::of)
                .orElse(OptionalDouble.empty());
    }

    /** How many organisations form the frontier of a group of {@code n}: {@code max(⌈0.05 n⌉, k)}. */
    public static int frontierSize(int n, int k) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be ≥ 0, got " + n);
        }
        return Math.max((n + 19) / 20, k);
    }

    /** The frontier's window (the best values by the direction); empty for fewer than {@code k} values. */
    public Optional<Window> frontierWindow(Direction direction, int k) {
        return frontierWindow(sorted.length, direction, k);
    }

    /** The frontier's window in a group of {@code n}. */
    public static Optional<Window> frontierWindow(int n, Direction direction, int k) {
        int m = frontierSize(n, k);
        if (n < m) {
            return Optional.empty();
        }
        return Optional.of(direction == Direction.HIGHER_IS_BETTER ? new Window(n - m, n - 1) : new Window(0, m - 1));
    }

    /** The frontier (see the class comment); empty for fewer than {@code k} values. */
    public OptionalDouble frontier(Direction direction, int k) {
        return frontierWindow(direction, k)
                .map(this::mean)
                .map(OptionalDouble::of)
                .orElse(OptionalDouble.empty());
    }

    /** The window of a statistic in a group of {@code n}; empty when it is not defined. */
    public static Optional<Window> window(Statistic statistic, int n, Direction direction, int k) {
        return statistic.percentile() ? percentileWindow(n, statistic.percent(), k) : frontierWindow(n, direction, k);
    }

    /** The mean of the values in the window. */
    public double mean(Window window) {
        if (window.to() >= sorted.length) {
            throw new IllegalArgumentException("window " + window + " beyond " + sorted.length + " values");
        }
        double sum = 0;
        for (int i = window.from(); i <= window.to(); i++) {
            sum += sorted[i];
        }
        // a mean of equal values must not leave their range by a rounding error
        return Math.min(Math.max(sum / window.size(), sorted[window.from()]), sorted[window.to()]);
    }

    /**
     * Every statistic whose window is defined, unrounded (disclosure control and rounding come later); empty
     * when there are no values.
     */
    public Optional<PeerStatistics> statistics(Direction direction, int k) {
        if (sorted.length == 0) {
            return Optional.empty();
        }
        Map<Statistic, Double> values = new EnumMap<>(Statistic.class);
        for (Statistic s : Statistic.values()) {
            window(s, sorted.length, direction, k).ifPresent(w -> values.put(s, mean(w)));
        }
        return Optional.of(new PeerStatistics(sorted.length, values));
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

    /**
     * The band of 10 a percentile rank falls in, shown instead of the rank below {@code n = 20}: the lower
     * bound 0, 10, … 90 (a rank of 100 falls in 90–100).
     */
    public static int rankBand(double rank) {
        if (!(rank >= 0 && rank <= 100)) {
            throw new IllegalArgumentException("a percentile rank lies in [0, 100], got " + rank);
        }
        return Math.min(90, (int) Math.floor(rank / 10) * 10);
    }

    /** The group size from which the percentile rank is shown as a number rather than in bands of 10. */
    public static final int RANK_WITHOUT_BANDS = 20;

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

    /** The sorted values, a copy. */
    public double[] sortedValues() {
        return sorted.clone();
    }
}
