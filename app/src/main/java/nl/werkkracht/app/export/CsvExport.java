package nl.werkkracht.app.export;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Writes an {@link ExportTable} as CSV that a spreadsheet in the user's language opens correctly, as CBS
 * offers its tables.
 *
 * <ul>
 *   <li>Dutch (the default): fields separated by semicolons, numbers with a decimal comma ({@code 42,22}),
 *       which a Dutch Excel reads as numbers; English: commas and a decimal point ({@code 42.22}). Never
 *       thousands separators, never exponent notation.
 *   <li>UTF-8 with a byte-order mark: without it Excel reads the file in the Windows code page and
 *       garbles "€" and "ë".
 *   <li>First the title and the notes (source, units, price basis), each on a line of its own beginning
 *       with {@code "# "}; then one empty line; then the column headings and one record per row. A
 *       person sees where the figures come from before the figures; a program skips the lines starting
 *       with "#" (pandas {@code comment="#"}) or everything up to the first empty line.
 *   <li>Numbers rounded to what the page shows ({@link ShownNumbers}): more digits only help somebody
 *       difference two versions of a statistic. A null cell (missing or suppressed) is an empty field,
 *       never 0.
 *   <li>Records end with CRLF; a field with the separator, a quote, CR or LF, or leading or trailing
 *       spaces is put in double quotes, quotes inside doubled (RFC 4180).
 *   <li>A text cell that starts with {@code = + - @}, a tab or a carriage return gets a leading
 *       apostrophe, so a spreadsheet shows it as text instead of running it as a formula (CSV
 *       injection). Numbers are never changed.
 * </ul>
 *
 * <p>The command line's {@code --output csv} is another format, for programs: see the README.
 */
final class CsvExport {

    /** The UTF-8 byte-order mark. */
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final String EOL = "\r\n";

    /** Field separator and decimal separator of a language. */
    enum Style {
        DUTCH(';', ','),
        ENGLISH(',', '.');

        final char separator;
        final char decimal;

        Style(char separator, char decimal) {
            this.separator = separator;
            this.decimal = decimal;
        }

        /** English for an English locale, Dutch otherwise (the platform's language). */
        static Style of(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : DUTCH;
        }
    }

    private CsvExport() {}

    /** The table as CSV bytes in the style of {@code locale}, byte-order mark first. */
    static byte[] write(ExportTable table, Locale locale) {
        Style style = Style.of(locale);
        var text = new StringBuilder();
        text.append(quote("# " + oneLine(table.title()), style)).append(EOL);
        for (String note : table.notes()) {
            text.append(quote("# " + oneLine(note), style)).append(EOL);
        }
        text.append(EOL);
        record(text, table.columns(), null, style);
        for (List<Object> row : table.rows()) {
            record(text, row, table, style);
        }
        var out = new ByteArrayOutputStream(text.length() + BOM.length + 64);
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void record(StringBuilder text, List<?> cells, ExportTable table, Style style) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(style.separator);
            }
            text.append(cell(cells.get(i), table == null ? null : table.decimals(i), style));
        }
        text.append(EOL);
    }

    /** One cell as a CSV field; {@code decimals} of its column, or null when not said. */
    static String cell(Object value, Integer decimals, Style style) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return number(n, decimals, style);
        }
        return quote(defuse(value.toString()), style);
    }

    /** A number rounded as the page shows it, plain, with the style's decimal separator; empty for NaN. */
    static String number(Number n, Integer decimals, Style style) {
        return ShownNumbers.rounded(n, decimals)
                .map(BigDecimal::toPlainString)
                .map(s -> s.replace('.', style.decimal))
                .orElse("");
    }

    /** RFC 4180 quoting, only where needed. */
    static String quote(String field, Style style) {
        boolean needs = field.indexOf(style.separator) >= 0
                || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0
                || (!field.isEmpty() && (field.charAt(0) == ' ' || field.charAt(field.length() - 1) == ' '));
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    private static String defuse(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String oneLine(String text) {
        return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
