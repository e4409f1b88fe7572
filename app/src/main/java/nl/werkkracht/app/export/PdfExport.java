package nl.werkkracht.app.export;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.NumberFormat;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.werkkracht.app.web.Formats;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders an {@link ExportPage} as an A4 PDF: the title, the introductory lines, the sections (see {@link
 * PdfSections}), each table with its title (when not blank) and notes, then a "Bron" line and the date
 * the PDF was made. The page is first written as an XHTML document (see {@link #xhtml}) and then laid
 * out by openhtmltopdf.
 *
 * <p>Numbers are formatted in the request's locale ("90.500" in Dutch, "90,500" in English) with at
 * least four significant digits and at most six decimals (whole numbers without decimals); the CSV and
 * XLSX exports carry full precision. A null cell is shown as "–", never 0. A table with more than
 * {@value #PORTRAIT_COLUMNS} columns turns the whole document to A4 landscape.
 *
 * <p>Text is set in Liberation Sans (metric-compatible with Arial, SIL Open Font License), which PDFBox
 * ships in its jar; it is embedded as a subset, so the PDF shows every Latin character the same on
 * every machine and its text can be extracted. Headings fall back to the built-in Helvetica Bold for
 * weight. No external resource (image, stylesheet, font) is ever loaded while rendering; a page's own charts
 * come as embedded PNG data (see {@link ExportSection.Image}).
 */
final class PdfExport {

    /** The widest table that still fits A4 portrait. */
    static final int PORTRAIT_COLUMNS = 8;

    private static final Logger LOG = LoggerFactory.getLogger(PdfExport.class);
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final String LABELS = "nl.werkkracht.app.export.labels";

    static {
        XRLog.setLoggerImpl(new PdfLog());
    }

    private PdfExport() {}

    /** Only pictures embedded in the page itself (charts as PNG data URIs) may be loaded, nothing from outside. */
    static boolean embedded(String uri) {
        return uri != null && uri.startsWith("data:image/png;base64,");
    }

    /**
     * @param page what to render
     * @param locale language of the labels and number format
     * @param generated when the PDF is made, shown at the end
     * @param source where the page comes from, for the "Bron" line (e.g. the platform's address)
     */
    static byte[] write(ExportPage page, Locale locale, ZonedDateTime generated, String source) {
        String html = xhtml(page, locale, generated, source);
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withProducer("Werkkracht");
            builder.useFont(PdfExport::font, "Liberation Sans");
            builder.useExternalResourceAccessControl(
                    (uri, type) -> embedded(uri), ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl(
                    (uri, type) -> embedded(uri), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withDiagnosticConsumer(d -> LOG.debug("PDF {}: {}", page.id(), d.getFormattedMessage()));
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render PDF " + page.id(), e);
        }
        return out.toByteArray();
    }

    private static InputStream font() {
        InputStream in = PDDocument.class.getResourceAsStream(FONT);
        if (in == null) {
            throw new IllegalStateException("PDFBox no longer ships " + FONT);
        }
        return in;
    }

    /** The XHTML document the PDF is rendered from. */
    static String xhtml(ExportPage page, Locale locale, ZonedDateTime generated, String source) {
        ResourceBundle labels = labels(locale);
        boolean landscape = page.tables().stream().anyMatch(t -> t.columns().size() > PORTRAIT_COLUMNS);
        var html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(escape(locale.getLanguage()))
                .append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(page.title()))
                .append("</title><style>")
                .append(css(landscape))
                .append("</style></head><body>");
        html.append("<h1>").append(escape(page.title())).append("</h1>");
        for (String line : page.lines()) {
            html.append("<p>").append(escape(line)).append("</p>");
        }
        NumberFormats numbers = new NumberFormats(locale);
        PdfSections.write(html, page.sections(), numbers);
        for (ExportTable table : page.tables()) {
            table(html, table, numbers, "h2");
        }
        html.append("<p class=\"source\">")
                .append(escape(labels.getString("source")))
                .append(": ")
                .append(escape(source))
                .append("</p>");
        String date = generated.format(
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)) + " "
                + generated.format(
                        DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale));
        html.append("<p class=\"generated\">")
                .append(escape(labels.getString("generated")))
                .append(' ')
                .append(escape(date))
                .append("</p>");
        html.append("</body></html>");
        return html.toString();
    }

    /** A table with its title as heading {@code heading} ({@code h2}, {@code h3}) and its notes. */
    static void table(StringBuilder html, ExportTable table, NumberFormats numbers, String heading) {
        if (!table.title().isBlank()) {
            html.append('<')
                    .append(heading)
                    .append('>')
                    .append(escape(table.title()))
                    .append("</")
                    .append(heading)
                    .append('>');
        }
        html.append("<table><thead><tr>");
        for (int c = 0; c < table.columns().size(); c++) {
            html.append(numeric(table, c) ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">")
                    .append(escape(table.columns().get(c)))
                    .append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (List<Object> row : table.rows()) {
            html.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                boolean number = cell instanceof Number;
                html.append(number || cell == null ? "<td class=\"num\">" : "<td>")
                        .append(escape(numbers.format(cell, table.decimals(c))))
                        .append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
        for (String note : table.notes()) {
            html.append("<p class=\"note\">").append(escape(note)).append("</p>");
        }
    }

    /** Whether a column holds numbers only (and at least one), so its heading aligns right with them. */
    private static boolean numeric(ExportTable table, int column) {
        boolean any = false;
        for (List<Object> row : table.rows()) {
            Object cell = row.get(column);
            if (cell != null && !(cell instanceof Number)) {
                return false;
            }
            any |= cell != null;
        }
        return any;
    }

    private static String css(boolean landscape) {
        return "@page { size: A4" + (landscape ? " landscape" : "") + "; margin: 16mm 14mm 18mm 14mm;"
                + " @bottom-right { content: counter(page) \" / \" counter(pages);"
                + " font-family: 'Liberation Sans'; font-size: 8pt; color: #555; } }"
                + " body { font-family: 'Liberation Sans'; font-size: " + (landscape ? "8pt" : "9.5pt")
                + "; color: #1a1a1a; line-height: 1.35; }"
                + " h1 { font-family: Helvetica, 'Liberation Sans'; font-weight: bold; font-size: 18pt;"
                + " margin: 0 0 6pt 0; border-bottom: 2pt solid #c00; padding-bottom: 4pt; }"
                + " h2 { font-family: Helvetica, 'Liberation Sans'; font-weight: bold; font-size: 12pt;"
                + " margin: 14pt 0 4pt 0; page-break-after: avoid; }"
                + " p { margin: 0 0 4pt 0; }"
                + " table { width: 100%; border-collapse: collapse; margin: 2pt 0 4pt 0; }"
                + " thead { display: table-header-group; }"
                + " tr { page-break-inside: avoid; }"
                + " th { font-family: Helvetica, 'Liberation Sans'; font-weight: bold; text-align: left;"
                + " vertical-align: bottom; background-color: #e8e8e8; border-bottom: 1pt solid #333; padding: 3pt 4pt; }"
                + " td { vertical-align: top; border-bottom: 0.5pt solid #bbb; padding: 2.5pt 4pt; }"
                // headings wrap (only the figures stay on one line), so a table never runs past the page's edge
                + " th.num { text-align: right; } td.num { text-align: right; white-space: nowrap; }"
                + " p.note { font-size: 8pt; color: #333; }"
                + " p.source { margin-top: 14pt; font-size: 8.5pt; }"
                + " p.generated { font-size: 8.5pt; color: #333; }"
                + PdfSections.css();
    }

    /** Escapes text for XHTML and drops characters XML does not allow. */
    static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            out.append(c);
                        }
                    }
                }
            }
        }
        return out.toString();
    }

    private static ResourceBundle labels(Locale locale) {
        return ResourceBundle.getBundle(
                LABELS, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Cell formatting in one locale: whole numbers grouped, fractions to four significant digits. */
    static final class NumberFormats {

        private final Locale locale;

        NumberFormats(Locale locale) {
            this.locale = locale;
        }

        String format(Object cell) {
            return format(cell, null);
        }

        /** As {@link #format(Object)}, with the decimals the page shows when they are given. */
        String format(Object cell, Integer decimals) {
            if (cell == null) {
                return Formats.MISSING;
            }
            if (!(cell instanceof Number n)) {
                return cell.toString();
            }
            NumberFormat f = NumberFormat.getNumberInstance(locale);
            if (decimals != null && !(n instanceof Long || n instanceof Integer || n instanceof BigInteger)) {
                double shown = n.doubleValue();
                if (!Double.isFinite(shown)) {
                    return Formats.MISSING;
                }
                f.setMinimumFractionDigits(decimals);
                f.setMaximumFractionDigits(decimals);
                return f.format(shown);
            }
            if (n instanceof Long
                    || n instanceof Integer
                    || n instanceof Short
                    || n instanceof Byte
                    || n instanceof BigInteger) {
                f.setMaximumFractionDigits(0);
                return f.format(n);
            }
            double d = n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue();
            if (!Double.isFinite(d)) {
                return Formats.MISSING;
            }
            f.setMaximumFractionDigits(decimals(d));
            return f.format(d);
        }

        /** Enough decimals for four significant digits, at most six: 90500 → 0, 52.28 → 2, 0.001522 → 6. */
        static int decimals(double value) {
            return ShownNumbers.defaultDecimals(value);
        }
    }
}
