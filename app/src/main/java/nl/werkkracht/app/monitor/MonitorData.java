package nl.werkkracht.app.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.werkkracht.app.dataset.DefaultDataset;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.codelist.Region;
import nl.werkkracht.core.codelist.RegionLevel;
import nl.werkkracht.core.gap.StructureResult;
import nl.werkkracht.core.observation.LabourMeasure;

/**
 * A snapshot of everything the monitor shows, computed once from the store (see {@link
 * MonitorDataLoader}): per region (under the code the dataset uses) and year, productivity, persons
 * employed and the structure comparison against the reference. Pages and API answers are lookups in
 * it. Immutable; replaced as a whole when datasets change.
 */
final class MonitorData {

    /**
     * One region in one year.
     *
     * @param productivity output per unit of labour ({@code P_r}, GDP per person in the default data),
     *     null when output or labour is missing or labour is zero
     * @param labour labour input (persons employed), null when missing
     * @param structure the structure comparison against the reference, null without sector data
     * @param volumeIndex volume index of total GVA (per-hour figures only), null when missing
     * @param compensation compensation of employees, euro, current prices (per-hour figures only)
     * @param employeeLabour hours worked by employees (per-hour figures only)
     * @param gva total GVA at basic prices, euro, current prices, from the dataset of GVA by region (per-hour
     *     figures only; see {@link MonitorData#gvaDataset()})
     */
    record Point(
            Double productivity,
            Double labour,
            StructureResult structure,
            Double volumeIndex,
            Double compensation,
            Double employeeLabour,
            Double gva) {
        static final Point EMPTY = new Point(null, null, null);

        Point(Double productivity, Double labour, StructureResult structure) {
            this(productivity, labour, structure, null, null, null, null);
        }
    }

    /**
     * A dataset that holds GVA by region × sector, so that the gap can be decomposed per sector.
     *
     * @param dataset dataset name
     * @param labour the preferred labour measure it has (hours > FTE > jobs > persons)
     */
    record RegionalGva(String dataset, LabourMeasure labour) {}

    private final MonitorSettings settings;
    private final CodeLists codeLists;
    private final String output;
    private final int firstYear;
    private final int lastYear;
    private final Map<String, String> dataCodes;
    private final Map<String, Map<Integer, Point>> points;
    private final Map<String, SourceRef> sources;
    private final List<RegionalGva> regionalGva;
    private final Map<String, List<DefaultDataset.Vintage>> vintages;
    private final String gvaDataset;
    private final MonitorData perHour;

    /**
     * @param output the output measure of regional totals (GDP when the dataset has no GVA)
     * @param firstYear first year of the regional dataset
     * @param lastYear last year of the regional dataset
     * @param dataCodes region code → the code the dataset holds it under (its own or its equivalent)
     * @param points data code → year → figures
     * @param sources dataset name → source line
     * @param regionalGva datasets with GVA by region and sector
     * @param vintages dataset name → vintage and NUTS version per measure (shipped datasets as shipped)
     * @param gvaDataset the dataset of {@link Point#gva()}, null when none
     * @param perHour the per-hour figures of the provinces (NUTS-2), null when the hours dataset is absent
     */
    MonitorData(
            MonitorSettings settings,
            CodeLists codeLists,
            String output,
            int firstYear,
            int lastYear,
            Map<String, String> dataCodes,
            Map<String, Map<Integer, Point>> points,
            Map<String, SourceRef> sources,
            List<RegionalGva> regionalGva,
            Map<String, List<DefaultDataset.Vintage>> vintages,
            String gvaDataset,
            MonitorData perHour) {
        this.settings = settings;
        this.codeLists = codeLists;
        this.output = output;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.dataCodes = Map.copyOf(dataCodes);
        this.points = Map.copyOf(points);
        this.sources = Map.copyOf(sources);
        this.regionalGva = List.copyOf(regionalGva);
        this.vintages = Map.copyOf(vintages);
        this.gvaDataset = gvaDataset;
        this.perHour = perHour;
    }

    /**
     * The snapshot a level is shown from: provinces (NUTS-2) per hour worked when the hours dataset is in the
     * store, every other level (and the provinces without it) per person employed (ADR 0030).
     */
    MonitorData forLevel(RegionLevel level) {
        return perHour != null && hourly(level) ? perHour : this;
    }

    /** The levels shown per hour worked. */
    static boolean hourly(RegionLevel level) {
        return level == RegionLevel.PROVINCE || level == RegionLevel.NUTS2;
    }

    /** Whether this snapshot holds hours worked (the per-hour figures of the provinces). */
    boolean perHourBasis() {
        return settings.labour() == LabourMeasure.HOURS;
    }

    /** The vintage and NUTS version of a measure in a dataset, when the catalogue knows them. */
    Optional<DefaultDataset.Vintage> vintage(String dataset, String measure) {
        return vintages.getOrDefault(dataset, List.of()).stream()
                .filter(v -> v.measure().equals(measure))
                .findFirst();
    }

    /** The dataset of the total GVA used by the labour income share, when there is one. */
    Optional<String> gvaDataset() {
        return Optional.ofNullable(gvaDataset);
    }

    MonitorSettings settings() {
        return settings;
    }

    CodeLists codeLists() {
        return codeLists;
    }

    /** The output measure of regional productivity: GDP (market prices) in the default data, else GVA. */
    String output() {
        return output;
    }

    int firstYear() {
        return firstYear;
    }

    int lastYear() {
        return lastYear;
    }

    /** The code under which the regional dataset holds a region (its own, or its NUTS/CBS equivalent). */
    String dataCode(Region region) {
        return dataCodes.getOrDefault(region.code(), region.code());
    }

    /** The figures of a region in a year; {@link Point#EMPTY} when there are none. */
    Point point(Region region, int year) {
        return points.getOrDefault(dataCode(region), Map.of()).getOrDefault(year, Point.EMPTY);
    }

    /** The reference region (the Netherlands). */
    Region reference() {
        return codeLists.region(settings.reference()).orElseThrow();
    }

    /** The source line of a dataset, when it exists. */
    Optional<SourceRef> source(String dataset) {
        return Optional.ofNullable(sources.get(dataset));
    }

    List<RegionalGva> regionalGva() {
        return regionalGva;
    }

    /** Years in which at least one region of the level has a productivity level, ascending. */
    List<Integer> years(RegionLevel level) {
        var out = new ArrayList<Integer>();
        for (int y = firstYear; y <= lastYear; y++) {
            final int year = y;
            if (codeLists.regions(level).stream().anyMatch(r -> point(r, year).productivity() != null)) {
                out.add(y);
            }
        }
        return out;
    }

    /** The latest year in which at least one region of the level has a structure comparison. */
    OptionalInt latestStructureYear(RegionLevel level) {
        for (int y = lastYear; y >= firstYear; y--) {
            final int year = y;
            if (codeLists.regions(level).stream().anyMatch(r -> point(r, year).structure() != null)) {
                return OptionalInt.of(y);
            }
        }
        return OptionalInt.empty();
    }
}
