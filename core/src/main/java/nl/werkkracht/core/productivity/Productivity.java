package nl.werkkracht.core.productivity;

import java.util.OptionalDouble;
import nl.werkkracht.core.observation.LabourMeasure;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.PriceBasis;

/**
 * A labour productivity level (METHODS.md §1): output per unit of labour, with everything a reader
 * needs to interpret it.
 *
 * @param region region code
 * @param sector sector code (TOTAL for the whole economy)
 * @param year the year
 * @param output the output measure (GVA; GDP only for totals)
 * @param labour the labour measure divided by
 * @param priceBasis price basis of the output
 * @param value euro per unit of labour; empty when labour is zero
 */
public record Productivity(
        String region,
        String sector,
        int year,
        Measure output,
        LabourMeasure labour,
        PriceBasis priceBasis,
        OptionalDouble value) {

    /** The unit of {@link #value}, e.g. {@code EUR/HW} for euro per hour worked. */
    public String unit() {
        return labour.productivityUnit();
    }

    /** Computes {@code p = Y / L} from output in euro and labour in base units. */
    public static Productivity of(
            String region,
            String sector,
            int year,
            Measure output,
            LabourMeasure labour,
            PriceBasis priceBasis,
            OutputLabour figures) {
        return new Productivity(region, sector, year, output, labour, priceBasis, figures.productivity());
    }
}
