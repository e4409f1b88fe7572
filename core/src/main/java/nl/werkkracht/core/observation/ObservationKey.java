package nl.werkkracht.core.observation;

import java.util.Objects;

/**
 * What identifies an observation within a dataset: measure × region × sector × period × price basis.
 * Two observations with the same key in one dataset are a duplicate.
 */
public record ObservationKey(Measure measure, String region, String sector, Period period, PriceBasis priceBasis) {
    public ObservationKey {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(priceBasis, "priceBasis");
    }

    @Override
    public String toString() {
        return measure + "," + region + "," + sector + "," + period
                + (priceBasis.equals(PriceBasis.NONE) ? "" : "," + priceBasis);
    }
}
