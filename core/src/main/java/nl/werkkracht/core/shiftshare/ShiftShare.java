package nl.werkkracht.core.shiftshare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import nl.werkkracht.core.productivity.OutputLabour;

/**
 * Shift-share decomposition of aggregate productivity change (METHODS.md §3; Fabricant 1942, OECD
 * Productivity Manual 2001, de Avillez 2012):
 *
 * <pre>
 * ΔP = Σ s_i,0 Δp_i  +  Σ Δs_i p_i,0  +  Σ Δs_i Δp_i
 * </pre>
 *
 * <p>Aggregate productivity is {@code P_t = Σ s_i,t p_i,t = Σ Y_i,t / Σ L_i,t} over the decomposed
 * sectors. Output must be at constant prices of one base year, or nominal (then the caller labels the
 * result nominal). A sector without output or labour in either period, or with zero labour, cannot be
 * decomposed: it is left out of both periods and listed in {@code missingSectors}, never treated as 0.
 * The sectors passed must partition the aggregate (do not pass TOTAL or overlapping aggregates).
 */
public final class ShiftShare {

    private ShiftShare() {}

    /**
     * @param from sector figures in t0 (output in euro, labour in base units)
     * @param to sector figures in t1, same price basis and labour measure
     */
    public static ShiftShareResult decompose(Map<String, OutputLabour> from, Map<String, OutputLabour> to) {
        var sectors = new LinkedHashSet<String>(from.keySet());
        sectors.addAll(to.keySet());
        var complete = new ArrayList<String>();
        var missing = new ArrayList<String>();
        double labour0 = 0;
        double labour1 = 0;
        for (String sector : sectors) {
            OutputLabour a = from.get(sector);
            OutputLabour b = to.get(sector);
            if (a == null || b == null || a.labour() == 0 || b.labour() == 0) {
                missing.add(sector);
            } else {
                complete.add(sector);
                labour0 += a.labour();
                labour1 += b.labour();
            }
        }
        if (complete.isEmpty()) {
            return new ShiftShareResult(0, 0, 0, 0, 0, List.of(), missing);
        }
        var shifts = new ArrayList<SectorShift>();
        double p0 = 0;
        double p1 = 0;
        double within = 0;
        double staticShift = 0;
        double dynamicShift = 0;
        for (String sector : complete) {
            SectorShift s = shift(sector, from.get(sector), to.get(sector), labour0, labour1);
            shifts.add(s);
            p0 += s.shareFrom() * s.productivityFrom();
            p1 += s.shareTo() * s.productivityTo();
            within += s.within();
            staticShift += s.staticShift();
            dynamicShift += s.dynamicShift();
        }
        return new ShiftShareResult(p0, p1, within, staticShift, dynamicShift, shifts, missing);
    }

    private static SectorShift shift(String sector, OutputLabour a, OutputLabour b, double labour0, double labour1) {
        double s0 = a.labour() / labour0;
        double s1 = b.labour() / labour1;
        double pr0 = a.output() / a.labour();
        double pr1 = b.output() / b.labour();
        double ds = s1 - s0;
        double dp = pr1 - pr0;
        return new SectorShift(sector, s0, s1, pr0, pr1, s0 * dp, ds * pr0, ds * dp);
    }
}
