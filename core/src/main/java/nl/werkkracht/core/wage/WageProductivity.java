package nl.werkkracht.core.wage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Real compensation per hour against productivity (METHODS.md §6): the social partners ask that real
 * wage growth keeps pace with productivity growth.
 *
 * <p>Nominal wage per hour is compensation of employees over hours worked by employees; it is deflated
 * by a price index. With the CPI this is the consumer real wage (the METHODS.md definition). When no
 * CPI is available the GVA deflator ({@code Y^cp / Y^pyp}) gives the producer real wage, which is the
 * one that moves with productivity when the labour share is constant; callers must say which deflator
 * they used.
 */
public final class WageProductivity {

    private WageProductivity() {}

    /**
     * @param wagePerHour nominal compensation per employee hour by year, euro
     * @param priceGrowth deflator growth by year t (against t-1), fraction
     * @param productivityGrowth productivity volume growth by year t, fraction
     * @param from first year t0 (base)
     * @param to last year t1
     * @return annual comparison for t0+1 … t1; empty when a year lacks an input
     */
    public static Optional<WageComparison> compare(
            Map<Integer, Double> wagePerHour,
            Map<Integer, Double> priceGrowth,
            Map<Integer, Double> productivityGrowth,
            int from,
            int to) {
        if (to <= from) {
            throw new IllegalArgumentException("the window needs to > from");
        }
        var years = new ArrayList<WageYear>();
        double wageProduct = 1;
        double productivityProduct = 1;
        for (int t = from + 1; t <= to; t++) {
            Double w = wagePerHour.get(t);
            Double wBefore = wagePerHour.get(t - 1);
            Double p = priceGrowth.get(t);
            Double g = productivityGrowth.get(t);
            if (w == null || wBefore == null || wBefore == 0 || p == null || g == null) {
                return Optional.empty();
            }
            double nominal = w / wBefore - 1;
            double real = (1 + nominal) / (1 + p) - 1;
            years.add(new WageYear(t, nominal, p, real, g));
            wageProduct *= 1 + real;
            productivityProduct *= 1 + g;
        }
        double span = to - from;
        return Optional.of(new WageComparison(
                from, to, years, Math.pow(wageProduct, 1 / span) - 1, Math.pow(productivityProduct, 1 / span) - 1));
    }

    /**
     * The comparison over a window.
     *
     * @param from t0
     * @param to t1
     * @param years annual figures
     * @param averageRealWageGrowth geometric mean of real wage growth
     * @param averageProductivityGrowth geometric mean of productivity growth
     */
    public record WageComparison(
            int from, int to, List<WageYear> years, double averageRealWageGrowth, double averageProductivityGrowth) {
        public WageComparison {
            years = List.copyOf(years);
        }
    }
}
