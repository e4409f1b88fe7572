package nl.werkkracht.core.synth;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A complete synthetic-control evaluation: the estimate, the placebo test in space when asked for (and when
 * there is a post-period), leave-one-out runs, and the verdict.
 */
public record SynthAnalysis(
        SynthResult result, Optional<PlaceboTest> placebo, List<LeaveOneOut.Run> leaveOneOut, Verdict verdict) {

    public SynthAnalysis {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(placebo, "placebo");
        leaveOneOut = List.copyOf(leaveOneOut);
        Objects.requireNonNull(verdict, "verdict");
    }

    /**
     * @param placebos whether to run the placebo test (one estimate per donor)
     * @throws IllegalArgumentException as {@link SyntheticControl#estimate}
     */
    public static SynthAnalysis run(Panel outcome, SynthSpec spec, boolean placebos) {
        SynthResult result = SyntheticControl.estimate(outcome, spec);
        Optional<PlaceboTest> placebo = placebos && result.postRmspe().isPresent()
                ? Optional.of(PlaceboTest.run(outcome, spec, result))
                : Optional.empty();
        List<LeaveOneOut.Run> loo = LeaveOneOut.run(outcome, spec, result);
        return new SynthAnalysis(result, placebo, loo, Verdict.of(result, placebo));
    }
}
