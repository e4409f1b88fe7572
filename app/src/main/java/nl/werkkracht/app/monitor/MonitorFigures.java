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
        LABOUR;

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

    /** The years in which the level has productivity figures, ascending. */
    public List<Integer> years(RegionLevel level) {
        return monitor.data().years(level);
    }

    /** The figure of a region in a year. */
    public OptionalDouble value(Figure figure, Region region, int year) {
        MonitorData data = monitor.data();
        MonitorData.Point p = data.point(region, year);
        Double v =
                switch (figure) {
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
