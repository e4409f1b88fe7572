package nl.werkkracht.core.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Internal consistency of a scale, Cronbach's alpha, for analysts (METHODS.md §10; the employer does
 * not see it):
 *
 * <pre>
 *   α = k / (k - 1) · (1 - Σ var(item_i) / var(Σ item_i))
 * </pre>
 *
 * over the reverse-keyed answers of the respondents who answered <em>every</em> item of the scale
 * (listwise deletion), with sample variances (n - 1; the factor cancels). Alpha is undefined, and
 * returned empty, for a scale of one item, for fewer than two complete respondents, and when the
 * respondents' totals do not vary. It may be negative when items disagree.
 */
public final class CronbachAlpha {

    private CronbachAlpha() {}

    /**
     * @param scaleItems the items of one scale
     * @param responses each respondent's answers by item id
     * @return alpha; empty when undefined (see the class comment)
     */
    public static OptionalDouble of(List<Item> scaleItems, List<Map<String, Integer>> responses) {
        int k = scaleItems.size();
        if (k < 2) {
            return OptionalDouble.empty();
        }
        List<int[]> complete = new ArrayList<>();
        for (Map<String, Integer> answers : responses) {
            int[] row = new int[k];
            boolean full = true;
            for (int i = 0; i < k && full; i++) {
                Integer answer = answers.get(scaleItems.get(i).id());
                full = answer != null;
                row[i] = full ? scaleItems.get(i).keyed(answer) : 0;
            }
            if (full) {
                complete.add(row);
            }
        }
        if (complete.size() < 2) {
            return OptionalDouble.empty();
        }
        double itemVariances = 0;
        for (int i = 0; i < k; i++) {
            int column = i;
            itemVariances +=
                    variance(complete.stream().mapToDouble(r -> r[column]).toArray());
        }
        double totalVariance = variance(complete.stream()
                .mapToDouble(r -> java.util.Arrays.stream(r).sum())
                .toArray());
        if (totalVariance == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((double) k / (k - 1) * (1 - itemVariances / totalVariance));
    }

    /** Sample variance, n - 1 in the denominator; n ≥ 2. */
    private static double variance(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return squares / (values.length - 1);
    }
}
