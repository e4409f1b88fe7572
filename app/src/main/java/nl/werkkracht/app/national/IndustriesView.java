package nl.werkkracht.app.national;

import java.util.List;

/**
 * Labour productivity level and volume growth by industry (METHODS.md §1–2), as the API and the page
 * show it. Missing values are null, never 0.
 *
 * @param region region code (NL)
 * @param year year of the level
 * @param from first year of the growth period (the base year)
 * @param to last year of the growth period
 * @param labour labour measure (HOURS, PERSONS…)
 * @param unit unit of the level, euro per unit of labour ({@code EUR/HW} for euro per hour worked)
 * @param levelPriceBasis price basis of the level: current prices ({@code CP})
 * @param growthMethod how GVA volume growth is measured: {@code PYP/CP}, previous-year prices over
 *     current prices of the year before
 * @param industries the whole economy (TOTAL) first, then each section the dataset covers
 * @param missingSectors sections of the economy the dataset does not cover
 * @param source the dataset
 */
public record IndustriesView(
        String region,
        int year,
        int from,
        int to,
        String labour,
        String unit,
        String levelPriceBasis,
        String growthMethod,
        YearRange years,
        List<Industry> industries,
        List<SectorName> missingSectors,
        SourceView source) {

    public IndustriesView {
        industries = List.copyOf(industries);
        missingSectors = List.copyOf(missingSectors);
    }

    /**
     * One industry.
     *
     * @param sector sector code
     * @param name sector name in the request's language
     * @param total whether this is the whole economy
     * @param grossValueAdded GVA in {@code year}, euro, current prices; null when missing
     * @param labourInput labour input in {@code year} in base units (hours, persons); null when missing
     * @param productivity GVA per unit of labour in {@code year}, euro, current prices; null when missing
     *     or labour is zero
     * @param averageGrowth geometric mean of annual productivity volume growth over the period,
     *     fraction; null when a year is missing
     * @param cumulativeGrowth productivity volume growth over the whole period, fraction
     * @param averageOutputGrowth geometric mean of GVA volume growth, fraction
     * @param averageLabourGrowth geometric mean of labour input growth, fraction
     * @param missingYears years of the period without GVA volume or labour (then growth is null)
     */
    public record Industry(
            String sector,
            String name,
            boolean total,
            Double grossValueAdded,
            Double labourInput,
            Double productivity,
            Double averageGrowth,
            Double cumulativeGrowth,
            Double averageOutputGrowth,
            Double averageLabourGrowth,
            List<Integer> missingYears) {

        public Industry {
            missingYears = List.copyOf(missingYears);
        }
    }
}
