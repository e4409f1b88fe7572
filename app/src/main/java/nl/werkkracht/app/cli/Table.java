package nl.werkkracht.app.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A result as rows of text cells, printed either aligned for people or as CSV. CSV cells carry full
 * precision; table cells are rounded for reading.
 *
 * @param title a line above the table (omitted in CSV)
 * @param header column names
 * @param rows cells for the table
 * @param csvRows cells for CSV (same shape, full precision)
 * @param notes lines below the table (omitted in CSV)
 */
record Table(
        String title, List<String> header, List<List<String>> rows, List<List<String>> csvRows, List<String> notes) {

    String render() {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        var out = new StringBuilder();
        if (!title.isEmpty()) {
            out.append(title).append('\n');
        }
        line(out, header, widths);
        var rule = new ArrayList<String>();
        for (int w : widths) {
            rule.add("-".repeat(w));
        }
        line(out, rule, widths);
        for (List<String> row : rows) {
            line(out, row, widths);
        }
        for (String note : notes) {
            out.append(note).append('\n');
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            boolean numeric = !cell.isEmpty()
                    && (Character.isDigit(cell.charAt(0)) || cell.charAt(0) == '-' || cell.charAt(0) == '+');
            String padded = numeric
                    ? " ".repeat(widths[i] - cell.length()) + cell
                    : cell + " ".repeat(widths[i] - cell.length());
            out.append(i == 0 ? "" : "  ").append(padded);
        }
        out.append('\n');
    }

    String csv() {
        var out = new StringBuilder();
        out.append(String.join(",", header.stream().map(Table::quote).toList())).append('\n');
        for (List<String> row : csvRows) {
            out.append(String.join(",", row.stream().map(Table::quote).toList()))
                    .append('\n');
        }
        return out.toString();
    }

    private static String quote(String cell) {
        return nl.werkkracht.statdata.text.CsvLine.quote(cell);
    }
}
