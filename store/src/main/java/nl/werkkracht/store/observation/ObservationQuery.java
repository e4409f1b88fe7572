package nl.werkkracht.store.observation;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.PriceBasis;

/**
 * Which observations of one dataset to find. An empty set means "all"; years are inclusive and refer to
 * the year of the period, so a quarter of 2015 lies in 2015.
 *
 * <p>Start from {@link #all(String)} and narrow it with the {@code with…} methods:
 *
 * <pre>{@code
 * ObservationQuery.all("nama_10_a64").withMeasures(Measure.GVA, Measure.HOURS).withYears(2015, 2022)
 * }</pre>
 *
 * @param dataset the dataset name (see {@link DatasetInfo#name()})
 * @param measures the measures to find; empty for all
 * @param regions the region codes to find; empty for all
 * @param sectors the sector codes to find; empty for all
 * @param fromYear the first year, if bounded
 * @param toYear the last year (inclusive), if bounded
 * @param priceBasis the price basis to find, if only one ({@link PriceBasis#NONE} finds non-monetary
 *     measures)
 */
public record ObservationQuery(
        String dataset,
        Set<Measure> measures,
        Set<String> regions,
        Set<String> sectors,
        OptionalInt fromYear,
        OptionalInt toYear,
        Optional<PriceBasis> priceBasis) {

    public ObservationQuery {
        Objects.requireNonNull(dataset, "dataset");
        DatasetInfo.requireValidName(dataset);
        measures = Set.copyOf(measures);
        regions = Set.copyOf(regions);
        sectors = Set.copyOf(sectors);
        Objects.requireNonNull(fromYear, "fromYear");
        Objects.requireNonNull(toYear, "toYear");
        Objects.requireNonNull(priceBasis, "priceBasis");
        if (fromYear.isPresent() && toYear.isPresent() && fromYear.getAsInt() > toYear.getAsInt()) {
            throw new IllegalArgumentException(
                    "from year " + fromYear.getAsInt() + " is after to year " + toYear.getAsInt());
        }
    }

    /** Every observation of {@code dataset}. */
    public static ObservationQuery all(String dataset) {
        return new ObservationQuery(
                dataset, Set.of(), Set.of(), Set.of(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty());
    }

    public ObservationQuery withMeasures(Measure... measures) {
        return withMeasures(Arrays.asList(measures));
    }

    public ObservationQuery withMeasures(Collection<Measure> measures) {
        return new ObservationQuery(dataset, Set.copyOf(measures), regions, sectors, fromYear, toYear, priceBasis);
    }

    public ObservationQuery withRegions(String... regions) {
        return withRegions(Arrays.asList(regions));
    }

    public ObservationQuery withRegions(Collection<String> regions) {
        return new ObservationQuery(dataset, measures, Set.copyOf(regions), sectors, fromYear, toYear, priceBasis);
    }

    public ObservationQuery withSectors(String... sectors) {
        return withSectors(Arrays.asList(sectors));
    }

    public ObservationQuery withSectors(Collection<String> sectors) {
        return new ObservationQuery(dataset, measures, regions, Set.copyOf(sectors), fromYear, toYear, priceBasis);
    }

    /** Periods in the years {@code from} to {@code to}, both inclusive. */
    public ObservationQuery withYears(int from, int to) {
        return new ObservationQuery(
                dataset, measures, regions, sectors, OptionalInt.of(from), OptionalInt.of(to), priceBasis);
    }

    /** Periods in {@code from} or later. */
    public ObservationQuery withFromYear(int from) {
        return new ObservationQuery(dataset, measures, regions, sectors, OptionalInt.of(from), toYear, priceBasis);
    }

    /** Periods in {@code to} or earlier. */
    public ObservationQuery withToYear(int to) {
        return new ObservationQuery(dataset, measures, regions, sectors, fromYear, OptionalInt.of(to), priceBasis);
    }

    public ObservationQuery withPriceBasis(PriceBasis priceBasis) {
        return new ObservationQuery(dataset, measures, regions, sectors, fromYear, toYear, Optional.of(priceBasis));
    }
}
