package nl.werkkracht.app.export;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import nl.werkkracht.app.web.ApiProblems;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one place that writes exports: every table a page shows can be downloaded as CSV or XLSX
 * ({@link #table}), every page as PDF ({@link #page}). A controller builds the {@link ExportTable} or
 * {@link ExportPage} in the request's language and returns what these methods give; the file is sent
 * as an attachment named after the table or page id ({@code region-trend.xlsx}).
 *
 * <p>The formats are described on {@link CsvExport}, {@link XlsxExport} and {@link PdfExport}. In
 * short: CSV is UTF-8 with a byte-order mark, in the request's language (Dutch: semicolons and decimal
 * commas as a Dutch Excel reads them; English: commas and points), title and notes first, numbers
 * rounded to what the page shows, empty for a missing value; XLSX has a sheet per table with numeric
 * cells; the PDF is A4 with numbers formatted in the request's locale and "–" for a missing value.
 */
public final class Exports {

    /** CSV in UTF-8. */
    public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    /** An Office Open XML workbook. */
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** A PDF document. */
    public static final MediaType PDF = MediaType.APPLICATION_PDF;

    private Exports() {}

    /**
     * A table as a file download; CSV in the request's language ({@link LocaleContextHolder}).
     *
     * @param format {@code csv} or {@code xlsx} (case-insensitive)
     * @throws ErrorResponseException with status 400 and a problem detail for any other format
     */
    public static ResponseEntity<byte[]> table(ExportTable table, String format) {
        String f = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "csv" -> attachment(CsvExport.write(table, LocaleContextHolder.getLocale()), CSV, table.id(), "csv");
            case "xlsx" -> attachment(XlsxExport.write(List.of(table)), XLSX, table.id(), "xlsx");
            default -> throw unsupportedFormat(format);
        };
    }

    /** Several tables as one workbook, a sheet per table, named {@code id.xlsx}. */
    public static ResponseEntity<byte[]> workbook(String id, List<ExportTable> tables) {
        return attachment(XlsxExport.write(tables), XLSX, id, "xlsx");
    }

    /**
     * A page as a PDF, labels and numbers in the request's locale ({@link LocaleContextHolder}), dated now
     * in the request's time zone, with the platform's address in its "Bron" line.
     */
    public static ResponseEntity<byte[]> page(ExportPage page) {
        Locale locale = LocaleContextHolder.getLocale();
        ZonedDateTime now = ZonedDateTime.now(LocaleContextHolder.getTimeZone().toZoneId());
        return attachment(PdfExport.write(page, locale, now, source()), PDF, page.id(), "pdf");
    }

    /** "Werkkracht, " and the platform's public address during a request, else "Werkkracht". */
    private static String source() {
        if (RequestContextHolder.getRequestAttributes() == null) {
            return "Werkkracht";
        }
        return "Werkkracht, " + nl.werkkracht.app.web.PublicAddress.base();
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String id, String extension) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(fileName(id) + "." + extension)
                .build());
        headers.setContentLength(body.length);
        return new ResponseEntity<>(body, headers, HttpStatus.OK);
    }

    /** The id with anything but letters, digits, '.', '_' and '-' replaced, so the header needs no encoding. */
    static String fileName(String id) {
        String name = id.replaceAll("[^A-Za-z0-9._-]", "-");
        return name.isEmpty() || name.startsWith(".") ? "export" + name : name;
    }

    private static ErrorResponseException unsupportedFormat(String format) {
        var problem = ApiProblems.problem(
                HttpStatus.BAD_REQUEST,
                "invalid-parameter",
                "Unsupported export format",
                "format '" + format + "' is not supported; use csv or xlsx (or the page's PDF)");
        problem.setProperty("parameter", "format");
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
