package nl.werkkracht.app.productivity;

import java.util.List;

/**
 * Productivity volume growth over a window, fractions (0.01 = 1 %).
 *
 * @param region region code
 * @param sector sector code
 * @param from first year (base)
 * @param to last year
 * @param labour labour measure
 * @param output output measure
 * @param method how output volume growth was measured: {@code PYP/CP} (previous-year prices over
 *     current prices of the year before), {@code CLV2015} (chain-linked volumes) or {@code INDEX}
 * @param averageAnnualGrowth geometric mean of annual growth
 * @param cumulativeGrowth growth over the whole window
 * @param years annual growth
 * @param dataset the dataset
 */
public record GrowthView(
        String region,
        String sector,
        int from,
        int to,
        String labour,
        String output,
        String method,
        double averageAnnualGrowth,
        double cumulativeGrowth,
        List<Year> years,
        String dataset) {

    public GrowthView {
        years = List.copyOf(years);
    }

    /**
     * @param year year t
     * @param growth productivity growth in t
     * @param outputGrowth output volume growth in t
     * @param labourGrowth labour growth in t
     */
    public record Year(int year, double growth, double outputGrowth, double labourGrowth) {}
}
