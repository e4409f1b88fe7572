package nl.werkkracht.app.national;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.werkkracht.app.export.ExportPage;
import nl.werkkracht.app.export.ExportTable;
import nl.werkkracht.app.export.Exports;
import nl.werkkracht.app.statistics.StatisticsException;
import nl.werkkracht.app.web.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Downloads of the national page, with the same choices as the page: every table as CSV or XLSX and
 * the whole page as PDF, written by {@link Exports} from the same views the page shows. A part the data
 * cannot answer gives a problem detail (HTTP 422), an unknown table HTTP 404.
 */
@Controller
class NationalExports {

    private final NationalReports reports;
    private final MessageSource messages;

    NationalExports(NationalReports reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping("/monitor/national/export/{table:[a-z-]+}.{format:csv|xlsx}")
    ResponseEntity<byte[]> table(
            @PathVariable String table,
            @PathVariable String format,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String labour,
            @RequestParam(required = false) String priceBasis,
            Locale locale) {
        if (!NationalTables.IDS.contains(table)) {
            throw new UnknownNationalTableException(table);
        }
        NationalReport report = reports.report(NationalForm.parse(year, from, to, sector, labour, priceBasis));
        return Exports.table(
                tables(report, locale).stream()
                        .filter(t -> t.id().equals(table))
                        .findFirst()
                        .orElseThrow(() -> new StatisticsException(problem(report, table))),
                format);
    }

    @GetMapping("/monitor/national.pdf")
    ResponseEntity<byte[]> page(
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String labour,
            @RequestParam(required = false) String priceBasis,
            Locale locale) {
        NationalForm form = NationalForm.parse(year, from, to, sector, labour, priceBasis);
        NationalReport report = reports.report(form);
        var text = new NationalText(messages, locale);
        var lines = new ArrayList<String>();
        lines.add(text.get("national.intro"));
        form.problems().forEach(p -> lines.add(text.get(p)));
        lines.addAll(NationalPdfLines.of(report, text));
        String id = "national-" + form.from() + "-" + form.to();
        return Exports.page(new ExportPage(id, text.get("national.title"), lines, tables(report, locale)));
    }

    /** The tables of the parts that could be computed, in page order. */
    private List<ExportTable> tables(NationalReport report, Locale locale) {
        var text = new NationalText(messages, locale);
        var national = new NationalTables(text);
        var wage = new WageTables(text);
        var out = new ArrayList<ExportTable>();
        add(out, report.industries(), national::levels);
        add(out, report.industries(), national::growth);
        add(out, report.shiftShare(), national::shiftShare);
        add(out, report.growthAccounting(), national::growthAccounting);
        add(out, report.wages(), wage::labourShare);
        add(out, report.wages(), wage::wages);
        return out;
    }

    private static <T> void add(List<ExportTable> out, Section<T> section, Function<T, ExportTable> table) {
        if (section.present()) {
            out.add(table.apply(section.value()));
        }
    }

    /** Why a table is missing: the problem of the part it belongs to. */
    private static String problem(NationalReport report, String table) {
        Section<?> section =
                switch (table) {
                    case "industry-levels", "industry-growth" -> report.industries();
                    case "shift-share" -> report.shiftShare();
                    case "growth-accounting" -> report.growthAccounting();
                    default -> report.wages();
                };
        return section.problem() == null ? "table " + table + " is not available" : section.problem();
    }

    @ExceptionHandler(UnknownNationalTableException.class)
    @ResponseBody
    ProblemDetail unknownTable(UnknownNationalTableException e) {
        ProblemDetail p = ApiProblems.problem(HttpStatus.NOT_FOUND, "not-found", "No such table", e.getMessage());
        p.setProperty("tables", NationalTables.IDS);
        return p;
    }

    @ExceptionHandler(StatisticsException.class)
    @ResponseBody
    ProblemDetail unanswerable(StatisticsException e) {
        return ApiProblems.problem(
                HttpStatus.UNPROCESSABLE_ENTITY, "no-data", "The data cannot answer this request", e.getMessage());
    }

    /** An export of a table the national page does not have. */
    static final class UnknownNationalTableException extends RuntimeException {
        UnknownNationalTableException(String table) {
            super("the national page has no table named '" + table + "'; tables: "
                    + String.join(", ", NationalTables.IDS));
        }
    }
}
