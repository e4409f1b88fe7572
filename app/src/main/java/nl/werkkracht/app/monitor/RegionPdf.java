package nl.werkkracht.app.monitor;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.werkkracht.app.export.ChartImages;
import nl.werkkracht.app.export.ChartImages.Line;
import nl.werkkracht.app.export.ChartImages.Role;
import nl.werkkracht.app.export.ExportPage;
import nl.werkkracht.app.export.ExportSection;
import nl.werkkracht.app.export.ExportSection.Bar;
import nl.werkkracht.app.export.ExportSection.Bars;
import nl.werkkracht.app.export.ExportSection.Block;
import nl.werkkracht.app.export.ExportTable;

/**
 * The region page as PDF: the introductory lines, then one section per table of the page with the chart the page
 * draws above it. Bars are drawn as boxes (vector, text stays text) on a scale that starts at zero, so their lengths
 * compare as the values do; the lines over time are pictures drawn by {@link ChartImages}. A table the page adds
 * later without a chart here still comes, as a section with its table.
 */
final class RegionPdf {

    /** Width of a line chart in the PDF, millimetres (A4 portrait less the margins). */
    private static final double CHART_MM = 170;

    private RegionPdf() {}

    static ExportPage page(RegionSummaryView v, List<String> lines, List<PageTable> tables, MonitorText text) {
        Map<String, String> labels = ChartLabels.region(v, text);
        var sections = new ArrayList<ExportSection>();
        for (PageTable t : tables) {
            var blocks = new ArrayList<Block>();
            blocks.addAll(chart(t.route(), v, labels, text));
            ExportTable table = t.table();
            blocks.add(new ExportSection.Table(
                    new ExportTable(table.id(), "", table.columns(), table.rows(), table.notes(), table.decimals())));
            sections.add(new ExportSection(table.title(), blocks));
        }
        String id = "region-" + v.region().code() + "-" + v.window().year();
        return new ExportPage(id, v.region().name(), lines, List.of(), sections);
    }

    /** The chart of a table's route, as the page draws it; none for a table without one. */
    static List<Block> chart(String route, RegionSummaryView v, Map<String, String> labels, MonitorText text) {
        return switch (route) {
            case "region-headline" -> headline(v, labels, text);
            case "region-trend" -> trend(v, labels, text);
            case "region-structure" -> structure(v, labels, text);
            case "region-expected" -> expected(v, labels, text);
            case "region-gap" -> gap(v, labels, text);
            case "region-catchup" -> catchUp(v, labels, text);
            default -> List.of();
        };
    }

    private static List<Block> headline(RegionSummaryView v, Map<String, String> labels, MonitorText text) {
        RegionSummaryView.Headline h = v.headline();
        if (h == null || h.points().stream().allMatch(p -> p.index() == null)) {
            return List.of();
        }
        var years = new ArrayList<Integer>();
        var index = new ArrayList<Double>();
        for (RegionSummaryView.IndexPoint p : h.points()) {
            years.add(p.year());
            index.add(p.index());
        }
        byte[] png = ChartImages.lines(
                labels.get("index"),
                years,
                List.of(new Line(labels.get("region"), Role.MAIN, index)),
                null,
                100.0,
                text.locale());
        return List.of(new ExportSection.Image(text.get("monitor.region.headline.caption", h.label()), png, CHART_MM));
    }

    private static List<Block> trend(RegionSummaryView v, Map<String, String> labels, MonitorText text) {
        var years = new ArrayList<Integer>();
        var region = new ArrayList<Double>();
        var reference = new ArrayList<Double>();
        for (RegionSummaryView.YearPoint p : v.series()) {
            years.add(p.year());
            region.add(p.productivity());
            reference.add(p.reference());
        }
        if (region.stream().allMatch(java.util.Objects::isNull)) {
            return List.of();
        }
        byte[] png = ChartImages.lines(
                labels.get("euro"),
                years,
                List.of(
                        new Line(labels.get("region"), Role.MAIN, region),
                        new Line(labels.get("nl"), Role.SECOND, reference)),
                null,
                null,
                text.locale());
        return List.of(new ExportSection.Image(text.get("monitor.region.trend.title"), png, CHART_MM));
    }

    private static List<Block> structure(RegionSummaryView v, Map<String, String> labels, MonitorText text) {
        if (v.structure() == null || v.structure().sectors().isEmpty()) {
            return List.of();
        }
        NumberFormat pct = decimals(text, 1);
        double top = 0;
        var bars = new ArrayList<Bar>();
        for (RegionSummaryView.SectorShare s : v.structure().sectors()) {
            double region = 100 * s.regionShare();
            double nl = 100 * s.referenceShare();
            top = Math.max(top, Math.max(region, nl));
            bars.add(new Bar(
                    s.sector() + " " + s.name() + " – " + v.region().name(), region, pct.format(region) + "%", false));
            bars.add(new Bar(s.sector() + " " + s.name() + " – " + labels.get("nl"), nl, pct.format(nl) + "%", true));
        }
        return List.of(new Bars(
                text.get("monitor.pdf.structureChart", v.region().name(), labels.get("nl")),
                0,
                niceMax(top),
                null,
                bars));
    }

    private static List<Block> expected(RegionSummaryView v, Map<String, String> labels, MonitorText text) {
        RegionSummaryView.Structure s = v.structure();
        if (s == null) {
            return List.of();
        }
        NumberFormat one = decimals(text, 1);
        double top =
                Math.max(100, Math.max(s.actualIndex(), Math.max(s.structureIndex(), s.structureCorrectedIndex())));
        return List.of(new Bars(
                text.get("monitor.pdf.indexChart", labels.get("nl")),
                0,
                niceMax(top),
                100.0,
                List.of(
                        new Bar(labels.get("actualIndex"), s.actualIndex(), one.format(s.actualIndex()), false),
                        new Bar(labels.get("structureIndex"), s.structureIndex(), one.format(s.structureIndex()), true),
                        new Bar(
                                labels.get("correctedIndex"),
                                s.structureCorrectedIndex(),
                                one.format(s.structureCorrectedIndex()),
                                false))));
    }

    private static List<Block> gap(RegionSummaryView v, Map<String, String> labels, MonitorText text) {
        RegionSummaryView.Gap g = v.gap();
        if (g == null || g.sectors().isEmpty()) {
            return List.of();
        }
        NumberFormat money = decimals(text, "HOURS".equals(g.labour()) ? 2 : 0);
        double low = 0;
        double high = 0;
        var bars = new ArrayList<Bar>();
        for (RegionSummaryView.GapSector s : g.sectors()) {
            low = Math.min(low, s.contribution());
            high = Math.max(high, s.contribution());
            bars.add(new Bar(
                    s.sector() + " " + s.name(),
                    s.contribution(),
                    "€ " + money.format(s.contribution()),
                    s.contribution() < 0));
        }
        double span = Math.max(high, -low);
        double max = niceMax(Math.max(high, span / 20));
        double min = low < 0 ? -niceMax(-low) : 0;
        return List.of(new Bars(text.get("monitor.pdf.gapChart", g.unitLabel()), min, max, null, bars));
    }

    private static List<Block> catchUp(RegionSummaryView v, Map<String, String> labels, MonitorText text) {
        RegionSummaryView.CatchUp c = v.catchUp();
        if (c == null || c.path().isEmpty()) {
            return List.of();
        }
        var years = new ArrayList<Integer>();
        var relative = new ArrayList<Double>();
        var corrected = new ArrayList<Double>();
        for (RegionSummaryView.PathPoint p : c.path()) {
            years.add(p.year());
            relative.add(p.relative());
            corrected.add(p.relativeCorrected());
        }
        var lines = new ArrayList<Line>();
        lines.add(new Line(labels.get("relative"), Role.MAIN, relative));
        if (c.corrected() != null && corrected.stream().anyMatch(java.util.Objects::nonNull)) {
            lines.add(new Line(labels.get("relativeCorrected"), Role.SECOND, corrected));
        }
        byte[] png = ChartImages.lines(labels.get("pp"), years, lines, null, 100.0, text.locale());
        return List.of(new ExportSection.Image(labels.get("frontrunner"), png, CHART_MM));
    }

    /** The end of a scale: the value rounded up to 1, 2 or 5 times a power of ten, a little above the value. */
    static double niceMax(double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            return 1;
        }
        double target = value * 1.05;
        double power = Math.pow(10, Math.floor(Math.log10(target)));
        for (double step : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (step * power >= target) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static NumberFormat decimals(MonitorText text, int n) {
        NumberFormat f = NumberFormat.getNumberInstance(text.locale());
        f.setMinimumFractionDigits(n);
        f.setMaximumFractionDigits(n);
        return f;
    }
}
