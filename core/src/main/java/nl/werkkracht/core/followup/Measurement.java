package nl.werkkracht.core.followup;

import java.util.Objects;
import nl.werkkracht.core.observation.Period;

/**
 * One measurement of a metric for one organisation: a year's or a quarter's figure, or a (re-)scan result
 * dated to its period.
 *
 * @param period the year or quarter measured
 * @param value the value in the metric's unit, finite (a missing measurement is left out, never 0)
 */
public record Measurement(Period period, double value) {

    public Measurement {
        Objects.requireNonNull(period, "period");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("measurement " + period + " must be finite; leave a missing one out");
        }
    }
}
