package nl.werkkracht.core.synth;

import java.util.List;
import java.util.Objects;

/**
 * What to estimate (METHODS.md §15): the treated unit, its donor pool, the first treated period, the pre-period
 * years whose outcome error the weights minimise, and optional predictors.
 *
 * @param treated the unit that had the measure
 * @param donors units of the same level without the measure; at least two, the treated unit not among them
 * @param treatmentStart the first period with the measure ({@code T0}); earlier periods are the pre-period
 * @param fitTimes the pre-period times whose squared outcome error is minimised (and over which the
 *     pre-period RMSPE is measured); empty for every pre-period time
 * @param predictors empty to fit the outcome path alone; otherwise the weights match the predictors under a
 *     diagonal {@code V} chosen to minimise the pre-period outcome error
 */
public record SynthSpec(
        String treated, List<String> donors, int treatmentStart, List<Integer> fitTimes, List<Predictor> predictors) {

    public SynthSpec {
        Objects.requireNonNull(treated, "treated");
        donors = List.copyOf(donors);
        fitTimes = fitTimes.stream().sorted().distinct().toList();
        predictors = List.copyOf(predictors);
        if (donors.size() < 2) {
            throw new IllegalArgumentException("a synthetic control needs at least two donors, got " + donors.size());
        }
        if (donors.contains(treated)) {
            throw new IllegalArgumentException("the treated unit " + treated + " cannot be its own donor");
        }
        if (donors.stream().distinct().count() != donors.size()) {
            throw new IllegalArgumentException("a donor is listed twice");
        }
        for (int t : fitTimes) {
            if (t >= treatmentStart) {
                throw new IllegalArgumentException(
                        "fit period " + t + " is not before the treatment start " + treatmentStart);
            }
        }
    }

    /** Outcome only, fitted over the whole pre-period. */
    public static SynthSpec outcomeOnly(String treated, List<String> donors, int treatmentStart) {
        return new SynthSpec(treated, donors, treatmentStart, List.of(), List.of());
    }

    /** The same estimate for another treated unit and donor pool (a placebo or leave-one-out run). */
    SynthSpec with(String newTreated, List<String> newDonors) {
        return new SynthSpec(newTreated, newDonors, treatmentStart, fitTimes, predictors);
    }
}
