package nl.werkkracht.core.observation;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One statistical observation: measure × region × sector × period → value, with unit, price basis and
 * status. A confidential or missing observation has no value; a value is never invented for it.
 *
 * @param measure what is counted
 * @param region region code (NL, NUTS-1/2/3, PV20–PV31, CR01–CR40, LD01–LD04)
 * @param sector sector code (NACE Rev.2 / SBI 2008 section or aggregate, or TOTAL)
 * @param period year or quarter
 * @param value the value in {@code unit}; empty exactly when the status carries no value
 * @param unit the unit of {@code value}; its dimension matches the measure's
 * @param priceBasis CP/PYP/CLVyyyy for money, NONE otherwise
 * @param status definitive, provisional, estimated, confidential or missing
 */
public record Observation(
        Measure measure,
        String region,
        String sector,
        Period period,
        OptionalDouble value,
        Unit unit,
        PriceBasis priceBasis,
        Status status) {

    public Observation {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(priceBasis, "priceBasis");
        Objects.requireNonNull(status, "status");
        if (unit.dimension() != measure.dimension()) {
            throw new IllegalArgumentException(
                    "unit " + unit + " does not measure " + measure + " (" + measure.dimension() + ")");
        }
        if (measure.isMonetary() && priceBasis.kind() == PriceBasis.Kind.NONE) {
            throw new IllegalArgumentException(measure + " needs a price basis (CP, PYP or CLVyyyy)");
        }
        if (!measure.isMonetary() && priceBasis.kind() != PriceBasis.Kind.NONE) {
            throw new IllegalArgumentException(measure + " has no price basis, got " + priceBasis);
        }
        if (status.hasValue() != value.isPresent()) {
            throw new IllegalArgumentException(
                    status.hasValue()
                            ? "status " + status + " needs a value"
                            : "status " + status + " carries no value");
        }
        if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
            throw new IllegalArgumentException("value must be finite");
        }
        if (value.isPresent() && measure.isLabour() && value.getAsDouble() < 0) {
            throw new IllegalArgumentException("labour input cannot be negative: " + value.getAsDouble());
        }
    }

    /** An observation with a value. */
    public static Observation of(
            Measure measure,
            String region,
            String sector,
            Period period,
            double value,
            Unit unit,
            PriceBasis priceBasis,
            Status status) {
        return new Observation(measure, region, sector, period, OptionalDouble.of(value), unit, priceBasis, status);
    }

    /** An observation without a value (confidential or missing). */
    public static Observation absent(
            Measure measure,
            String region,
            String sector,
            Period period,
            Unit unit,
            PriceBasis priceBasis,
            Status status) {
        return new Observation(measure, region, sector, period, OptionalDouble.empty(), unit, priceBasis, status);
    }

    public ObservationKey key() {
        return new ObservationKey(measure, region, sector, period, priceBasis);
    }

    /** The value converted to {@code target}, if there is one. */
    public OptionalDouble valueIn(Unit target) {
        return value.isPresent()
                ? OptionalDouble.of(unit.convert(value.getAsDouble(), target))
                : OptionalDouble.empty();
    }
}
