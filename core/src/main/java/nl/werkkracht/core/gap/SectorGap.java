package nl.werkkracht.core.gap;

/**
 * One sector's part in the gap between a region and its reference (METHODS.md §4).
 *
 * @param sector sector code
 * @param regionShare labour share {@code s_r,i}
 * @param referenceShare labour share {@code s_n,i}
 * @param regionProductivity {@code p_r,i}, euro per unit of labour
 * @param referenceProductivity {@code p_n,i}
 * @param contribution {@code c_i = s_r,i p_r,i - s_n,i p_n,i}; the contributions add up to the gap
 * @param productivityEffect {@code s_n,i (p_r,i - p_n,i)}
 * @param structureEffect {@code (s_r,i - s_n,i) p_n,i}
 * @param interaction {@code (s_r,i - s_n,i)(p_r,i - p_n,i)}
 */
public record SectorGap(
        String sector,
        double regionShare,
        double referenceShare,
        double regionProductivity,
        double referenceProductivity,
        double contribution,
        double productivityEffect,
        double structureEffect,
        double interaction) {}
