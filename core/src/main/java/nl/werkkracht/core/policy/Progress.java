package nl.werkkracht.core.policy;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Progress of an indicator toward its target (METHODS.md §15): {@code (x_t - x_0) / (target - x_0)} with
 * {@code x_t} the value of the latest year the data have, 0 at the baseline and 1 when the target is reached;
 * negative when the indicator moved the wrong way. Both directions are covered by the same formula, since the
 * target lies above the baseline for an increase and below it for a decrease.
 *
 * @param state whether there are data after the baseline
 * @param share the progress; empty without new data or when target and baseline are equal
 * @param latestYear the year of {@code x_t}; empty without any value
 * @param latestValue {@code x_t}
 */
public record Progress(State state, OptionalDouble share, OptionalInt latestYear, OptionalDouble latestValue) {

    /** What the data allow to say. */
    public enum State {
        /** No value at all for the indicator. */
        NO_DATA,
        /** Values, but none after the baseline year: "no new data". */
        NO_NEW_DATA,
        /** A value after the baseline year. */
        MEASURED,
        /** Measured and at or beyond the target. */
        REACHED
    }

    public Progress {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(latestYear, "latestYear");
        Objects.requireNonNull(latestValue, "latestValue");
    }

    /**
     * @param target the indicator's baseline, target and direction
     * @param latestYear the latest year with a value, empty when there is none
     * @param latestValue that value
     */
    public static Progress of(Target target, OptionalInt latestYear, OptionalDouble latestValue) {
        if (latestYear.isEmpty() || latestValue.isEmpty()) {
            return new Progress(State.NO_DATA, OptionalDouble.empty(), OptionalInt.empty(), OptionalDouble.empty());
        }
        if (latestYear.getAsInt() <= target.baselineYear()) {
            return new Progress(State.NO_NEW_DATA, OptionalDouble.empty(), latestYear, latestValue);
        }
        double span = target.targetValue() - target.baselineValue();
        if (span == 0) {
            return new Progress(State.MEASURED, OptionalDouble.empty(), latestYear, latestValue);
        }
        double share = (latestValue.getAsDouble() - target.baselineValue()) / span;
        return new Progress(
                share >= 1 ? State.REACHED : State.MEASURED, OptionalDouble.of(share), latestYear, latestValue);
    }
}
