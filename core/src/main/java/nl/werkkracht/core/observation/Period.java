package nl.werkkracht.core.observation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A reporting period: a year, or a quarter of a year.
 *
 * @param year the calendar year
 * @param quarter 1–4 for a quarter, 0 for the whole year
 */
public record Period(int year, int quarter) implements Comparable<Period> {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?Q([1-4])");
    private static final Pattern CBS = Pattern.compile("(\\d{4})(JJ00|KW0([1-4]))");
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2200;

    public Period {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (quarter < 0 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 0..4: " + quarter);
        }
    }

    public static Period year(int year) {
        return new Period(year, 0);
    }

    public boolean isYear() {
        return quarter == 0;
    }

    /**
     * Parses {@code 2015}, {@code 2015Q1}/{@code 2015-Q1}, or the CBS codes {@code 2015JJ00} and
     * {@code 2015KW01}. Other CBS period codes (months, "2015X000") are not supported and give empty, as
     * does a year outside 1800–2200: parsing never throws, so the caller can report the line and field.
     */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        var m = YEAR.matcher(t);
        if (m.matches()) {
            return of(Integer.parseInt(m.group(1)), 0);
        }
        m = QUARTER.matcher(t);
        if (m.matches()) {
            return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = CBS.matcher(t);
        if (m.matches()) {
            int q = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return of(Integer.parseInt(m.group(1)), q);
        }
        return Optional.empty();
    }

    private static Optional<Period> of(int year, int quarter) {
        return year < MIN_YEAR || year > MAX_YEAR ? Optional.empty() : Optional.of(new Period(year, quarter));
    }

    /** {@code 2015} or {@code 2015Q1}. */
    public String code() {
        return quarter == 0 ? Integer.toString(year) : year + "Q" + quarter;
    }

    @Override
    public int compareTo(Period o) {
        int c = Integer.compare(year, o.year);
        return c != 0 ? c : Integer.compare(quarter, o.quarter);
    }

    @Override
    public String toString() {
        return code();
    }
}
