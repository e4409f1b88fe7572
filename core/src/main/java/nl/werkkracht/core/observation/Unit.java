package nl.werkkracht.core.observation;

import java.util.Locale;
import java.util.Optional;

/**
 * A unit of measurement with its dimension and its factor to the dimension's base unit (euro, hour,
 * person, job, FTE). Units are converted explicitly with {@link #convert(double, Unit)}; a conversion
 * across dimensions is an error, never an assumption.
 */
public enum Unit {
    EUR(Dimension.MONEY, 1),
    THS_EUR(Dimension.MONEY, 1e3),
    MIO_EUR(Dimension.MONEY, 1e6),
    HW(Dimension.HOURS, 1),
    THS_HW(Dimension.HOURS, 1e3),
    MIO_HW(Dimension.HOURS, 1e6),
    PER(Dimension.PERSONS, 1),
    THS_PER(Dimension.PERSONS, 1e3),
    JOB(Dimension.JOBS, 1),
    THS_JOB(Dimension.JOBS, 1e3),
    FTE(Dimension.FTE, 1),
    THS_FTE(Dimension.FTE, 1e3),
    /** Index, base year = 100. */
    INDEX(Dimension.INDEX, 1),
    /** Percent or percentage points. */
    PCT(Dimension.PERCENT, 1);

    private final Dimension dimension;
    private final double factor;

    Unit(Dimension dimension, double factor) {
        this.dimension = dimension;
        this.factor = factor;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** How many base units (euro, hours, persons...) one of this unit is. */
    public double factor() {
        return factor;
    }

    /**
     * Converts {@code value} in this unit to {@code target}.
     *
     * @throws IllegalArgumentException when the two units measure different dimensions
     */
    public double convert(double value, Unit target) {
        if (target.dimension != dimension) {
            throw new IllegalArgumentException(
                    "cannot convert " + this + " (" + dimension + ") to " + target + " (" + target.dimension + ")");
        }
        return value * factor / target.factor;
    }

    /** Looks a unit up by its code, case-insensitively. */
    public static Optional<Unit> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
