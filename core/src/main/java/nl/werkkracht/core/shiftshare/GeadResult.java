package nl.werkkracht.core.shiftshare;

import java.util.List;

/**
 * Chained GEAD decomposition over a window (see {@link Gead}). Levels and euro effects are in prices
 * of the first year {@code from}; {@code within + staticShift + dynamicShift = to - from} exactly.
 *
 * @param fromYear t0
 * @param toYear t1
 * @param from aggregate productivity in t0 (current prices of t0)
 * @param to aggregate productivity in t1, chained volume in prices of t0
 * @param within euro effect of productivity growth within sectors
 * @param staticShift euro effect of labour reallocation
 * @param dynamicShift euro effect of reallocation towards growing sectors
 * @param years the annual decompositions (contributions to growth, fractions)
 * @param missingSectors sectors left out in some year for lack of data
 */
public record GeadResult(
        int fromYear,
        int toYear,
        double from,
        double to,
        double within,
        double staticShift,
        double dynamicShift,
        List<GeadYear> years,
        List<String> missingSectors) {
    public GeadResult {
        years = List.copyOf(years);
        missingSectors = List.copyOf(missingSectors);
    }

    public double change() {
        return to - from;
    }
}
