package nl.werkkracht.statdata.importer;

import java.util.Objects;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Unit;

/**
 * What a source code maps to in the observation model, as written in an importer's mapping table. The
 * compact constructor applies the model's rules, so a wrong row in a table fails when the table is built,
 * not when a file is read.
 *
 * @param measure the Werkkracht measure
 * @param unit the unit of the source values (values are never rescaled on import)
 * @param priceBasis CP, PYP or CLVyyyy for money, NONE otherwise
 */
public record MappedMeasure(Measure measure, Unit unit, PriceBasis priceBasis) {
    public MappedMeasure {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(priceBasis, "priceBasis");
        if (unit.dimension() != measure.dimension()) {
            throw new IllegalArgumentException("unit " + unit + " does not match measure " + measure);
        }
        if (measure.isMonetary() == (priceBasis.kind() == PriceBasis.Kind.NONE)) {
            throw new IllegalArgumentException("price basis " + priceBasis + " does not fit measure " + measure);
        }
    }
}
