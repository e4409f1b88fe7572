package nl.werkkracht.app.shiftshare;

import java.util.List;
import java.util.Map;

/**
 * Shift-share of aggregate productivity change (METHODS.md §3), euro per unit of labour.
 *
 * @param region region code
 * @param from first year
 * @param to last year
 * @param labour labour measure
 * @param priceBasis CP (nominal: the change includes price changes) or PYP (volume, GEAD chained in
 *     prices of the first year)
 * @param method {@code classic} or {@code GEAD}
 * @param unit euro per unit of labour
 * @param breakdown the sector breakdown decomposed (A21, A10)
 * @param productivity aggregate productivity {@code from} and {@code to} over the decomposed sectors
 * @param change {@code to - from}
 * @param effects within, staticShift, dynamicShift (add up to change)
 * @param sharesOfChange each effect as a fraction of change (absent when change is 0)
 * @param sectors per-sector terms
 * @param missingSectors sectors of the breakdown left out for lack of data: the aggregate covers only
 *     the others
 * @param dataset the dataset
 */
public record ShiftShareView(
        String region,
        int from,
        int to,
        String labour,
        String priceBasis,
        String method,
        String unit,
        String breakdown,
        Map<String, Double> productivity,
        double change,
        Map<String, Double> effects,
        Map<String, Double> sharesOfChange,
        List<Sector> sectors,
        List<String> missingSectors,
        String dataset) {

    /**
     * One sector's terms; shares and productivities are absent for GEAD, whose sector effects are
     * chained over years.
     */
    public record Sector(
            String sector,
            Double shareFrom,
            Double shareTo,
            Double productivityFrom,
            Double productivityTo,
            double within,
            double staticShift,
            double dynamicShift) {}
}
