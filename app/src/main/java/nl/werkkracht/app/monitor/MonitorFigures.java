package nl.werkkracht.app.monitor;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.werkkracht.core.codelist.Region;
import nl.werkkracht.core.codelist.RegionLevel;
import nl.werkkracht.core.gap.StructureResult;
import org.springframework.stereotype.Component;

/**
 * The monitor's figures per region and year for other features (the policy cycle's indicators and
 * evaluations), read from the same snapshot the monitor pages show, so that a programme's indicator and the
 * monitor never disagree. Missing figures are empty, never 0.
 */
@Component
public class MonitorFigures {

    /** The figures offered, with what they mean (see {@link Indicator}). */
    public enum Figure {
        /** Output per person employed, euro, current prices (GDP for regional totals in the default data). */
        PRODUCTIVITY,
        /** {@code 100 · P_r / P_NL}, the same year. */
        INDEX,
        /** The level the region would have with the Dutch sector mix, as an index (METHODS.md §4). */
        STRUCTURE_CORRECTED_INDEX,
        /** Persons employed. */
        LABOUR,
        /** GDP per hour worked, euro, current prices: provinces (NUTS-2) and the Netherlands only (ADR 0030). */
        PRODUCTIVITY_PER_HOUR,
        /** {@code 100 · P_r / P_NL} on GDP per hour worked, the same year: provinces only. */
        INDEX_PER_HOUR,
        /** Productivity volume growth per hour worked against the previous year, fraction: provinces and NL. */
        VOLUME_GROWTH_PER_HOUR,
        /** Labour income share with the self-employed imputed, fraction (METHODS.md §6): provinces and NL. */
        LABOUR_INCOME_SHARE,
        /** Hours worked by all persons employed: provinces and NL. */
        HOURS;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final MonitorService monitor;

    MonitorFigures(MonitorService monitor) {
        this.monitor = monitor;
    }

    /** A Dutch region by its CBS or NUTS code. */
    public Optional<Region> region(String code) {
        return monitor.region(code);
    }

    /** The regions of a level, in code-list order. */
    public List<Region> regions(RegionLevel level) {
        return monitor.data().codeLists().regions(level);
    }

    /** The years in which the level has productivity figures (per person or per hour), ascending. */
    public List<Integer> years(RegionLevel level) {
        var years = new java.util.TreeSet<Integer>(monitor.data().years(level));
        years.addAll(monitor.data().forLevel(level).years(level));
        return List.copyOf(years);
    }

    /**
     * The figure of a region in a year. The per-person figures are those of every level; the per-hour figures
     * exist for provinces and the Netherlands only (empty elsewhere).
     */
    public OptionalDouble value(Figure figure, Region region, int year) {
        MonitorData data = monitor.data();
        MonitorData.Point p = data.point(region, year);
        MonitorData hourly = data.forLevel(RegionLevel.PROVINCE);
        boolean perHour =
                hourly.perHourBasis() && (MonitorData.hourly(region.level()) || region.equals(hourly.reference()));
        MonitorData.Point h = perHour ? hourly.point(region, year) : MonitorData.Point.EMPTY;
        Double v =
                switch (figure) {
                    case PRODUCTIVITY_PER_HOUR -> h.productivity();
                    case HOURS -> h.labour();
                    case INDEX_PER_HOUR ->
                        perHour
                                ? RegionsCalculator.index(
                                        h.productivity(),
                                        hourly.point(hourly.reference(), year).productivity())
                                : null;
                    case VOLUME_GROWTH_PER_HOUR ->
                        perHour
                                ? PerHourFigures.growthYears(hourly, region).stream()
                                        .filter(g -> g.year() == year)
                                        .map(g -> g.growth())
                                        .findFirst()
                                        .orElse(null)
                                : null;
                    case LABOUR_INCOME_SHARE -> perHour ? PerHourFigures.share(hourly, region, year) : null;
                    case PRODUCTIVITY -> p.productivity();
                    case LABOUR -> p.labour();
                    case INDEX ->
                        RegionsCalculator.index(
                                p.productivity(),
                                data.point(data.reference(), year).productivity());
                    case STRUCTURE_CORRECTED_INDEX -> {
                        StructureResult s = p.structure();
                        yield s == null ? null : s.correctedIndex();
                    }
                };
        return v == null || !Double.isFinite(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The monitor's region page in figures (key figures, series, sector structure, gap, catch-up class). */
    public RegionSummaryView summary(String code, Locale locale) {
        return monitor.summary(code, null, null, null, locale);
    }

    /** The sources of the monitor's regional figures, as "title (source, licence)" lines. */
    public List<String> sources() {
        MonitorData data = monitor.data();
        return List.of(data.settings().dataset(), data.settings().productivityDataset()).stream()
                .map(data::source)
                .flatMap(Optional::stream)
                .map(s -> s.title() + " (" + s.source() + ", " + s.licence() + ")")
                .distinct()
                .toList();
    }
}
