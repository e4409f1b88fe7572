package nl.werkkracht.app.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.werkkracht.core.codelist.Region;
import nl.werkkracht.core.gap.StructureResult;
import org.springframework.stereotype.Component;

/**
 * The region page's figures (METHODS.md §1, §4, §5): key figures against the previous year, the time
 * series against the Netherlands, the sector structure with expected productivity and the
 * structure-corrected index, the gap decomposition when the store has GVA by region × sector, and the
 * catch-up class with its path.
 */
@Component
class SummaryCalculator {

    /** The key figures, in the order the page shows them. */
    private static final List<String> KEY_FIGURES = List.of(
            Indicators.PRODUCTIVITY,
            Indicators.INDEX,
            Indicators.CORRECTED,
            Indicators.STRUCTURE_INDEX,
            Indicators.LABOUR);

    private final GapLookup gaps;
    private final CatchUpPaths catchUp;

    SummaryCalculator(GapLookup gaps, CatchUpPaths catchUp) {
        this.gaps = gaps;
        this.catchUp = catchUp;
    }

    RegionSummaryView compute(MonitorData data, Region region, YearWindow w, MonitorText text) {
        MonitorData.Point p = data.point(region, w.year());
        Optional<RegionSummaryView.Gap> gap = gaps.find(data, region, w.year(), text);
        Optional<RegionSummaryView.CatchUp> path = catchUp.of(data, region, w, text);
        Map<String, Indicator> indicators = Indicators.of(data, text);
        var notes = new ArrayList<String>(RegionsCalculator.levelNotes(region.level(), text));
        notes.add(text.get("monitor.note.nominal"));
        return new RegionSummaryView(
                text.ref(data, region),
                text.language(),
                w,
                indicators,
                keyFigures(data, region, w.year(), indicators),
                series(data, region),
                p.structure() == null ? null : structure(data, p.structure(), w.year(), text),
                p.structure() == null ? structureNote(data, region, w.year(), text) : null,
                gap.orElse(null),
                gap.isEmpty() ? text.get("monitor.gap.note") : null,
                path.orElse(null),
                path.isEmpty() ? text.get("monitor.note.noCatchUpRegion", w.from(), w.to()) : null,
                Sources.of(
                        data, gap.map(RegionSummaryView.Gap::dataset).stream().toArray(String[]::new)),
                notes);
    }

    /** Productivity, index, corrected index, structure index and labour, each against the year before. */
    private static List<RegionSummaryView.KeyFigure> keyFigures(
            MonitorData data, Region region, int year, Map<String, Indicator> indicators) {
        var out = new ArrayList<RegionSummaryView.KeyFigure>();
        for (String id : KEY_FIGURES) {
            Indicator indicator = indicators.get(id);
            Double now = valueOf(data, region, year, id);
            Double before = valueOf(data, region, year - 1, id);
            Double change = now == null || before == null ? null : now - before;
            boolean relative = id.equals(Indicators.PRODUCTIVITY) || id.equals(Indicators.LABOUR);
            Double percent = relative && change != null && before > 0 ? change / before : null;
            String direction = change == null ? null : change > 0 ? "UP" : change < 0 ? "DOWN" : "SAME";
            out.add(new RegionSummaryView.KeyFigure(
                    id, indicator.label(), indicator.unitLabel(), now, year - 1, before, change, percent, direction));
        }
        return out;
    }

    private static Double valueOf(MonitorData data, Region region, int year, String id) {
        MonitorData.Point p = data.point(region, year);
        StructureResult s = p.structure();
        return switch (id) {
            case Indicators.PRODUCTIVITY -> p.productivity();
            case Indicators.LABOUR -> p.labour();
            case Indicators.INDEX ->
                RegionsCalculator.index(
                        p.productivity(), data.point(data.reference(), year).productivity());
            case Indicators.CORRECTED -> s == null ? null : s.correctedIndex();
            case Indicators.STRUCTURE_INDEX -> s == null ? null : s.structureIndex();
            default -> throw new IllegalArgumentException("no key figure " + id);
        };
    }

    /** Every year in which the region or the Netherlands has a level. */
    private static List<RegionSummaryView.YearPoint> series(MonitorData data, Region region) {
        var out = new ArrayList<RegionSummaryView.YearPoint>();
        for (int y = data.firstYear(); y <= data.lastYear(); y++) {
            MonitorData.Point p = data.point(region, y);
            Double n = data.point(data.reference(), y).productivity();
            if (p.productivity() == null && n == null) {
                continue;
            }
            out.add(new RegionSummaryView.YearPoint(
                    y,
                    p.productivity(),
                    n,
                    RegionsCalculator.index(p.productivity(), n),
                    p.structure() == null ? null : p.structure().correctedIndex()));
        }
        return out;
    }

    private static RegionSummaryView.Structure structure(
            MonitorData data, StructureResult s, int year, MonitorText text) {
        return new RegionSummaryView.Structure(
                year,
                "A10",
                s.actualRegion(),
                s.actualReference(),
                s.expected(),
                s.referenceExpected(),
                s.actualIndex(),
                s.structureIndex(),
                s.correctedIndex(),
                s.coverage(),
                s.sectors().stream()
                        .map(x -> new RegionSummaryView.SectorShare(
                                x.sector(),
                                text.sectorName(data, x.sector()),
                                x.regionShare(),
                                x.referenceShare(),
                                x.referenceProductivity()))
                        .toList(),
                s.missingSectors().stream()
                        .map(m -> new RegionSummaryView.MissingSector(
                                m.sector(),
                                text.sectorName(data, m.sector()),
                                m.reason().name()))
                        .toList());
    }

    private static String structureNote(MonitorData data, Region region, int year, MonitorText text) {
        var latest = data.latestStructureYear(region.level());
        return text.get(
                "monitor.note.noStructure",
                year,
                latest.isPresent() ? String.valueOf(latest.getAsInt()) : "–",
                data.settings().dataset(),
                data.settings().productivityDataset());
    }
}
