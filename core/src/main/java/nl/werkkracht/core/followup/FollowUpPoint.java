package nl.werkkracht.core.followup;

import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.core.observation.Period;

/**
 * One point of the follow-up timeline.
 *
 * @param period the period measured
 * @param value the measured value, in the metric's unit
 * @param index {@code 100 · value / baseline value}
 * @param label how it compares with the baseline
 * @param adjustingAfter for {@link PointLabel#EXPECTED_DIP} only: the id of the (earliest started)
 *     technology or organisation intervention whose adjustment period explains the dip
 */
public record FollowUpPoint(
        Period period, double value, double index, PointLabel label, Optional<String> adjustingAfter) {

    public FollowUpPoint {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(adjustingAfter, "adjustingAfter");
        if (!Double.isFinite(value) || !Double.isFinite(index)) {
            throw new IllegalArgumentException("value and index must be finite at " + period);
        }
        if (adjustingAfter.isPresent() != (label == PointLabel.EXPECTED_DIP)) {
            throw new IllegalArgumentException("an expected dip, and only that, names its intervention");
        }
    }
}
