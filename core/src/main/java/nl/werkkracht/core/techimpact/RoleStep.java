package nl.werkkracht.core.techimpact;

import java.util.Objects;

/**
 * A value-stream step (METHODS.md §12) that a role performs.
 *
 * @param stream the value stream's name
 * @param step the step's name
 * @param processMinutes working minutes per unit of work, not negative
 * @param volumePerYear units of work per year through the stream, not negative
 * @param registration whether the step is registration or administration
 */
public record RoleStep(String stream, String step, double processMinutes, double volumePerYear, boolean registration) {

    public RoleStep {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(step, "step");
        if (!(processMinutes >= 0) || !(volumePerYear >= 0) || Double.isInfinite(processMinutes * volumePerYear)) {
            throw new IllegalArgumentException(
                    "minutes and volume of step " + step + " must be finite and not negative");
        }
    }

    /** Working hours per year in this step: volume × process minutes / 60. */
    public double hoursPerYear() {
        return volumePerYear * processMinutes / 60.0;
    }
}
