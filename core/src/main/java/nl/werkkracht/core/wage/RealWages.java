package nl.werkkracht.core.wage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.werkkracht.core.wage.WageProductivity.WageComparison;

/**
 * The two real wages of METHODS.md §6 (revised), each named, next to productivity growth: the
 * <b>consumer real wage</b> (compensation per employee hour deflated by the consumer price index,
 * CPI/HICP: what workers can buy) and the <b>producer real wage</b> (deflated by the GVA deflator of the
 * same output: what labour costs the producer, the one that moves with the labour income share). Their
 * difference is the terms-of-trade wedge. Where no CPI is given the consumer real wage is absent, never
 * replaced by the producer real wage.
 *
 * @param producer the wage deflated by the GVA deflator
 * @param consumer the wage deflated by the CPI/HICP; empty without a CPI for every year of the window
 */
public record RealWages(WageComparison producer, Optional<WageComparison> consumer) {

    /** Which price index deflates a real wage. */
    public enum Deflator {
        /** Consumer price index (HICP): the consumer real wage. */
        CPI("consumentenreëel loon (HICP)", "consumer real wage (HICP)"),
        /** GVA deflator: the producer real wage. */
        GVA_DEFLATOR("producentenreëel loon (prijsindex toegevoegde waarde)", "producer real wage (GVA deflator)");

        private final String labelNl;
        private final String labelEn;

        Deflator(String labelNl, String labelEn) {
            this.labelNl = labelNl;
            this.labelEn = labelEn;
        }

        public String labelNl() {
            return labelNl;
        }

        public String labelEn() {
            return labelEn;
        }
    }

    /**
     * @param wagePerHour nominal compensation per employee hour by year
     * @param cpiGrowth CPI/HICP growth by year (empty map when there is no CPI)
     * @param gvaDeflatorGrowth GVA deflator growth by year
     * @param productivityGrowth productivity volume growth by year
     * @return empty when the producer real wage lacks an input
     */
    public static Optional<RealWages> compare(
            Map<Integer, Double> wagePerHour,
            Map<Integer, Double> cpiGrowth,
            Map<Integer, Double> gvaDeflatorGrowth,
            Map<Integer, Double> productivityGrowth,
            int from,
            int to) {
        return WageProductivity.compare(wagePerHour, gvaDeflatorGrowth, productivityGrowth, from, to)
                .map(producer -> new RealWages(
                        producer, WageProductivity.compare(wagePerHour, cpiGrowth, productivityGrowth, from, to)));
    }

    /**
     * The terms-of-trade wedge per year: consumer real wage growth minus producer real wage growth,
     * {@code (1+w)/(1+π_cpi) − (1+w)/(1+π_gva)}; empty without a CPI.
     */
    public List<Wedge> wedge() {
        if (consumer.isEmpty()) {
            return List.of();
        }
        var out = new ArrayList<Wedge>();
        List<WageYear> c = consumer.get().years();
        List<WageYear> p = producer.years();
        for (int i = 0; i < c.size(); i++) {
            out.add(new Wedge(
                    c.get(i).year(), c.get(i).realWageGrowth() - p.get(i).realWageGrowth()));
        }
        return out;
    }

    /** Average consumer minus average producer real wage growth over the window; empty without a CPI. */
    public OptionalDouble averageWedge() {
        return consumer.map(c -> OptionalDouble.of(c.averageRealWageGrowth() - producer.averageRealWageGrowth()))
                .orElse(OptionalDouble.empty());
    }

    /**
     * @param year the year t
     * @param difference consumer minus producer real wage growth, fraction
     */
    public record Wedge(int year, double difference) {}
}
