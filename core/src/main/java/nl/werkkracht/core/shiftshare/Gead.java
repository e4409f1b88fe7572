package nl.werkkracht.core.shiftshare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.werkkracht.core.productivity.OutputLabour;

/**
 * Shift-share of productivity growth for chain-linked national accounts: the generalised exactly
 * additive decomposition (GEAD, Tang &amp; Wang 2004), computed year by year in previous-year prices
 * (METHODS.md §3).
 *
 * <p>For each year t, sector output in previous-year prices {@code Y^pyp_i,t} and in current prices
 * {@code Y^cp_i,t-1} are both valued at the prices of t-1, so they add up across sectors and the
 * classic shift-share applies exactly to that pair. Dividing by {@code Z_t-1} turns the three effects
 * into contributions to growth; the within-sector term is then {@code Σ w_i,t-1 g_z,i} with {@code w}
 * the nominal output share, the GEAD pure-productivity effect. Years are chained: the euro effect of
 * year t is its growth contribution times the chained level {@code Z_t-1} expressed in prices of the
 * window's first year, so the euro effects over the window add up exactly to {@code Z_t1 - Z_t0} in
 * prices of t0. No chain-linked volumes are summed across sectors.
 */
public final class Gead {

    private Gead() {}

    /**
     * @param currentPrices sector figures by year with output in current prices
     * @param previousYearPrices sector figures by year with output in previous-year prices (labour
     *     identical to the current-price figures of the same year)
     * @param from first year t0
     * @param to last year t1
     * @return the decomposition, or empty when a year lacks data for every sector
     */
    public static Optional<GeadResult> decompose(
            Map<Integer, Map<String, OutputLabour>> currentPrices,
            Map<Integer, Map<String, OutputLabour>> previousYearPrices,
            int from,
            int to) {
        if (to <= from) {
            throw new IllegalArgumentException("the window needs to > from, got " + from + ".." + to);
        }
        var years = new ArrayList<GeadYear>();
        var missing = new TreeSet<String>();
        double level = Double.NaN;
        double start = Double.NaN;
        double within = 0;
        double staticShift = 0;
        double dynamicShift = 0;
        var perSector = new LinkedHashMap<String, double[]>();
        for (int t = from + 1; t <= to; t++) {
            Map<String, OutputLabour> base = currentPrices.getOrDefault(t - 1, Map.of());
            Map<String, OutputLabour> next = previousYearPrices.getOrDefault(t, Map.of());
            ShiftShareResult r = ShiftShare.decompose(base, next);
            missing.addAll(r.missingSectors());
            if (r.sectors().isEmpty() || r.from() == 0) {
                return Optional.empty();
            }
            if (t == from + 1) {
                level = r.from();
                start = level;
            }
            double z0 = r.from();
            var year = new GeadYear(t, r.to() / z0 - 1, r.within() / z0, r.staticShift() / z0, r.dynamicShift() / z0);
            years.add(year);
            for (SectorShift shift : r.sectors()) {
                double[] acc = perSector.computeIfAbsent(shift.sector(), k -> new double[3]);
                acc[0] += level * shift.within() / z0;
                acc[1] += level * shift.staticShift() / z0;
                acc[2] += level * shift.dynamicShift() / z0;
            }
            within += level * year.within();
            staticShift += level * year.staticShift();
            dynamicShift += level * year.dynamicShift();
            level *= 1 + year.growth();
        }
        var sectors = new ArrayList<GeadResult.SectorEffects>();
        perSector.forEach((sector, acc) -> sectors.add(new GeadResult.SectorEffects(sector, acc[0], acc[1], acc[2])));
        return Optional.of(new GeadResult(
                from, to, start, level, within, staticShift, dynamicShift, years, sectors, List.copyOf(missing)));
    }
}
