package nl.werkkracht.app.report;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The four quadrants of productivity × quality of work (<i>werkkracht</i>: higher productivity and good
 * work together). The x axis is the organisation's value added per hour worked divided by its sector's
 * (split at {@value #RATIO_SPLIT}: as productive as the sector), the y axis the job-quality index, the
 * mean of the job-quality scale scores of all respondents on 0–100 (split at {@value #INDEX_SPLIT}, the
 * middle of the scale). A value on a split line counts as the upper side.
 */
enum Quadrant {
    /** At least the sector's productivity, job quality at least 50. */
    PRODUCTIVE_GOOD_WORK,
    /** At least the sector's productivity, job quality below 50. */
    PRODUCTIVE_UNDER_PRESSURE,
    /** Below the sector's productivity, job quality at least 50. */
    GOOD_WORK_PRODUCTIVITY_LAGS,
    /** Below the sector's productivity and job quality below 50. */
    IMPROVE_BOTH;

    /** Productivity equal to the sector's. */
    static final double RATIO_SPLIT = 1.0;

    /** The middle of the 0–100 scale. */
    static final double INDEX_SPLIT = 50.0;

    /**
     * The quadrant of a point; empty when either coordinate is missing or not finite, never guessed.
     *
     * @param ratio value added per hour ÷ the sector's
     * @param index job-quality index 0–100
     */
    static Optional<Quadrant> of(OptionalDouble ratio, OptionalDouble index) {
        if (ratio.isEmpty() || index.isEmpty()) {
            return Optional.empty();
        }
        double x = ratio.getAsDouble();
        double y = index.getAsDouble();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return Optional.empty();
        }
        boolean productive = x >= RATIO_SPLIT;
        boolean goodWork = y >= INDEX_SPLIT;
        if (productive) {
            return Optional.of(goodWork ? PRODUCTIVE_GOOD_WORK : PRODUCTIVE_UNDER_PRESSURE);
        }
        return Optional.of(goodWork ? GOOD_WORK_PRODUCTIVITY_LAGS : IMPROVE_BOTH);
    }
}
