package nl.werkkracht.app.monitor;

/**
 * The year of the levels and the period of growth and catch-up.
 *
 * @param year year of levels and indices
 * @param from first year of the period
 * @param to last year of the period
 */
public record YearWindow(int year, int from, int to) {
    public YearWindow {
        if (to <= from) {
            throw new IllegalArgumentException("the period must end after it starts: from " + from + " to " + to);
        }
    }
}
