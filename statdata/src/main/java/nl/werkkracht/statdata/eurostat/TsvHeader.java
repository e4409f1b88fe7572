package nl.werkkracht.statdata.eurostat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.werkkracht.core.observation.Period;
import nl.werkkracht.statdata.importer.Echo;
import nl.werkkracht.statdata.importer.RecordChecks;
import nl.werkkracht.statdata.importer.SourceLines;

/**
 * The header of a Eurostat bulk TSV: a first column naming the dimensions of the row keys and the time
 * axis ({@code freq,unit,geo\TIME_PERIOD}; older files write {@code unit,geo\time}), then one
 * tab-separated column per period ({@code 2000 }, with a trailing space in current files).
 *
 * @param firstColumn the first column as written, used as the field name of the row keys
 * @param dimensions the dimension names of the row keys, in order ({@code freq}, {@code unit}, {@code geo})
 * @param labels the period columns as written, trimmed, used as field names of the cells
 * @param periods the period of each cell column
 */
record TsvHeader(String firstColumn, List<String> dimensions, List<String> labels, List<Period> periods) {

    static final String EXAMPLE = "freq,unit,geo\\TIME_PERIOD";

    static TsvHeader read(SourceLines lines, RecordChecks checks) {
        String line = lines.next();
        if (line == null) {
            throw lines.error("", "the file is empty; expected a Eurostat TSV header such as " + EXAMPLE);
        }
        String[] fields = line.split("\t", -1);
        String first = fields[0].strip();
        int slash = first.indexOf('\\');
        if (fields.length < 2 || slash <= 0 || slash == first.length() - 1) {
            throw lines.error(
                    "",
                    "malformed header: the first column must be like " + EXAMPLE
                            + ", followed by one tab-separated column per period");
        }
        var dimensions = new ArrayList<String>();
        for (String d : first.substring(0, slash).split(",", -1)) {
            dimensions.add(d.strip());
        }
        var labels = new ArrayList<String>();
        var periods = new ArrayList<Period>();
        var seen = new HashSet<Period>();
        for (int i = 1; i < fields.length; i++) {
            String label = fields[i].strip();
            Period period = checks.period(label, label);
            if (!seen.add(period)) {
                throw lines.error(label, "period " + label + " appears twice in the header");
            }
            labels.add(label);
            periods.add(period);
        }
        return new TsvHeader(first, List.copyOf(dimensions), List.copyOf(labels), List.copyOf(periods));
    }

    /** Fields per line: the row key plus one per period. */
    int columns() {
        return periods.size() + 1;
    }

    /** The row key ({@code A,MIO_EUR,NL11}) as dimension → code. */
    Map<String, String> codes(String rowKey, SourceLines lines) {
        String[] codes = rowKey.split(",", -1);
        if (codes.length != dimensions.size()) {
            throw lines.error(
                    firstColumn,
                    "expected " + dimensions.size() + " codes (" + String.join(",", dimensions)
                            + ") in the first column, got " + Echo.quote(rowKey));
        }
        var out = new LinkedHashMap<String, String>();
        for (int i = 0; i < codes.length; i++) {
            out.put(dimensions.get(i), codes[i].strip());
        }
        return out;
    }
}
