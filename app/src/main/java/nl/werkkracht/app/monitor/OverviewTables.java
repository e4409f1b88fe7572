package nl.werkkracht.app.monitor;

import static nl.werkkracht.app.monitor.PageTable.DEC1;
import static nl.werkkracht.app.monitor.PageTable.DEC2;
import static nl.werkkracht.app.monitor.PageTable.EURO;
import static nl.werkkracht.app.monitor.PageTable.INT;
import static nl.werkkracht.app.monitor.PageTable.SIGNED1;
import static nl.werkkracht.app.monitor.PageTable.TEXT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.werkkracht.app.export.ExportPage;
import nl.werkkracht.app.export.ExportTable;

/** The overview's table (every region of a level with all indicators) as export and as PDF page. */
final class OverviewTables {

    static final String ROUTE = "regions";

    private OverviewTables() {}

    static PageTable regions(RegionsView v, MonitorText text) {
        var rows = new ArrayList<List<Object>>();
        for (RegionsView.Row r : v.regions()) {
            rows.add(row(r, text));
        }
        rows.add(row(v.reference(), text));
        YearWindow w = v.window();
        String euro = v.indicators().get(Indicators.PRODUCTIVITY).unitLabel();
        String id = ROUTE + "-" + v.level() + "-" + w.year();
        String title = text.get("monitor.table.regions", text.get("monitor.level." + v.level()), w.year());
        List<String> columns = List.of(
                text.get("monitor.col.code"),
                text.get("monitor.col.region"),
                text.get("monitor.col.productivity", euro),
                text.get("monitor.col.labour"),
                text.get("monitor.col.index"),
                text.get("monitor.col.structureIndex"),
                text.get("monitor.col.corrected"),
                text.get("monitor.col.growth", w.from(), w.to()),
                text.get("monitor.col.indexChange", w.from(), w.to()),
                text.get("monitor.col.catchUp", w.from(), w.to()),
                text.get("monitor.col.catchUpChange"),
                text.get("monitor.col.catchUpCorrected"));
        var formats = new ArrayList<String>(
                List.of(TEXT, TEXT, EURO, INT, DEC1, DEC1, DEC1, DEC1, SIGNED1, TEXT, SIGNED1, TEXT));
        if (perHour(v)) {
            columns = new ArrayList<String>(columns);
            columns.add(text.get("monitor.col.volumeGrowth", w.from(), w.to()));
            columns.add(text.get(
                    "monitor.col.labourIncomeShare",
                    v.labourIncomeShareYear() == null ? "–" : v.labourIncomeShareYear()));
            formats.add(DEC2);
            formats.add(DEC1);
            for (int i = 0; i < rows.size(); i++) {
                RegionsView.Row r = i < v.regions().size() ? v.regions().get(i) : v.reference();
                rows.get(i).add(r.volumeGrowth() == null ? null : 100 * r.volumeGrowth());
                rows.get(i).add(r.labourIncomeShare() == null ? null : 100 * r.labourIncomeShare());
            }
        }
        return new PageTable(ROUTE, new ExportTable(id, title, columns, rows, notes(v, text)), formats);
    }

    /** Whether the overview shows per-hour figures (provinces; ADR 0030). */
    private static boolean perHour(RegionsView v) {
        return v.indicators().containsKey(Indicators.VOLUME_GROWTH);
    }

    private static List<Object> row(RegionsView.Row r, MonitorText text) {
        RegionsView.Growth g = r.growth();
        return new ArrayList<Object>(Arrays.asList(
                r.code(),
                r.name(),
                r.productivity(),
                r.labour(),
                r.index(),
                r.structureIndex(),
                r.structureCorrectedIndex(),
                g.averageAnnual() == null ? null : 100 * g.averageAnnual(),
                g.indexChange(),
                r.catchUp() == null ? null : r.catchUp().label(),
                r.catchUp() == null ? null : r.catchUp().change(),
                r.catchUpCorrected() == null ? null : r.catchUpCorrected().label()));
    }

    /** Definitions, frontrunners, level notes and sources. */
    static List<String> notes(RegionsView v, MonitorText text) {
        var notes = new ArrayList<String>();
        Indicator p = v.indicators().get(Indicators.PRODUCTIVITY);
        notes.add(text.get("monitor.note.definition", p.label(), p.unitLabel(), p.priceBasisLabel()));
        notes.add(p.vintageNote());
        notes.add(v.indicators().get(Indicators.CORRECTED).note());
        notes.add(v.indicators().get(Indicators.CORRECTED).vintageNote());
        if (perHour(v)) {
            for (String id : List.of(Indicators.VOLUME_GROWTH, Indicators.LABOUR_INCOME_SHARE)) {
                Indicator i = v.indicators().get(id);
                notes.add(i.label() + ": " + i.note() + " " + i.vintageNote());
            }
        }
        if (v.catchUp().frontrunner() != null) {
            notes.add(text.get(
                    "monitor.note.frontrunner",
                    v.catchUp().frontrunner().name(),
                    v.catchUp().from()));
        }
        if (v.catchUp().correctedFrontrunner() != null) {
            notes.add(text.get(
                    "monitor.note.correctedFrontrunner",
                    v.catchUp().correctedFrontrunner().name(),
                    v.catchUp().from()));
        }
        notes.addAll(v.catchUp().notes());
        notes.addAll(v.notes());
        v.sources().forEach(s -> notes.add(text.get("monitor.source", s.source(), s.licence(), s.dataset())));
        return notes;
    }

    /** The overview as a PDF page: title, the chosen year and period, the table. */
    static ExportPage page(RegionsView v, MonitorText text) {
        PageTable t = regions(v, text);
        var lines = List.of(
                text.get("monitor.overview.intro"),
                text.get(
                        "monitor.pdf.window",
                        text.get("monitor.level." + v.level()),
                        v.window().year(),
                        v.window().from(),
                        v.window().to()));
        return new ExportPage(t.table().id(), text.get("monitor.overview.title"), lines, List.of(t.table()));
    }
}
