package nl.werkkracht.app.monitor;

import static nl.werkkracht.app.monitor.PageTable.AUTO;
import static nl.werkkracht.app.monitor.PageTable.DEC1;
import static nl.werkkracht.app.monitor.PageTable.EURO;
import static nl.werkkracht.app.monitor.PageTable.SIGNED1;
import static nl.werkkracht.app.monitor.PageTable.SIGNED2;
import static nl.werkkracht.app.monitor.PageTable.TEXT;
import static nl.werkkracht.app.monitor.PageTable.YEAR;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.werkkracht.app.export.ExportTable;

/**
 * The region page's tables, each the data-table alternative of one chart and an export: key figures,
 * productivity over time, sector structure, expected productivity, gap decomposition, catch-up path.
 * Shares and growth are in percent, levels in euro, indices with NL = 100; missing figures are null.
 */
final class RegionTables {

    static final List<String> ROUTES = List.of(
            "region-headline",
            "region-key-figures",
            "region-trend",
            "region-structure",
            "region-expected",
            "region-gap",
            "region-catchup",
            "region-per-hour");

    private RegionTables() {}

    /** The table of an export route; the routes are {@link #ROUTES}. */
    static PageTable of(String route, RegionSummaryView v, MonitorText text) {
        return switch (route) {
            case "region-headline" -> headline(v, text);
            case "region-per-hour" -> perHour(v, text);
            case "region-key-figures" -> keyFigures(v, text);
            case "region-trend" -> trend(v, text);
            case "region-structure" -> structure(v, text);
            case "region-expected" -> expected(v, text);
            case "region-gap" -> gap(v, text);
            case "region-catchup" -> catchUp(v, text);
            default -> throw new IllegalArgumentException("no table named " + route);
        };
    }

    /** Every table of the page, in page order. */
    static List<PageTable> all(RegionSummaryView v, MonitorText text) {
        return ROUTES.stream().map(r -> of(r, v, text)).toList();
    }

    /** The headline: the index against the Netherlands per year (ADR 0030). */
    static PageTable headline(RegionSummaryView v, MonitorText text) {
        var rows = new ArrayList<List<Object>>();
        if (v.headline() != null) {
            for (RegionSummaryView.IndexPoint p : v.headline().points()) {
                rows.add(Arrays.asList(String.valueOf(p.year()), p.index()));
            }
        }
        return table(
                "region-headline",
                v,
                text,
                "monitor.table.headline",
                List.of(YEAR, DEC1),
                rows,
                text.get("monitor.col.year"),
                text.get("monitor.col.index"));
    }

    /** Volume growth per hour worked per year (provinces; ADR 0030). */
    static PageTable perHour(RegionSummaryView v, MonitorText text) {
        var rows = new ArrayList<List<Object>>();
        if (v.perHour() != null) {
            for (RegionSummaryView.GrowthPoint g : v.perHour().growth()) {
                rows.add(Arrays.asList(
                        String.valueOf(g.year()),
                        100 * g.outputGrowth(),
                        100 * g.hoursGrowth(),
                        100 * g.productivityGrowth()));
            }
        }
        return table(
                "region-per-hour",
                v,
                text,
                "monitor.table.perHour",
                List.of(YEAR, SIGNED2, SIGNED2, SIGNED2),
                rows,
                text.get("monitor.col.year"),
                text.get("monitor.col.volumeGrowthGva"),
                text.get("monitor.col.hoursGrowth"),
                text.get("monitor.col.productivityGrowthHour"));
    }

    static PageTable keyFigures(RegionSummaryView v, MonitorText text) {
        int year = v.window().year();
        var rows = new ArrayList<List<Object>>();
        var formats = List.of(TEXT, TEXT, AUTO, AUTO, AUTO, SIGNED1);
        for (RegionSummaryView.KeyFigure f : v.keyFigures()) {
            rows.add(Arrays.asList(
                    f.label(), f.unitLabel(), f.value(), f.previous(), f.change(), percent(f.changePercent())));
        }
        return table(
                "region-key-figures",
                v,
                text,
                "monitor.table.keyFigures",
                formats,
                rows,
                text.get("monitor.col.figure"),
                text.get("monitor.col.unit"),
                String.valueOf(year),
                String.valueOf(year - 1),
                text.get("monitor.col.change"),
                text.get("monitor.col.changePercent"));
    }

    static PageTable trend(RegionSummaryView v, MonitorText text) {
        var rows = new ArrayList<List<Object>>();
        for (RegionSummaryView.YearPoint p : v.series()) {
            rows.add(Arrays.asList(
                    String.valueOf(p.year()), p.productivity(), p.reference(), p.index(), p.structureCorrectedIndex()));
        }
        String unit = v.indicators().get(Indicators.PRODUCTIVITY).unitLabel();
        return table(
                "region-trend",
                v,
                text,
                "monitor.table.trend",
                List.of(YEAR, euro(v), euro(v), DEC1, DEC1),
                rows,
                text.get("monitor.col.year"),
                v.region().name() + " (" + unit + ")",
                text.get("monitor.nl") + " (" + unit + ")",
                text.get("monitor.col.index"),
                text.get("monitor.col.corrected"));
    }

    static PageTable structure(RegionSummaryView v, MonitorText text) {
        var rows = new ArrayList<List<Object>>();
        if (v.structure() != null) {
            for (RegionSummaryView.SectorShare s : v.structure().sectors()) {
                rows.add(Arrays.asList(
                        s.sector(),
                        s.name(),
                        100 * s.regionShare(),
                        100 * s.referenceShare(),
                        s.referenceProductivity()));
            }
        }
        return table(
                "region-structure",
                v,
                text,
                "monitor.table.structure",
                List.of(TEXT, TEXT, DEC1, DEC1, EURO),
                rows,
                text.get("monitor.col.sectorCode"),
                text.get("monitor.col.sector"),
                text.get("monitor.col.shareRegion", v.region().name()),
                text.get("monitor.col.shareNl"),
                text.get("monitor.col.sectorProductivityNl"));
    }

    static PageTable expected(RegionSummaryView v, MonitorText text) {
        var rows = new ArrayList<List<Object>>();
        var s = v.structure();
        if (s != null) {
            String euro = v.indicators().get(Indicators.PRODUCTIVITY).unitLabel();
            String index = text.get("monitor.unit.index");
            rows.add(Arrays.asList(text.get("monitor.expected.actual"), euro, s.actual()));
            rows.add(Arrays.asList(text.get("monitor.expected.actualNl"), euro, s.reference()));
            rows.add(Arrays.asList(
                    text.get("monitor.expected.expected"), text.get("monitor.unit.gvaPer", euro), s.expected()));
            rows.add(Arrays.asList(
                    text.get("monitor.expected.referenceExpected"),
                    text.get("monitor.unit.gvaPer", euro),
                    s.referenceExpected()));
            rows.add(Arrays.asList(text.get("monitor.col.index"), index, s.actualIndex()));
            rows.add(Arrays.asList(text.get("monitor.col.structureIndex"), index, s.structureIndex()));
            rows.add(Arrays.asList(text.get("monitor.col.corrected"), index, s.structureCorrectedIndex()));
            rows.add(Arrays.asList(text.get("monitor.expected.coverage"), "%", 100 * s.coverage()));
        }
        return table(
                "region-expected",
                v,
                text,
                "monitor.table.expected",
                List.of(TEXT, TEXT, DEC1),
                rows,
                text.get("monitor.col.figure"),
                text.get("monitor.col.unit"),
                text.get("monitor.col.value"));
    }

    static PageTable gap(RegionSummaryView v, MonitorText text) {
        var rows = new ArrayList<List<Object>>();
        if (v.gap() != null) {
            for (RegionSummaryView.GapSector s : v.gap().sectors()) {
                rows.add(Arrays.asList(
                        s.sector(),
                        s.name(),
                        s.contribution(),
                        100 * s.regionShare(),
                        100 * s.referenceShare(),
                        s.regionProductivity(),
                        s.referenceProductivity()));
            }
        }
        String unit = v.gap() != null ? v.gap().unitLabel() : "€";
        return table(
                "region-gap",
                v,
                text,
                "monitor.table.gap",
                List.of(TEXT, TEXT, EURO, DEC1, DEC1, EURO, EURO),
                rows,
                text.get("monitor.col.sectorCode"),
                text.get("monitor.col.sector"),
                text.get("monitor.col.contribution", unit),
                text.get("monitor.col.shareRegion", v.region().name()),
                text.get("monitor.col.shareNl"),
                text.get("monitor.col.productivityRegion", v.region().name(), unit),
                text.get("monitor.col.productivityNl", unit));
    }

    static PageTable catchUp(RegionSummaryView v, MonitorText text) {
        var rows = new ArrayList<List<Object>>();
        if (v.catchUp() != null) {
            for (RegionSummaryView.PathPoint p : v.catchUp().path()) {
                rows.add(Arrays.asList(String.valueOf(p.year()), p.relative(), p.relativeCorrected()));
            }
        }
        return table(
                "region-catchup",
                v,
                text,
                "monitor.table.catchUp",
                List.of(YEAR, DEC1, DEC1),
                rows,
                text.get("monitor.col.year"),
                text.get("monitor.col.relative"),
                text.get("monitor.col.relativeCorrected"));
    }

    /** Euro per hour worked with cents, per person in whole euros. */
    private static String euro(RegionSummaryView v) {
        return "HOURS".equals(v.indicators().get(Indicators.PRODUCTIVITY).labour()) ? PageTable.EURO_CENTS : EURO;
    }

    private static Double percent(Double fraction) {
        return fraction == null ? null : 100 * fraction;
    }

    private static PageTable table(
            String route,
            RegionSummaryView v,
            MonitorText text,
            String titleKey,
            List<String> formats,
            List<List<Object>> rows,
            String... columns) {
        String id = route + "-" + v.region().code() + "-" + v.window().year();
        String title = text.get(
                titleKey,
                v.region().name(),
                v.window().year(),
                v.window().from(),
                v.window().to());
        return new PageTable(route, new ExportTable(id, title, List.of(columns), rows, notes(route, v, text)), formats);
    }

    /**
     * Output measure, unit, labour measure, price basis, NUTS version, data vintage and sources under every
     * table, and why a table is empty.
     */
    private static List<String> notes(String route, RegionSummaryView v, MonitorText text) {
        var notes = new ArrayList<String>();
        notes.add(text.get(
                "monitor.note.definition",
                v.indicators().get(Indicators.PRODUCTIVITY).label(),
                v.indicators().get(Indicators.PRODUCTIVITY).unitLabel(),
                v.indicators().get(Indicators.PRODUCTIVITY).priceBasisLabel()));
        notes.add(v.indicators().get(Indicators.PRODUCTIVITY).vintageNote());
        if (route.equals("region-per-hour")) {
            if (v.perHour() == null) {
                notes.add(text.get("monitor.perHour.none"));
            } else {
                notes.add(v.indicators().get(Indicators.VOLUME_GROWTH).note());
                notes.add(v.perHour().growthNote());
                notes.add(v.perHour().labourIncomeShareNote());
            }
        }
        if (route.equals("region-structure") || route.equals("region-expected")) {
            notes.add(v.indicators().get(Indicators.CORRECTED).note());
            notes.add(v.indicators().get(Indicators.CORRECTED).vintageNote());
            if (v.structure() == null) {
                notes.add(v.structureNote());
            }
        }
        if (route.equals("region-gap")) {
            notes.add(
                    v.gap() == null
                            ? v.gapNote()
                            : text.get(
                                    "monitor.gap.source",
                                    v.gap().dataset(),
                                    v.gap().year()));
        }
        if (route.equals("region-catchup") && v.catchUpNote() != null) {
            notes.add(v.catchUpNote());
        }
        v.sources().forEach(s -> notes.add(text.get("monitor.source", s.source(), s.licence(), s.dataset())));
        return notes;
    }
}
