package nl.werkkracht.app.monitor;

import java.util.ArrayList;
import java.util.Locale;
import nl.werkkracht.app.export.ExportTable;
import nl.werkkracht.app.export.Exports;
import nl.werkkracht.app.web.Formats;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads of the monitor: every table of the pages as CSV or XLSX, every page as PDF, written by
 * {@link Exports} from the same tables the pages show.
 */
@Controller
class MonitorExportController {

    private final MonitorService monitor;
    private final Formats fmt;

    MonitorExportController(MonitorService monitor, Formats fmt) {
        this.monitor = monitor;
        this.fmt = fmt;
    }

    /**
     * A table: {@code regions} (with level, year, from, to) or one of the region page's tables (with
     * code, year, from, to).
     */
    @GetMapping("/monitor/export/{table:[a-z-]+}.{format:csv|xlsx}")
    ResponseEntity<byte[]> table(
            @PathVariable String table,
            @PathVariable String format,
            @RequestParam(required = false) String code,
            @RequestParam(defaultValue = "province") String level,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            Locale locale) {
        MonitorText text = monitor.text(locale);
        ExportTable t;
        if (table.equals(OverviewTables.ROUTE)) {
            t = OverviewTables.regions(monitor.regions(MonitorPages.pageLevel(level), year, from, to, locale), text)
                    .table();
        } else if (RegionTables.ROUTES.contains(table)) {
            if (code == null || code.isBlank()) {
                throw new IllegalArgumentException("parameter code is required for table " + table);
            }
            t = RegionTables.of(table, monitor.summary(code, year, from, to, locale), text)
                    .table();
        } else {
            throw new UnknownTableException(table);
        }
        return Exports.table(t, format);
    }

    @GetMapping({"/monitor.pdf", "/monitor/overview.pdf"})
    ResponseEntity<byte[]> overview(
            @RequestParam(defaultValue = "province") String level,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            Locale locale) {
        RegionsView v = monitor.regions(MonitorPages.pageLevel(level), year, from, to, locale);
        return Exports.page(OverviewTables.page(v, monitor.text(locale)));
    }

    @GetMapping("/monitor/region/{code:[A-Za-z0-9]+}.pdf")
    ResponseEntity<byte[]> region(
            @PathVariable String code,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            Locale locale) {
        RegionSummaryView v = monitor.summary(code, year, from, to, locale);
        MonitorText text = monitor.text(locale);
        var lines = new ArrayList<String>();
        lines.add(text.get("monitor.region.intro", v.region().name(), v.window().year()));
        for (KeyFigureCard c : KeyFigureCard.of(v, fmt, text)) {
            lines.add(text.get(
                    "monitor.pdf.keyFigure", c.label(), c.value(), c.previousYear(), c.previous(), c.change()));
        }
        if (v.catchUp() != null) {
            lines.add(text.get(
                    "monitor.region.catchUp.text",
                    v.catchUp().position().label(),
                    v.catchUp().from(),
                    v.catchUp().to(),
                    v.catchUp().frontrunner().name()));
        }
        lines.addAll(v.notes());
        return Exports.page(RegionPdf.page(v, lines, RegionTables.all(v, text), text));
    }
}
