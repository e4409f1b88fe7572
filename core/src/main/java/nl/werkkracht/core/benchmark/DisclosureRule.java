package nl.werkkracht.core.benchmark;

import java.util.Optional;

/**
 * The primary disclosure rules of METHODS.md §9, as statistical offices apply them (τ-ARGUS, sdcTable):
 *
 * <ul>
 *   <li>frequency rule: no statistic for a group of fewer than {@code k} organisations;
 *   <li>dominance rule ((n,k)-dominance with (1, 50 %) and (2, 85 %)), for {@linkplain Metric#additive()
 *       additive} metrics: a group is suppressed when its largest contributor holds more than 50 % of the
 *       total, or its two largest more than 85 %. Contributions are absolute values, so that a negative
 *       value added (a loss) cannot hide a dominant contributor; a total of 0 is not dominated.
 * </ul>
 *
 * Secondary suppression builds on these rules in {@link DisclosureAuditor}.
 *
 * @param k the minimum group size, at least {@value #MINIMUM_K}: configurable upward only
 */
public record DisclosureRule(int k) {

    /** The smallest {@code k} allowed, and the default. */
    public static final int MINIMUM_K = 5;

    /** The default rule, {@code k = 5}. */
    public static final DisclosureRule DEFAULT = new DisclosureRule(MINIMUM_K);

    /** The largest contributor may hold at most this share of the total. */
    public static final double LARGEST_SHARE = 0.50;

    /** The two largest contributors together may hold at most this share of the total. */
    public static final double TWO_LARGEST_SHARE = 0.85;

    public DisclosureRule {
        if (k < MINIMUM_K) {
            throw new IllegalArgumentException("k may only be raised above " + MINIMUM_K + ", got " + k);
        }
    }

    /**
     * The primary reason to suppress a group, or empty when it may be shown as far as the primary rules go.
     *
     * @param values the group's values of the metric
     * @param additive whether the dominance rule applies ({@link Metric#additive()})
     */
    public Optional<SuppressionReason> primary(double[] values, boolean additive) {
        if (values.length < k) {
            return Optional.of(SuppressionReason.FREQUENCY);
        }
        if (additive && dominated(values)) {
            return Optional.of(SuppressionReason.DOMINANCE);
        }
        return Optional.empty();
    }

    /** Whether the dominance rule forbids showing a total over these values (absolute contributions). */
    public static boolean dominated(double[] values) {
        double total = 0;
        double first = 0;
        double second = 0;
        for (double v : values) {
            double a = Math.abs(v);
            total += a;
            if (a > first) {
                second = first;
                first = a;
            } else if (a > second) {
                second = a;
            }
        }
        return dominated(first, second, total);
    }

    /**
     * Whether a group is dominated, from its largest and second-largest absolute contribution and the total
     * of absolute contributions.
     */
    public static boolean dominated(double largest, double second, double total) {
        return largest > LARGEST_SHARE * total || largest + second > TWO_LARGEST_SHARE * total;
    }

    /** Whether a group that can be derived (a difference of shown groups) is safe: empty, or it would pass. */
    public boolean safeGroup(int n, double largest, double second, double total, boolean additive) {
        return n == 0 || (n >= k && !(additive && dominated(largest, second, total)));
    }

    /** The count band to show for a suppressed group of {@code n}. */
    public CountBand band(int n) {
        return new CountBand(k, n < k);
    }
}
