package nl.werkkracht.core.productivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Volume growth of output and labour productivity (METHODS.md §2).
 *
 * <p>Output volume growth comes either from current and previous-year prices, {@code g_Y(t) =
 * Y^pyp(t) / Y^cp(t-1) - 1}, or from a volume index or chain-linked volumes, {@code V(t)/V(t-1) - 1}.
 * Labour growth is {@code L(t)/L(t-1) - 1} and productivity growth {@code (1+g_Y)/(1+g_L) - 1}. The
 * average over a window is the geometric mean. Chain-linked volumes of sectors are never summed here:
 * callers pass the published aggregate.
 */
public final class VolumeGrowth {

    private VolumeGrowth() {}

    /** Output volume growth per year from current prices and previous-year prices, for every t with both. */
    public static Map<Integer, Double> outputGrowthFromPreviousYearPrices(
            Map<Integer, Double> currentPrices, Map<Integer, Double> previousYearPrices) {
        var out = new java.util.TreeMap<Integer, Double>();
        previousYearPrices.forEach((year, pyp) -> {
            Double cpBefore = currentPrices.get(year - 1);
            if (cpBefore != null && cpBefore != 0) {
                out.put(year, pyp / cpBefore - 1);
            }
        });
        return out;
    }

    /** Output volume growth per year from a volume index or chain-linked volumes. */
    public static Map<Integer, Double> outputGrowthFromVolumes(Map<Integer, Double> volumes) {
        var out = new java.util.TreeMap<Integer, Double>();
        volumes.forEach((year, v) -> {
            Double before = volumes.get(year - 1);
            if (before != null && before != 0) {
                out.put(year, v / before - 1);
            }
        });
        return out;
    }

    /**
     * Productivity growth over [from, to].
     *
     * @param outputGrowth output volume growth by year (at least from+1 … to)
     * @param labour labour input by year (at least from … to), any base unit
     * @return the series, or the years that are missing
     */
    public static Result productivityGrowth(
            Map<Integer, Double> outputGrowth, Map<Integer, Double> labour, int from, int to) {
        if (to <= from) {
            throw new IllegalArgumentException("the window needs to > from, got " + from + ".." + to);
        }
        SortedSet<Integer> missing = new TreeSet<>();
        if (!labour.containsKey(from)) {
            missing.add(from);
        }
        var years = new ArrayList<GrowthYear>();
        double product = 1;
        for (int t = from + 1; t <= to; t++) {
            Double gy = outputGrowth.get(t);
            Double l = labour.get(t);
            Double lBefore = labour.get(t - 1);
            if (gy == null || l == null || lBefore == null || lBefore == 0 || l == 0) {
                missing.add(t);
                continue;
            }
            double gl = l / lBefore - 1;
            double gp = (1 + gy) / (1 + gl) - 1;
            years.add(new GrowthYear(t, gy, gl, gp));
            product *= 1 + gp;
        }
        if (!missing.isEmpty()) {
            return new Result(Optional.empty(), List.copyOf(missing));
        }
        double average = Math.pow(product, 1.0 / (to - from)) - 1;
        return new Result(Optional.of(new GrowthSeries(from, to, years, average, product - 1)), List.of());
    }

    /**
     * Geometric average of consecutive annual growth rates, {@code (Π(1+g))^(1/n) - 1} with {@code n} the
     * number of rates; empty for no rates.
     */
    public static OptionalDouble geometricAverage(List<Double> growthRates) {
        if (growthRates.isEmpty()) {
            return OptionalDouble.empty();
        }
        double product = 1;
        for (double g : growthRates) {
            product *= 1 + g;
        }
        return OptionalDouble.of(Math.pow(product, 1.0 / growthRates.size()) - 1);
    }

    /**
     * The outcome: a series, or the years for which output growth or labour is missing (no average is
     * computed over a window with holes).
     */
    public record Result(Optional<GrowthSeries> series, List<Integer> missingYears) {
        public Result {
            missingYears = List.copyOf(missingYears);
        }
    }
}
