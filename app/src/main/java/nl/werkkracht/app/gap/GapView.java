package nl.werkkracht.app.gap;

import java.util.List;
import java.util.Map;

/**
 * The regional gap decomposition (METHODS.md §4), euro per unit of labour, current prices.
 *
 * @param region region code
 * @param reference reference region code
 * @param year year
 * @param labour labour measure
 * @param priceBasis CP
 * @param unit euro per unit of labour
 * @param breakdown sector breakdown decomposed
 * @param productivity region and reference productivity over the decomposed sectors
 * @param gap region minus reference
 * @param effects productivity, structure, interaction (add up to gap)
 * @param structureCorrectedIndex {@code 100 · Σ s_n,i p_r,i / P_n}; null when {@code P_n ≤ 0}
 * @param expected {@code E_r = Σ s_r,i p_n,i}
 * @param sectors per-sector contributions (add up to gap)
 * @param missingSectors sectors left out, with the reason
 * @param dataset dataset
 * @param outputMeasure the output measure and price basis of every productivity here
 * @param coverage share of the region's and the reference's labour in the decomposed sectors
 * @param notes where the figures come from: source, NUTS version, data vintage, and whether vintages mix
 */
public record GapView(
        String region,
        String reference,
        int year,
        String labour,
        String priceBasis,
        String unit,
        String breakdown,
        Map<String, Double> productivity,
        double gap,
        Map<String, Double> effects,
        Double structureCorrectedIndex,
        double expected,
        List<Sector> sectors,
        List<Missing> missingSectors,
        String dataset,
        String outputMeasure,
        Map<String, Double> coverage,
        List<String> notes) {

    /** One sector's part of the gap. */
    public record Sector(
            String sector,
            double contribution,
            double regionShare,
            double referenceShare,
            double regionProductivity,
            double referenceProductivity) {}

    /**
     * A sector left out, and why: MISSING_IN_REGION, MISSING_IN_REFERENCE, MISSING_IN_BOTH,
     * CONFIDENTIAL_IN_REGION (a suppressed cell), NO_LABOUR_IN_REGION or NO_LABOUR_IN_REFERENCE.
     */
    public record Missing(String sector, String reason) {}
}
