package nl.werkkracht.statdata.cbs;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One column of a CBS table as its metadata describes it: a dimension (v3 {@code DataProperties} of type
 * {@code Dimension}/{@code GeoDimension}/{@code TimeDimension}, v4 {@code Dimensions}) or a topic (v3
 * {@code Topic}, v4 {@code MeasureCodes}). Raw source format, never leaves the package.
 *
 * @param key the column key ({@code RegioS}, {@code Totaal_1}, {@code M001924})
 * @param kind dimension, time dimension or topic
 * @param title the CBS title
 * @param unit the CBS unit text of a topic ("mln euro", "1 000 arbeidsjaren"), empty for dimensions
 * @param decimals the number of decimals CBS publishes, when given
 */
record CbsProperty(String key, Kind kind, String title, String unit, OptionalInt decimals) {

    /** What a column is. */
    enum Kind {
        DIMENSION,
        TIME_DIMENSION,
        TOPIC
    }

    CbsProperty {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        title = title == null ? "" : title.trim();
        unit = unit == null ? "" : unit.trim();
        Objects.requireNonNull(decimals, "decimals");
    }

    boolean isDimension() {
        return kind != Kind.TOPIC;
    }

    /** "Totaal_1 'Totaal' (1 000 banen)", for messages. */
    String describe() {
        return key + " '" + title + "'" + (unit.isEmpty() ? "" : " (" + unit + ")");
    }

    static OptionalInt decimals(String text) {
        if (text == null || text.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
