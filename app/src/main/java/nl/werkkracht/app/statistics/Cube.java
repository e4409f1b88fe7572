package nl.werkkracht.app.statistics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.core.observation.ObservationKey;
import nl.werkkracht.core.observation.Period;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Unit;

/** Annual observations of one dataset held in memory for lookups by key. */
public final class Cube {

    private final String dataset;
    private final Map<ObservationKey, Observation> byKey = new HashMap<>();

    /** Measure × price basis and measure × sector pairs present, so that {@link #hasAny} need not scan. */
    private final java.util.Set<java.util.List<Object>> measurePriceBases = new java.util.HashSet<>();

    private final java.util.Set<java.util.List<Object>> measureSectors = new java.util.HashSet<>();

    public Cube(String dataset, List<Observation> observations) {
        this.dataset = dataset;
        for (Observation o : observations) {
            if (o.period().isYear()) {
                byKey.put(o.key(), o);
            }
        }
        for (ObservationKey k : byKey.keySet()) {
            measurePriceBases.add(List.of(k.measure(), k.priceBasis()));
            measureSectors.add(List.of(k.measure(), k.sector()));
        }
    }

    public String dataset() {
        return dataset;
    }

    public Optional<Observation> get(Measure measure, String region, String sector, int year, PriceBasis priceBasis) {
        return Optional.ofNullable(
                byKey.get(new ObservationKey(measure, region, sector, Period.year(year), priceBasis)));
    }

    /** The value in {@code unit}; empty when absent, confidential or missing. */
    public OptionalDouble value(
            Measure measure, String region, String sector, int year, PriceBasis priceBasis, Unit unit) {
        return get(measure, region, sector, year, priceBasis)
                .map(o -> o.valueIn(unit))
                .orElse(OptionalDouble.empty());
    }

    /** Whether any observation of this measure and price basis exists (for any region, sector, year). */
    public boolean hasAny(Measure measure, PriceBasis priceBasis) {
        return measure != null && priceBasis != null && measurePriceBases.contains(List.of(measure, priceBasis));
    }

    /** Whether any observation of this measure exists for the sector, any price basis. */
    public boolean hasAny(Measure measure, String sector) {
        return measure != null && sector != null && measureSectors.contains(List.of(measure, sector));
    }

    /** The price bases present for a measure, region and sector (any year). */
    public java.util.Set<PriceBasis> priceBases(Measure measure, String region, String sector) {
        var out = new java.util.TreeSet<PriceBasis>(java.util.Comparator.comparing(PriceBasis::code));
        for (ObservationKey k : byKey.keySet()) {
            if (k.measure() == measure
                    && k.region().equals(region)
                    && k.sector().equals(sector)) {
                out.add(k.priceBasis());
            }
        }
        return out;
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }
}
