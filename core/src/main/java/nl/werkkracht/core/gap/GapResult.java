package nl.werkkracht.core.gap;

import java.util.List;

/**
 * The regional gap decomposition (METHODS.md §4): {@code P_r - P_n = productivity effect + structure
 * effect + interaction}, and {@code Σ c_i = P_r - P_n}. Levels are computed over the sectors present
 * on both sides ({@code P = Σ Y_i / Σ L_i}); sectors that lack data on either side, or have no labour
 * in the reference, are listed in {@code missingSectors} and are in neither level. A sector without
 * labour in the region is listed too but kept, with a zero regional share (see {@link
 * GapDecomposition}).
 *
 * @param region region productivity {@code P_r} over the decomposed sectors
 * @param reference reference productivity {@code P_n} over the decomposed sectors
 * @param productivityEffect {@code Σ s_n,i (p_r,i - p_n,i)}
 * @param structureEffect {@code Σ (s_r,i - s_n,i) p_n,i}
 * @param interaction {@code Σ (s_r,i - s_n,i)(p_r,i - p_n,i)}
 * @param correctedLevel structure-corrected productivity {@code P*_r = Σ s_n,i p_r,i}
 * @param expectedLevel expected productivity from structure alone {@code E_r = Σ s_r,i p_n,i}
 * @param sectors per-sector terms
 * @param missingSectors sectors that could not be decomposed, with the reason
 * @param regionCoverage share of the region's labour (over all sectors given) in the decomposed sectors
 * @param referenceCoverage share of the reference's labour in the decomposed sectors
 */
public record GapResult(
        double region,
        double reference,
        double productivityEffect,
        double structureEffect,
        double interaction,
        double correctedLevel,
        double expectedLevel,
        List<SectorGap> sectors,
        List<MissingSector> missingSectors,
        double regionCoverage,
        double referenceCoverage) {

    public GapResult {
        sectors = List.copyOf(sectors);
        missingSectors = List.copyOf(missingSectors);
    }

    /** Whether the decomposed sectors cover at least 90 % of the labour on both sides (METHODS.md §4). */
    public boolean covered() {
        return regionCoverage >= StructureResult.MIN_COVERAGE && referenceCoverage >= StructureResult.MIN_COVERAGE;
    }

    /** {@code P_r - P_n}. */
    public double gap() {
        return region - reference;
    }

    /**
     * Structure-corrected index {@code 100 · P*_r / P_n}; empty when the reference level is not
     * positive (an index against zero or a loss is undefined).
     */
    public java.util.OptionalDouble structureCorrectedIndex() {
        return reference > 0
                ? java.util.OptionalDouble.of(100 * correctedLevel / reference)
                : java.util.OptionalDouble.empty();
    }

    /** Index of the region against the reference {@code 100 · P_r / P_n}; empty when {@code P_n ≤ 0}. */
    public java.util.OptionalDouble index() {
        return reference > 0 ? java.util.OptionalDouble.of(100 * region / reference) : java.util.OptionalDouble.empty();
    }
}
