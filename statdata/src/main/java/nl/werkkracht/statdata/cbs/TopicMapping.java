package nl.werkkracht.statdata.cbs;

import java.util.Objects;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Unit;

/**
 * How one CBS topic (v3) or measure code (v4) becomes Werkkracht observations: the measure, the unit values
 * are converted to, the price basis, and the unit CBS publishes the topic in. The CBS unit is checked against
 * the table's metadata on every import, so a renumbered topic key is caught instead of read as another
 * quantity.
 *
 * @param measure the Werkkracht measure
 * @param unit the Werkkracht unit the values are stored in; its dimension is the measure's
 * @param priceBasis CP/PYP/CLVyyyy for money, NONE otherwise
 * @param cbsUnit the unit text CBS publishes ("mln euro", "1 000 arbeidsjaren")
 */
public record TopicMapping(Measure measure, Unit unit, PriceBasis priceBasis, String cbsUnit) {

    public TopicMapping {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(priceBasis, "priceBasis");
        Objects.requireNonNull(cbsUnit, "cbsUnit");
        if (unit.dimension() != measure.dimension()) {
            throw new IllegalArgumentException(
                    "unit " + unit + " does not measure " + measure + " (" + measure.dimension() + ")");
        }
        if (measure.isMonetary() == (priceBasis.kind() == PriceBasis.Kind.NONE)) {
            throw new IllegalArgumentException(
                    measure.isMonetary()
                            ? measure + " needs a price basis (CP, PYP or CLVyyyy)"
                            : measure + " has no price basis, got " + priceBasis);
        }
        CbsUnit.parse(cbsUnit).factorTo(unit);
    }

    /** The factor that converts a value in the CBS unit to {@link #unit()}. */
    public double factor() {
        return CbsUnit.parse(cbsUnit).factorTo(unit);
    }
}
