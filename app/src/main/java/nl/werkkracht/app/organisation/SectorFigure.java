package nl.werkkracht.app.organisation;

/**
 * The sector's official productivity as the scan compares with it (API shape).
 *
 * @param sector the sector code used (the organisation's, or its section when the division is not published)
 * @param value euro per hour worked, at the price level of the organisation's year when {@code priceCorrected}
 * @param unit {@code EUR/HW}
 * @param statisticYear the year of the statistic
 * @param priceFactor the GVA deflator ratio applied (1 when the years are the same); null when not corrected
 * @param priceCorrected whether {@code value} is at the organisation's price level
 * @param ratio the organisation's value added per hour ÷ {@code value}
 * @param implausible whether the ratio is below 0.25 or above 4 (a warning, not an error)
 * @param source where the figure comes from, e.g. "Eurostat nama_10_a64, Nederland, F, 2023"
 * @param dataset the dataset name
 */
public record SectorFigure(
        String sector,
        double value,
        String unit,
        int statisticYear,
        Double priceFactor,
        boolean priceCorrected,
        double ratio,
        boolean implausible,
        String source,
        String dataset) {}
