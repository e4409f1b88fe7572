package nl.werkkracht.statdata.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of RFC 4180 CSV into fields: fields may be quoted with {@code "}, a quote inside a
 * quoted field is doubled. Quoted fields spanning lines are not supported (none of the statistical
 * formats uses them) and are reported as an unterminated quote.
 */
public final class CsvLine {

    private CsvLine() {}

    /**
     * @param line the line without its line terminator
     * @param separator the field separator, usually {@code ,}
     * @return the fields, unquoted
     * @throws IllegalArgumentException when a quoted field is not closed
     */
    public static List<String> split(String line, char separator) {
        var fields = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new IllegalArgumentException("unterminated quoted field");
        }
        fields.add(field.toString());
        return fields;
    }

    /** Quotes a field for writing when it holds a separator, a quote or a line break. */
    public static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
