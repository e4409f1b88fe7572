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
 * @param sectors per-sector euro effects, chained like the totals (they add up to the totals)
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
        List<SectorEffects> sectors,
        List<String> missingSectors) {
    public GeadResult {
        years = List.copyOf(years);
        sectors = List.copyOf(sectors);
        missingSectors = List.copyOf(missingSectors);
    }

    public double change() {
        return to - from;
    }

    /**
     * One sector's chained euro effects over the window, in prices of the first year.
     *
     * @param sector sector code
     * @param within within-sector effect
     * @param staticShift static reallocation effect
     * @param dynamicShift dynamic reallocation effect
     */
    public record SectorEffects(String sector, double within, double staticShift, double dynamicShift) {
        public double total() {
            return within + staticShift + dynamicShift;
        }
    }
}
