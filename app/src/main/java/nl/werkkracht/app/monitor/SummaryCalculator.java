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
        var notes = new ArrayList<String>(RegionsCalculator.levelNotes(data, region.level(), text));
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
                notes,
                headline(data, region, w, indicators, text),
                data.perHourBasis() ? perHour(data, region, w, indicators, text) : null);
    }

    /**
     * The region's index against the Netherlands per year and its change over the period (ADR 0030); null
     * for the Netherlands itself.
     */
    static RegionSummaryView.Headline headline(
            MonitorData data, Region region, YearWindow w, Map<String, Indicator> indicators, MonitorText text) {
        if (region.equals(data.reference())) {
            return null;
        }
        var points = new ArrayList<RegionSummaryView.IndexPoint>();
        for (int y = data.firstYear(); y <= data.lastYear(); y++) {
            Double index = index(data, region, y);
            if (index != null) {
                points.add(new RegionSummaryView.IndexPoint(y, index));
            }
        }
        Double from = index(data, region, w.from());
        Double to = index(data, region, w.to());
        Indicator p = indicators.get(Indicators.PRODUCTIVITY);
        Indicator i = indicators.get(Indicators.INDEX);
        return new RegionSummaryView.Headline(
                data.settings().labour().name(),
                p.label(),
                i.unitLabel(),
                w.from(),
                w.to(),
                from,
                to,
                from == null || to == null ? null : to - from,
                points,
                i.nutsVersion(),
                i.vintages(),
                i.mixedVintages(),
                text.get("monitor.headline.basis", p.label(), p.unitLabel(), p.priceBasisLabel()) + " "
                        + i.vintageNote());
    }

    private static Double index(MonitorData data, Region region, int year) {
        return RegionsCalculator.index(
                data.point(region, year).productivity(),
                data.point(data.reference(), year).productivity());
    }

    /** Volume growth per hour and the labour income share of a province (METHODS.md §2, §6). */
    static RegionSummaryView.PerHour perHour(
            MonitorData data, Region region, YearWindow w, Map<String, Indicator> indicators, MonitorText text) {
        var growth = PerHourFigures.growthYears(data, region).stream()
                .map(g -> new RegionSummaryView.GrowthPoint(g.year(), g.outputGrowth(), g.labourGrowth(), g.growth()))
                .toList();
        Region nl = data.reference();
        Integer year = PerHourFigures.shareYear(data, region.level(), w.year()).orElse(null);
        var share = year == null
                ? java.util.Optional.<nl.werkkracht.core.wage.LabourIncomeShare>empty()
                : PerHourFigures.labourIncomeShare(data, region, year);
        Indicator aiq = indicators.get(Indicators.LABOUR_INCOME_SHARE);
        String shareNote = share.isPresent()
                ? text.get("monitor.perHour.shareNote", text.get("monitor.perHour.imputation")) + " "
                        + aiq.vintageNote()
                : text.get("monitor.perHour.noShare", year == null ? "–" : year, whyNoGva(data, region)) + " "
                        + aiq.vintageNote();
        MonitorData.Point p = year == null ? MonitorData.Point.EMPTY : data.point(region, year);
        MonitorData.Point n = year == null ? MonitorData.Point.EMPTY : data.point(nl, year);
        return new RegionSummaryView.PerHour(
                w.from(),
                w.to(),
                boxed(PerHourFigures.averageGrowth(data, region, w.from(), w.to())),
                boxed(PerHourFigures.averageGrowth(data, nl, w.from(), w.to())),
                growth,
                indicators.get(Indicators.VOLUME_GROWTH).vintageNote(),
                year,
                share.flatMap(x -> x.share().isPresent()
                                ? java.util.Optional.of(x.share().getAsDouble())
                                : java.util.Optional.empty())
                        .orElse(null),
                year == null ? null : PerHourFigures.share(data, nl, year),
                share.map(x -> x.compensation()).orElse(null),
                share.map(x -> x.imputedSelfEmployed()).orElse(null),
                share.map(x -> x.grossValueAdded()).orElse(null),
                perHourOf(p.gva(), p.labour()),
                perHourOf(n.gva(), n.labour()),
                shareNote,
                aiq.mixedVintages());
    }

    /** Why a province has no GVA: its NUTS 2024 region is another area (boundary changed), or no dataset has it. */
    private static String whyNoGva(MonitorData data, Region region) {
        String code = data.dataCode(region);
        return nl.werkkracht.statdata.codelist.CodeListLoader.nutsVersions()
                .whyNot(
                        nl.werkkracht.core.codelist.NutsVersions.Version.NUTS2016,
                        code,
                        nl.werkkracht.core.codelist.NutsVersions.Version.NUTS2024)
                .orElse(code);
    }

    private static Double perHourOf(Double output, Double hours) {
        return output == null || hours == null || hours <= 0 ? null : output / hours;
    }

    private static Double boxed(java.util.OptionalDouble v) {
        return v.isPresent() ? v.getAsDouble() : null;
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
