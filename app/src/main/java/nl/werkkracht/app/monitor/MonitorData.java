package nl.werkkracht.app.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
     */
    record Point(Double productivity, Double labour, StructureResult structure) {
        static final Point EMPTY = new Point(null, null, null);
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

    /**
     * @param output the output measure of regional totals (GDP when the dataset has no GVA)
     * @param firstYear first year of the regional dataset
     * @param lastYear last year of the regional dataset
     * @param dataCodes region code → the code the dataset holds it under (its own or its equivalent)
     * @param points data code → year → figures
     * @param sources dataset name → source line
     * @param regionalGva datasets with GVA by region and sector
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
            List<RegionalGva> regionalGva) {
        this.settings = settings;
        this.codeLists = codeLists;
        this.output = output;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.dataCodes = Map.copyOf(dataCodes);
        this.points = Map.copyOf(points);
        this.sources = Map.copyOf(sources);
        this.regionalGva = List.copyOf(regionalGva);
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
