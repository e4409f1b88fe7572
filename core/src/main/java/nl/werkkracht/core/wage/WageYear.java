package nl.werkkracht.core.wage;

/**
 * Real wage and productivity growth in one year, fractions.
 *
 * @param year the year t
 * @param nominalWageGrowth growth of compensation per hour of employees
 * @param priceGrowth growth of the deflator (CPI, or the GVA deflator)
 * @param realWageGrowth {@code (1 + nominal) / (1 + price) - 1}
 * @param productivityGrowth volume growth of productivity
 */
public record WageYear(
        int year, double nominalWageGrowth, double priceGrowth, double realWageGrowth, double productivityGrowth) {

    /** Real wage growth minus productivity growth: positive when wages outpace productivity. */
    public double gap() {
        return realWageGrowth - productivityGrowth;
    }
}
