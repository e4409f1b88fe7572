package nl.werkkracht.statdata.cbs;

import java.util.List;
import java.util.Map;

/**
 * One data row of a CBS table: its trimmed dimension keys and its cells (all topics of a v3 row, the one
 * measure of a v4 observation). Raw source format.
 *
 * @param number the 1-based row number within the dataset, counted across pages
 * @param dimensions dimension name → trimmed CBS key
 * @param values the cells of the row
 */
record CbsRecord(long number, Map<String, String> dimensions, List<RawValue> values) {
    CbsRecord {
        dimensions = Map.copyOf(dimensions);
        values = List.copyOf(values);
    }
}
