package nl.werkkracht.core.shiftshare;

/**
 * One sector's part of a shift-share decomposition. Shares are fractions of total labour input,
 * productivities and effects are euro per unit of labour.
 *
 * @param sector sector code
 * @param shareFrom labour share {@code s_i,0}
 * @param shareTo labour share {@code s_i,1}
 * @param productivityFrom {@code p_i,0}
 * @param productivityTo {@code p_i,1}
 * @param within {@code s_i,0 Δp_i}
 * @param staticShift {@code Δs_i p_i,0}
 * @param dynamicShift {@code Δs_i Δp_i}
 */
public record SectorShift(
        String sector,
        double shareFrom,
        double shareTo,
        double productivityFrom,
        double productivityTo,
        double within,
        double staticShift,
        double dynamicShift) {

    /** The sector's total contribution to the change of aggregate productivity. */
    public double total() {
        return within + staticShift + dynamicShift;
    }
}
