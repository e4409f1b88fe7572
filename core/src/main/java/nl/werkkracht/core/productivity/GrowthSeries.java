package nl.werkkracht.core.productivity;

import java.util.List;

/**
 * Productivity volume growth over a window [from, to] (METHODS.md §2).
 *
 * @param from first year t0 (the base; no growth is reported for it)
 * @param to last year t1
 * @param years growth in each year t0+1 … t1
 * @param averageAnnualGrowth geometric mean {@code (Π(1+g))^(1/(t1-t0)) - 1}
 * @param cumulativeGrowth {@code Π(1+g) - 1}
 */
public record GrowthSeries(
        int from, int to, List<GrowthYear> years, double averageAnnualGrowth, double cumulativeGrowth) {
    public GrowthSeries {
        years = List.copyOf(years);
    }
}
