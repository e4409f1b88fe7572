package nl.werkkracht.core.policy;

import java.util.Objects;

/**
 * An indicator's baseline (value and year, the *nulmeting*), target (value and year, the *streefwaarde*) and
 * the direction it should move. The target must lie on the side of the baseline the direction says.
 */
public record Target(double baselineValue, int baselineYear, double targetValue, int targetYear, Direction direction) {

    public Target {
        Objects.requireNonNull(direction, "direction");
        if (!Double.isFinite(baselineValue) || !Double.isFinite(targetValue)) {
            throw new IllegalArgumentException("baseline and target must be numbers");
        }
        if (targetYear < baselineYear) {
            throw new IllegalArgumentException(
                    "the target year " + targetYear + " lies before the baseline year " + baselineYear);
        }
        if (direction == Direction.INCREASE ? targetValue < baselineValue : targetValue > baselineValue) {
            throw new IllegalArgumentException("a target to " + direction.name().toLowerCase(java.util.Locale.ROOT)
                    + " must lie " + (direction == Direction.INCREASE ? "above" : "below") + " the baseline");
        }
    }
}
