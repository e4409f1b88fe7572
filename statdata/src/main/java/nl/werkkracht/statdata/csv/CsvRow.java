package nl.werkkracht.statdata.csv;

import java.util.List;

/**
 * One data line of the Werkkracht CSV as written, fields trimmed, before any validation.
 *
 * @param measure {@code GVA}, {@code HOURS}…
 * @param region region code
 * @param sector sector code
 * @param period {@code 2019} or {@code 2019Q1}
 * @param value number, or empty for a confidential or missing observation
 * @param unit unit code
 * @param priceBasis {@code CP}, {@code PYP}, {@code CLVyyyy}, or empty
 * @param status status flag, empty for definitive
 */
record CsvRow(
        String measure,
        String region,
        String sector,
        String period,
        String value,
        String unit,
        String priceBasis,
        String status) {

    /** The columns, in order; also the header. */
    static final List<String> COLUMNS =
            List.of("measure", "region", "sector", "period", "value", "unit", "price_basis", "status");

    static CsvRow of(List<String> fields) {
        return new CsvRow(
                fields.get(0).trim(),
                fields.get(1).trim(),
                fields.get(2).trim(),
                fields.get(3).trim(),
                fields.get(4).trim(),
                fields.get(5).trim(),
                fields.get(6).trim(),
                fields.get(7).trim());
    }
}
