package nl.werkkracht.app.national;

import java.util.List;

/**
 * The labour income share and real wage against productivity (METHODS.md §6) for one sector.
 *
 * <p>Two real wages, each named (METHODS.md §6 revised): {@code realWageGrowth} is the <em>producer</em>
 * real wage, compensation per employee hour deflated by the price index of gross value added (current over
 * previous-year prices); {@code consumerRealWageGrowth} is the <em>consumer</em> real wage, deflated by the
 * HICP of the shipped dataset {@code prc_hicp_aind} (absent, and said so, where there is no HICP). With this deflator {@code AIQ = wage per employee hour /
 * nominal GVA per hour worked}, so {@code AIQ_t / AIQ_t-1 = (1 + real wage growth) / (1 + productivity
 * growth)} exactly: the labour share rises exactly when the producer real wage outpaces productivity.
 *
 * @param region region code
 * @param sector sector code
 * @param name sector name
 * @param from base year (indices = 100)
 * @param to last year
 * @param deflator {@code GVA_DEFLATOR}: the price index of value added ({@code CP / PYP} chained)
 * @param imputationNote the self-employed imputation convention, in the request's language
 * @param years every year of the period, the base year first (its growth rates are null)
 * @param averageRealWageGrowth geometric mean of real wage growth, fraction; null when a year is missing
 * @param averageProductivityGrowth geometric mean of productivity growth per hour worked, fraction
 * @param missingYears years without the figures for the wage comparison (then the averages are null)
 * @param source the dataset
 * @param consumerDeflator {@code HICP}: the consumer price index that deflates the consumer real wage
 *     (METHODS.md §6 revised), null when no CPI is stored
 * @param averageConsumerRealWageGrowth geometric mean of the consumer real wage growth (wage per employee
 *     hour deflated by the HICP), fraction; null when a year lacks the HICP or another input
 * @param consumerNote where the HICP comes from, or why the consumer real wage is not shown
 */
public record WagesView(
        String region,
        String sector,
        String name,
        int from,
        int to,
        String deflator,
        String imputationNote,
        List<Year> years,
        Double averageRealWageGrowth,
        Double averageProductivityGrowth,
        List<Integer> missingYears,
        SourceView source,
        String consumerDeflator,
        Double averageConsumerRealWageGrowth,
        String consumerNote) {

    public WagesView {
        years = List.copyOf(years);
        missingYears = List.copyOf(missingYears);
    }

    /**
     * One year. Money in euro, current prices; growth rates are fractions; null when missing.
     *
     * @param year the year
     * @param compensation compensation of employees
     * @param imputedSelfEmployed imputed labour income of the self-employed (employee pay per hour × their
     *     hours)
     * @param grossValueAdded GVA at basic prices
     * @param labourShare the labour income share (AIQ), fraction
     * @param wagePerHour compensation per hour worked by employees
     * @param nominalWageGrowth growth of {@code wagePerHour}
     * @param priceGrowth growth of the GVA deflator
     * @param realWageGrowth {@code (1 + nominal) / (1 + price) - 1}
     * @param productivityGrowth volume growth of GVA per hour worked (all workers)
     * @param realWageIndex real wage per employee hour, base year = 100
     * @param productivityIndex productivity per hour worked, base year = 100
     * @param consumerPriceGrowth growth of the HICP (annual average), fraction; null without a CPI
     * @param consumerRealWageGrowth {@code (1 + nominal) / (1 + HICP growth) - 1}: the consumer real wage
     */
    public record Year(
            int year,
            Double compensation,
            Double imputedSelfEmployed,
            Double grossValueAdded,
            Double labourShare,
            Double wagePerHour,
            Double nominalWageGrowth,
            Double priceGrowth,
            Double realWageGrowth,
            Double productivityGrowth,
            Double realWageIndex,
            Double productivityIndex,
            Double consumerPriceGrowth,
            Double consumerRealWageGrowth) {}
}
