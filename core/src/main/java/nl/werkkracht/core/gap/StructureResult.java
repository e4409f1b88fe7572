package nl.werkkracht.core.gap;

import java.util.List;

/**
 * Structure comparison in the form that needs only regional labour by sector plus the reference's
 * productivity by sector (METHODS.md §4): the expected level {@code E_r = Σ s_r,i p_n,i}, the
 * reference's own level on the same output measure {@code Ê_n = Σ s_n,i p_n,i}, the structure index
 * {@code 100 · E_r / Ê_n} and the structure-corrected index {@code 100 · (P_r/P_n) / (E_r/Ê_n)}.
 *
 * <p>{@code P_r/P_n} may use another output measure than {@code E_r} (GDP per person in the regional
 * default data, GVA per person for the sector productivities): the index divides a ratio by a ratio,
 * so the measures need not match, but callers must say which each part uses.
 *
 * @param actualRegion {@code P_r}
 * @param actualReference {@code P_n}
 * @param expected {@code E_r}
 * @param referenceExpected {@code Ê_n}
 * @param sectors the shares and reference productivities used
 * @param missingSectors sectors left out (no reference productivity, or no labour figure); the shares
 *     are taken over the sectors used
 * @param coverage share of the region's labour (over all sectors given) in the sectors used
 * @param referenceCoverage share of the reference's labour (over all sectors given) in the sectors used
 */
public record StructureResult(
        double actualRegion,
        double actualReference,
        double expected,
        double referenceExpected,
        List<StructureSector> sectors,
        List<MissingSector> missingSectors,
        double coverage,
        double referenceCoverage) {

    /** Below this share of labour covered on either side an index is not shown as a result (METHODS.md §4). */
    public static final double MIN_COVERAGE = 0.9;

    public StructureResult {
        sectors = List.copyOf(sectors);
        missingSectors = List.copyOf(missingSectors);
    }

    /** Whether the sectors used cover at least {@link #MIN_COVERAGE} of the labour of region and reference. */
    public boolean covered() {
        return coverage >= MIN_COVERAGE && referenceCoverage >= MIN_COVERAGE;
    }

    /** {@code 100 · E_r / Ê_n}: how productive the region would be, relative to the reference, from its mix alone. */
    public double structureIndex() {
        return 100 * expected / referenceExpected;
    }

    /** {@code 100 · P_r / P_n}. */
    public double actualIndex() {
        return 100 * actualRegion / actualReference;
    }

    /** {@code 100 · (P_r/P_n) / (E_r/Ê_n)}: productivity relative to the reference, corrected for sector mix. */
    public double correctedIndex() {
        return 100 * (actualRegion / actualReference) / (expected / referenceExpected);
    }

    /**
     * One sector in a structure comparison.
     *
     * @param sector sector code
     * @param regionShare {@code s_r,i}
     * @param referenceShare {@code s_n,i}
     * @param referenceProductivity {@code p_n,i}
     */
    public record StructureSector(
            String sector, double regionShare, double referenceShare, double referenceProductivity) {}
}
