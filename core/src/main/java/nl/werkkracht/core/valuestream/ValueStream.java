package nl.werkkracht.core.valuestream;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.werkkracht.core.valuestream.InvalidValueStreamException.Reason;

/**
 * A core process described for a value-stream analysis (METHODS.md §12): its ordered steps and how
 * often it runs.
 *
 * @param name what the process is called ("offerteaanvraag"); trimmed, 1 to {@value #MAX_NAME_LENGTH}
 *     characters
 * @param volumePerYear how many units of work pass through the process in a year (orders, claims,
 *     clients); finite and not negative, may be fractional (an average)
 * @param steps the steps in the order the work passes them: 1 to {@value #MAX_STEPS}
 * @throws InvalidValueStreamException naming the field that is wrong ({@code steps[2].role} for a step)
 */
public record ValueStream(String name, double volumePerYear, List<Step> steps) {

    /** The longest name. */
    public static final int MAX_NAME_LENGTH = 200;

    /** The most steps a process may have; more is a sign the process should be split. */
    public static final int MAX_STEPS = 100;

    public ValueStream {
        if (name == null || name.isBlank()) {
            throw new InvalidValueStreamException("name", Reason.EMPTY);
        }
        name = name.strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidValueStreamException("name", Reason.TOO_LONG, MAX_NAME_LENGTH);
        }
        if (!Double.isFinite(volumePerYear)) {
            throw new InvalidValueStreamException("volumePerYear", Reason.NOT_A_NUMBER);
        }
        if (volumePerYear < 0) {
            throw new InvalidValueStreamException("volumePerYear", Reason.NEGATIVE);
        }
        if (steps == null || steps.isEmpty()) {
            throw new InvalidValueStreamException("steps", Reason.NO_STEPS);
        }
        if (steps.size() > MAX_STEPS) {
            throw new InvalidValueStreamException("steps", Reason.TOO_MANY_STEPS, MAX_STEPS);
        }
        var copy = new ArrayList<Step>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) == null) {
                throw new InvalidValueStreamException("steps[" + i + "]", Reason.REQUIRED);
            }
            copy.add(steps.get(i));
        }
        steps = List.copyOf(copy);
    }

    /**
     * Builds the steps one by one and the stream from them, so that a step's problem names its position:
     * {@code steps[2].processMinutes must not be negative}.
     *
     * @param stepFactories each makes one step, in order, and may throw an {@link
     *     InvalidValueStreamException} naming a field of the step
     */
    public static ValueStream build(String name, double volumePerYear, List<StepFactory> stepFactories) {
        Objects.requireNonNull(stepFactories, "stepFactories");
        var steps = new ArrayList<Step>(stepFactories.size());
        for (int i = 0; i < stepFactories.size(); i++) {
            try {
                steps.add(stepFactories.get(i).make());
            } catch (InvalidValueStreamException e) {
                throw e.atStep(i);
            }
        }
        return new ValueStream(name, volumePerYear, steps);
    }

    /** Makes one step; see {@link #build}. */
    @FunctionalInterface
    public interface StepFactory {
        Step make();
    }
}
