package nl.werkkracht.app.national;

import java.util.List;

/**
 * Shift-share of national productivity growth (METHODS.md §3): within-industry growth against
 * reallocation of labour between industries, euro per unit of labour. The aggregate is the industries
 * the dataset covers ({@code sectors}), not the whole economy: {@code missingSectors} names the rest.
 *
 * @param region region code
 * @param from first year
 * @param to last year
 * @param labour labour measure
 * @param unit euro per unit of labour
 * @param priceBasis {@code PYP} (volume: GEAD chained in prices of {@code from}) or {@code CP}
 *     (nominal: the change includes price changes)
 * @param method {@code GEAD} or {@code classic}
 * @param productivityFrom aggregate productivity of the covered industries in {@code from}
 * @param productivityTo aggregate productivity in {@code to} (for GEAD a chained volume in prices of
 *     {@code from})
 * @param change {@code productivityTo - productivityFrom}
 * @param within within-industry effect
 * @param staticShift static reallocation effect
 * @param dynamicShift dynamic reallocation effect
 * @param withinShare within-industry effect as a fraction of the change; null when the change is 0
 * @param staticShiftShare static reallocation as a fraction of the change
 * @param dynamicShiftShare dynamic reallocation as a fraction of the change
 * @param sectors the covered industries with their effects (they add up to the totals)
 * @param missingSectors sections left out for lack of data
 * @param source the dataset
 */
public record NationalShiftShareView(
        String region,
        int from,
        int to,
        String labour,
        String unit,
        String priceBasis,
        String method,
        double productivityFrom,
        double productivityTo,
        double change,
        double within,
        double staticShift,
        double dynamicShift,
        Double withinShare,
        Double staticShiftShare,
        Double dynamicShiftShare,
        List<Sector> sectors,
        List<SectorName> missingSectors,
        SourceView source) {

    public NationalShiftShareView {
        sectors = List.copyOf(sectors);
        missingSectors = List.copyOf(missingSectors);
    }

    /**
     * One industry's effects; labour shares and productivities only for the classic method (GEAD
     * effects are chained over years).
     *
     * @param sector sector code
     * @param name sector name
     * @param shareFrom labour share in {@code from}; null for GEAD
     * @param shareTo labour share in {@code to}; null for GEAD
     * @param productivityFrom productivity in {@code from}; null for GEAD
     * @param productivityTo productivity in {@code to}; null for GEAD
     * @param within within-industry effect
     * @param staticShift static reallocation effect
     * @param dynamicShift dynamic reallocation effect
     * @param total the three effects together
     */
    public record Sector(
            String sector,
            String name,
            Double shareFrom,
            Double shareTo,
            Double productivityFrom,
            Double productivityTo,
            double within,
            double staticShift,
            double dynamicShift,
            double total) {}
}
