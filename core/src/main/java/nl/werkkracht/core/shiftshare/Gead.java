package nl.werkkracht.core.shiftshare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.werkkracht.core.productivity.OutputLabour;

/**
 * Shift-share of productivity growth for chain-linked national accounts: the generalised exactly
 * additive decomposition (GEAD, Tang &amp; Wang 2004), computed link by link in prices of the earlier
 * year (METHODS.md §3).
 *
 * <p>In the link t-1 → t, with {@code Z_i,t-1 = Y^cp_i,t-1 / L_i,t-1}, {@code Z_i,t = Y^pyp_i,t / L_i,t}
 * and the relative price {@code p_i,t = (Y^cp_i,t / Y^pyp_i,t) / (Σ Y^cp_t / Σ Y^pyp_t)}:
 *
 * <pre>
 * Z_t - Z_t-1 = Σ s_i,t-1 ΔZ_i  +  Σ (p_i,t s_i,t - s_i,t-1) Z_i,t-1  +  Σ (p_i,t s_i,t - s_i,t-1) ΔZ_i
 * </pre>
 *
 * <p>{@code Z_t = Σ p_i,t s_i,t Z_i,t = Σ Y^pyp_t / L_t}, so the three terms add up exactly to the
 * change of the aggregate. A sector whose prices rise faster than the aggregate's carries more weight;
 * with {@code p_i,t = 1} this would be the classic decomposition per link, whose per-sector reallocation
 * effects can have the wrong sign. Dividing by {@code Z_t-1} turns the terms into contributions to
 * growth. Links are chained: the euro effect of link t is its growth contribution times the chained
 * level {@code Z_t-1} expressed in prices of the window's first year, so the euro effects over the
 * window add up exactly to {@code Z_t1 - Z_t0} in prices of t0. No chain-linked volumes are summed
 * across sectors.
 *
 * <p>A sector that lacks current prices in t-1 or t, previous-year prices in t, labour in either year,
 * or has {@code Y^pyp_i,t = 0} (no relative price) is left out of that link and listed as missing.
 */
public final class Gead {

    private Gead() {}

    /**
     * @param currentPrices sector figures by year with output in current prices (t0 … t1)
     * @param previousYearPrices sector figures by year with output in previous-year prices (labour
     *     identical to the current-price figures of the same year)
     * @param from first year t0
     * @param to last year t1
     * @return the decomposition, or empty when a link lacks data for every sector
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
            Optional<Link> maybe = link(
                    currentPrices.getOrDefault(t - 1, Map.of()),
                    currentPrices.getOrDefault(t, Map.of()),
                    previousYearPrices.getOrDefault(t, Map.of()),
                    missing);
            if (maybe.isEmpty()) {
                return Optional.empty();
            }
            Link link = maybe.get();
            if (t == from + 1) {
                level = link.before;
                start = level;
            }
            double z0 = link.before;
            var year = new GeadYear(
                    t, link.after / z0 - 1, link.within / z0, link.staticShift / z0, link.dynamicShift / z0);
            years.add(year);
            for (var e : link.sectors.entrySet()) {
                double[] acc = perSector.computeIfAbsent(e.getKey(), k -> new double[3]);
                double[] s = e.getValue();
                acc[0] += level * s[0] / z0;
                acc[1] += level * s[1] / z0;
                acc[2] += level * s[2] / z0;
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

    /**
     * One link t-1 → t in prices of t-1: {@code before = Z_t-1}, {@code after = Z_t}, the three terms in
     * euro per unit of labour, and per sector {within, static, dynamic}.
     */
    private record Link(
            double before,
            double after,
            double within,
            double staticShift,
            double dynamicShift,
            Map<String, double[]> sectors) {}

    private static Optional<Link> link(
            Map<String, OutputLabour> cpBefore,
            Map<String, OutputLabour> cpNow,
            Map<String, OutputLabour> pypNow,
            Set<String> missing) {
        var all = new LinkedHashSet<String>(cpBefore.keySet());
        all.addAll(pypNow.keySet());
        all.addAll(cpNow.keySet());
        var complete = new ArrayList<String>();
        double labourBefore = 0;
        double labourNow = 0;
        double cpTotal = 0;
        double pypTotal = 0;
        for (String sector : all) {
            OutputLabour a = cpBefore.get(sector);
            OutputLabour b = pypNow.get(sector);
            OutputLabour c = cpNow.get(sector);
            if (a == null || b == null || c == null || a.labour() == 0 || b.labour() == 0 || b.output() == 0) {
                missing.add(sector);
                continue;
            }
            complete.add(sector);
            labourBefore += a.labour();
            labourNow += b.labour();
            cpTotal += c.output();
            pypTotal += b.output();
        }
        if (complete.isEmpty() || pypTotal == 0 || cpTotal == 0) {
            return Optional.empty();
        }
        double aggregatePrice = cpTotal / pypTotal;
        double before = 0;
        double within = 0;
        double staticShift = 0;
        double dynamicShift = 0;
        var sectors = new LinkedHashMap<String, double[]>();
        for (String sector : complete) {
            OutputLabour a = cpBefore.get(sector);
            OutputLabour b = pypNow.get(sector);
            double s0 = a.labour() / labourBefore;
            double s1 = b.labour() / labourNow;
            double z0 = a.output() / a.labour();
            double dz = b.output() / b.labour() - z0;
            double price = cpNow.get(sector).output() / b.output() / aggregatePrice;
            double weightShift = price * s1 - s0;
            double[] terms = {s0 * dz, weightShift * z0, weightShift * dz};
            sectors.put(sector, terms);
            before += s0 * z0;
            within += terms[0];
            staticShift += terms[1];
            dynamicShift += terms[2];
        }
        if (before == 0) {
            return Optional.empty();
        }
        return Optional.of(new Link(before, pypTotal / labourNow, within, staticShift, dynamicShift, sectors));
    }
}
