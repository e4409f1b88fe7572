package nl.werkkracht.core.shiftshare;

import java.util.List;

/**
 * A decomposition of the change in aggregate productivity {@code ΔP = P_1 - P_0} into a within-sector
 * effect, a static structural shift and a dynamic shift (METHODS.md §3). The three effects add up to
 * {@code change} exactly (up to floating-point rounding). Values are euro per unit of labour.
 *
 * @param from aggregate productivity {@code P_0 = Σ s_i,0 p_i,0} over the decomposed sectors
 * @param to aggregate productivity {@code P_1}
 * @param within {@code Σ s_i,0 Δp_i}
 * @param staticShift {@code Σ Δs_i p_i,0}
 * @param dynamicShift {@code Σ Δs_i Δp_i}
 * @param sectors per-sector terms, in input order
 * @param missingSectors sectors left out because a period lacks output or labour (or has no labour)
 */
public record ShiftShareResult(
        double from,
        double to,
        double within,
        double staticShift,
        double dynamicShift,
        List<SectorShift> sectors,
        List<String> missingSectors) {

    public ShiftShareResult {
        sectors = List.copyOf(sectors);
        missingSectors = List.copyOf(missingSectors);
    }

    /** {@code ΔP = P_1 - P_0}. */
    public double change() {
        return to - from;
    }

    /** An effect as a share of {@code ΔP}; NaN-free: empty when ΔP is zero. */
    public java.util.OptionalDouble shareOfChange(double effect) {
        double change = change();
        return change == 0 ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(effect / change);
    }
}
