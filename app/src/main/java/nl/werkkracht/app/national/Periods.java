package nl.werkkracht.app.national;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * Windows of years and year-indexed values as the national views use them: a missing value stays
 * missing (absent from a map, null in a view), never 0.
 */
final class Periods {

    /** Earliest and latest year a request may name: wide enough for any statistics, narrow enough to catch typos. */
    static final int FIRST_YEAR = 1900;

    static final int LAST_YEAR = 2100;

    private Periods() {}

    /** A period needs {@code from < to}; otherwise the request is invalid (HTTP 400). */
    static void requireWindow(int from, int to) {
        requireYear("from", from);
        requireYear("to", to);
        if (to <= from) {
            throw new IllegalArgumentException("parameter to (" + to + ") must be after from (" + from + ")");
        }
    }

    static void requireYear(String parameter, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("parameter " + parameter + " must be a year between " + FIRST_YEAR
                    + " and " + LAST_YEAR + ", got " + year);
        }
    }

    /** Puts the value for {@code year} when present. */
    static void put(Map<Integer, Double> map, int year, OptionalDouble value) {
        if (value.isPresent()) {
            map.put(year, value.getAsDouble());
        }
    }

    /** The value, or null when missing (for views, where JSON shows null and pages "–"). */
    static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
