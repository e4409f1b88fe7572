package nl.werkkracht.app.export;

import java.util.List;
import java.util.Objects;

/**
 * A table as it is exported to CSV, XLSX or PDF: every table a page shows has one. Cells are
 * {@link Number} (written as numbers, full precision in CSV/XLSX), {@link String}, or null for a
 * missing or suppressed value (written empty, shown as "–" in PDF) — never 0 for a missing value.
 *
 * @param id a stable identifier, used in file names ({@code region-trend})
 * @param title the title in the request's language
 * @param columns column headings in the request's language, including units ("€ per werkzame persoon")
 * @param rows the rows; each has as many cells as there are columns
 * @param notes source, labour measure, price basis and other notes shown under the table
 * @param decimals per column, the decimals the page shows (null: not said, then four significant
 *     digits); empty when not said for any column. CSV and PDF round numbers to it; XLSX keeps them whole
 */
public record ExportTable(
        String id,
        String title,
        List<String> columns,
        List<List<Object>> rows,
        List<String> notes,
        List<Integer> decimals) {
    public ExportTable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        decimals = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(decimals));
        if (!decimals.isEmpty() && decimals.size() != columns.size()) {
            throw new IllegalArgumentException(
                    "table " + id + ": " + decimals.size() + " decimals for " + columns.size() + " columns");
        }
        rows = rows.stream()
                .map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r)))
                .toList();
        notes = List.copyOf(notes);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "table " + id + ": a row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** A table without a say on decimals: numbers are rounded to four significant digits. */
    public ExportTable(String id, String title, List<String> columns, List<List<Object>> rows, List<String> notes) {
        this(id, title, columns, rows, notes, List.of());
    }

    /** This table with the decimals the page shows per column (null for a column of text or "not said"). */
    public ExportTable withDecimals(Integer... perColumn) {
        return new ExportTable(id, title, columns, rows, notes, java.util.Arrays.asList(perColumn));
    }

    /** The decimals of column {@code c}; null when not said. */
    public Integer decimals(int c) {
        return decimals.isEmpty() ? null : decimals.get(c);
    }
}
