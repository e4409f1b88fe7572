package nl.werkkracht.core.gap;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.werkkracht.core.productivity.OutputLabour;

/**
 * Decomposes the productivity gap between a region and a reference in one year (METHODS.md §4):
 *
 * <pre>
 * P_r - P_n = Σ s_n,i (p_r,i - p_n,i) + Σ (s_r,i - s_n,i) p_n,i + Σ (s_r,i - s_n,i)(p_r,i - p_n,i)
 * </pre>
 *
 * <p>Inputs are output (GVA, euro, one price basis) and labour (one labour measure) per sector for the
 * region and the reference. The sectors must partition the economy (a breakdown such as A10, never
 * TOTAL). Suppressed or missing cells are absent from the maps and reported, never taken as 0.
 *
 * <p>A sector missing on either side, or without labour in the reference, cannot be decomposed; it is
 * reported and left out of both sides. A sector where the region has zero labour (but the reference
 * has labour) is a fact about the region's structure, not a gap in the data: it is kept with {@code
 * s_r,i = 0} and {@code p_r,i} taken as {@code p_n,i}, so its whole contribution {@code c_i = -s_n,i
 * p_n,i} falls in the structure effect (its productivity effect and interaction are 0), the reference
 * level keeps the sector, and the structure-corrected level {@code P*_r} counts it at the reference's
 * productivity. The decomposition stays exact; the sector is still listed as {@link
 * MissingSector.Reason#NO_LABOUR_IN_REGION}.
 */
public final class GapDecomposition {

    private GapDecomposition() {}

    /** Decomposes the gap; empty when no sector has data on both sides. */
    public static Optional<GapResult> decompose(Map<String, OutputLabour> region, Map<String, OutputLabour> reference) {
        var all = new LinkedHashSet<String>(reference.keySet());
        all.addAll(region.keySet());
        var used = new ArrayList<String>();
        var missing = new ArrayList<MissingSector>();
        double labourR = 0;
        double labourN = 0;
        double allR = 0;
        double allN = 0;
        for (String sector : all) {
            OutputLabour r = region.get(sector);
            OutputLabour n = reference.get(sector);
            allR += r == null ? 0 : r.labour();
            allN += n == null ? 0 : n.labour();
            MissingSector.Reason reason = reason(r, n);
            if (reason != null) {
                missing.add(new MissingSector(sector, reason));
            }
            if (reason == null || reason == MissingSector.Reason.NO_LABOUR_IN_REGION) {
                used.add(sector);
                labourR += r.labour();
                labourN += n.labour();
            }
        }
        if (used.isEmpty() || labourR == 0 || labourN == 0) {
            return Optional.empty();
        }
        return Optional.of(combine(region, reference, used, labourR, labourN, missing, labourR / allR, labourN / allN));
    }

    private static MissingSector.Reason reason(OutputLabour r, OutputLabour n) {
        if (n == null) {
            return MissingSector.Reason.MISSING_IN_REFERENCE;
        }
        if (n.labour() == 0) {
            return MissingSector.Reason.NO_LABOUR_IN_REFERENCE;
        }
        if (r == null) {
            return MissingSector.Reason.MISSING_IN_REGION;
        }
        if (r.labour() == 0) {
            return MissingSector.Reason.NO_LABOUR_IN_REGION;
        }
        return null;
    }

    private static GapResult combine(
            Map<String, OutputLabour> region,
            Map<String, OutputLabour> reference,
            List<String> used,
            double labourR,
            double labourN,
            List<MissingSector> missing,
            double coverageR,
            double coverageN) {
        var sectors = new ArrayList<SectorGap>();
        double pr = 0;
        double pn = 0;
        double prodEffect = 0;
        double structEffect = 0;
        double interaction = 0;
        double corrected = 0;
        double expected = 0;
        for (String sector : used) {
            OutputLabour r = region.get(sector);
            OutputLabour n = reference.get(sector);
            double sr = r.labour() / labourR;
            double sn = n.labour() / labourN;
            double pn_i = n.output() / n.labour();
            double pr_i = r.labour() == 0 ? pn_i : r.output() / r.labour();
            double dp = pr_i - pn_i;
            double ds = sr - sn;
            var g = new SectorGap(sector, sr, sn, pr_i, pn_i, sr * pr_i - sn * pn_i, sn * dp, ds * pn_i, ds * dp);
            sectors.add(g);
            pr += sr * pr_i;
            pn += sn * pn_i;
            prodEffect += g.productivityEffect();
            structEffect += g.structureEffect();
            interaction += g.interaction();
            corrected += sn * pr_i;
            expected += sr * pn_i;
        }
        return new GapResult(
                pr,
                pn,
                prodEffect,
                structEffect,
                interaction,
                corrected,
                expected,
                sectors,
                missing,
                coverageR,
                coverageN);
    }
}
