package nl.werkkracht.core.techimpact;

/**
 * A range of hours per year, low ≤ high, both not negative: what could be freed, never what is saved.
 */
public record HoursRange(double low, double high) {

    public static final HoursRange ZERO = new HoursRange(0, 0);

    public HoursRange {
        if (!(low >= 0 && low <= high) || Double.isInfinite(high)) {
            throw new IllegalArgumentException("need 0 <= low <= high, got " + low + " … " + high);
        }
    }

    public HoursRange plus(HoursRange other) {
        return new HoursRange(low + other.low, high + other.high);
    }
}
