package nl.werkkracht.app.national;

/**
 * The years a dataset covers, inclusive.
 *
 * @param first first year
 * @param last last year, not before {@code first}
 */
public record YearRange(int first, int last) {

    public YearRange {
        if (last < first) {
            throw new IllegalArgumentException("year range " + first + "-" + last + " ends before it starts");
        }
    }

    public boolean contains(int year) {
        return year >= first && year <= last;
    }
}
