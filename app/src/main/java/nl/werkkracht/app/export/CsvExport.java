package nl.werkkracht.app.export;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes an {@link ExportTable} as CSV that Excel and statistics tools both open correctly.
 *
 * <ul>
 *   <li>UTF-8 with a byte-order mark: without it Excel reads the file in the Windows code page and
 *       garbles "€" and "ë".
 *   <li>Comma separated, records ended by CRLF, fields quoted as RFC 4180 says (a field with a comma,
 *       quote, CR or LF, or with leading or trailing spaces, is put in double quotes; quotes inside are
 *       doubled).
 *   <li>The first record is the column headings; then one record per row.
 *   <li>Numbers are written unrounded with a dot as decimal separator and no grouping, as the shortest
 *       decimal that reads back to the same value ({@code 52.27774441031741}, {@code 0.0015}); never in
 *       exponent notation.
 *   <li>A null cell (missing or suppressed) is an empty field, never 0.
 *   <li>A text cell that starts with {@code = + - @}, a tab or a carriage return gets a leading
 *       apostrophe, so a spreadsheet shows it as text instead of running it as a formula (CSV
 *       injection). Numbers are never changed.
 *   <li>Title and notes follow the data as a separate section: one empty line, then the title and each
 *       note on a line of its own beginning with {@code "# "} (a one-field record, quoted like any field
 *       when it contains a comma or a quote). A program that wants only the data stops at the first
 *       empty line; a person opening the file in a spreadsheet sees the notes under the table. The data
 *       come first so the headings stay on line 1.
 * </ul>
 */
final class CsvExport {

    /** The UTF-8 byte-order mark. */
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final String EOL = "\r\n";

    private CsvExport() {}

    /** The table as CSV bytes, byte-order mark first. */
    static byte[] write(ExportTable table) {
        var text = new StringBuilder();
        record(text, table.columns());
        for (List<Object> row : table.rows()) {
            record(text, row);
        }
        text.append(EOL);
        text.append(quote("# " + oneLine(table.title()))).append(EOL);
        for (String note : table.notes()) {
            text.append(quote("# " + oneLine(note))).append(EOL);
        }
        var out = new ByteArrayOutputStream(text.length() + BOM.length + 64);
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void record(StringBuilder text, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(i)));
        }
        text.append(EOL);
    }

    /** One cell as a CSV field. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number n) {
            return number(n);
        }
        return quote(defuse(value.toString()));
    }

    /**
     * The shortest plain decimal that reads back to exactly {@code n}; empty for NaN and infinities, which
     * are not numbers a reader could use.
     */
    static String number(Number n) {
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                return "";
            }
            if (d == 0) {
                return "0";
            }
            BigDecimal decimal = n instanceof Float ? new BigDecimal(n.toString()) : BigDecimal.valueOf(d);
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (n instanceof BigDecimal b) {
            return b.toPlainString();
        }
        if (n instanceof Long
                || n instanceof Integer
                || n instanceof Short
                || n instanceof Byte
                || n instanceof BigInteger) {
            return n.toString();
        }
        double d = n.doubleValue();
        return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : "";
    }

    /** RFC 4180 quoting, only where needed. */
    static String quote(String field) {
        boolean needs = field.indexOf(',') >= 0
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
