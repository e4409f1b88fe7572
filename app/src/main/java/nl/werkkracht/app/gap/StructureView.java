package nl.werkkracht.app.gap;

import java.util.List;
import java.util.Map;

/**
 * Expected productivity from sector structure and the structure-corrected index (METHODS.md §4).
 *
 * @param region region code
 * @param reference reference region code
 * @param year year
 * @param labour labour measure
 * @param unit euro per unit of labour
 * @param breakdown sector breakdown used
 * @param actual actual productivity of region and reference ({@code P_r}, {@code P_n})
 * @param expected {@code E_r = Σ s_r,i p_n,i}
 * @param referenceExpected {@code Ê_n = Σ s_n,i p_n,i}
 * @param structureIndex {@code 100 · E_r / Ê_n}
 * @param correctedIndex {@code 100 · (P_r/P_n) / (E_r/Ê_n)}
 * @param actualIndex {@code 100 · P_r / P_n}
 * @param outputMeasures which output measure each part uses ({@code actual}: GDP or GVA; {@code
 *     expected}: GVA)
 * @param sources which dataset each input comes from
 * @param coverage share of the region's labour in the sectors used
 * @param referenceCoverage share of the reference's labour in the sectors used (both at least 90 %)
 * @param sectors shares and reference productivities used
 * @param missingSectors sectors left out, with the reason
 */
public record StructureView(
        String region,
        String reference,
        int year,
        String labour,
        String unit,
        String breakdown,
        Map<String, Double> actual,
        double expected,
        double referenceExpected,
        double structureIndex,
        double correctedIndex,
        double actualIndex,
        Map<String, String> outputMeasures,
        Map<String, String> sources,
        double coverage,
        double referenceCoverage,
        List<Sector> sectors,
        List<GapView.Missing> missingSectors) {

    /** One sector: the region's and the reference's labour share and the reference's productivity. */
    public record Sector(String sector, double regionShare, double referenceShare, double referenceProductivity) {}
}
