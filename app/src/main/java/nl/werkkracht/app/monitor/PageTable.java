package nl.werkkracht.app.monitor;

import java.util.List;
import java.util.Objects;
import nl.werkkracht.app.export.ExportTable;

/**
 * A table as a page shows it and exports it: the export table (so that page and file hold the same
 * figures) and how each column is formatted on the page.
 *
 * @param route the export route name ({@code /monitor/export/{route}.csv})
 * @param table the table; its id names the downloaded file
 * @param formats per column: {@code text}, {@code year}, {@code euro}, {@code int}, {@code dec1}, {@code signed1},
 *     {@code auto}
 */
record PageTable(String route, ExportTable table, List<String> formats) {

    static final String TEXT = "text";
    static final String EURO = "euro";
    /** Euro with cents (amounts per hour worked). */
    static final String EURO_CENTS = "euroCents";

    static final String INT = "int";
    /** A year: a whole number without grouping. */
    static final String YEAR = "year";

    static final String DEC1 = "dec1";
    static final String SIGNED1 = "signed1";
    /** A signed number with two decimals (growth rates in percent). */
    static final String SIGNED2 = "signed2";
    /** A number with two decimals. */
    static final String DEC2 = "dec2";
    /** Whole numbers from 1000 up (euro, persons), one decimal below (indices). */
    static final String AUTO = "auto";

    PageTable {
        Objects.requireNonNull(route, "route");
        formats = List.copyOf(formats);
        if (formats.size() != table.columns().size()) {
            throw new IllegalArgumentException("table " + table.id() + ": " + formats.size() + " formats for "
                    + table.columns().size() + " columns");
        }
    }
}
