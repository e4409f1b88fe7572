package nl.werkkracht.core.synth;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A synthetic-control estimate (METHODS.md §15).
 *
 * @param treated the treated unit
 * @param treatmentStart the first treated period {@code T0}
 * @param weights every donor with its weight (on the simplex), largest first, then by name
 * @param predictors the balance table: each predictor's weight in {@code V}, the treated unit's value, the
 *     synthetic value and the donors' plain mean; empty when only the outcome was fitted
 * @param path actual, synthetic and gap for every period in which both exist
 * @param fitTimes the pre-period times the weights were fitted on
 * @param preRmspe root mean squared gap over {@code fitTimes}
 * @param postRmspe root mean squared gap over the periods from {@code T0}; empty without such periods
 * @param spread the outcome's spread among the treated unit and the donors in the fitted years (the mean of
 *     each year's standard deviation across units), the yardstick of the pre-period fit
 * @param outsideRange the fitted years in which the treated unit lies above every donor or below every donor
 *     (then no weighted mean can match it)
 */
public record SynthResult(
        String treated,
        int treatmentStart,
        List<UnitWeight> weights,
        List<PredictorBalance> predictors,
        List<GapPoint> path,
        List<Integer> fitTimes,
        double preRmspe,
        OptionalDouble postRmspe,
        double spread,
        List<Integer> outsideRange) {

    public SynthResult {
        Objects.requireNonNull(treated, "treated");
        weights = List.copyOf(weights);
        predictors = List.copyOf(predictors);
        path = List.copyOf(path);
        fitTimes = List.copyOf(fitTimes);
        outsideRange = List.copyOf(outsideRange);
        Objects.requireNonNull(postRmspe, "postRmspe");
    }

    /**
     * Post-period RMSPE over pre-period RMSPE, the statistic the placebo test ranks; empty without post
     * periods, infinite when the pre-period fit is exact and the post-period gap is not.
     */
    public OptionalDouble ratio() {
        if (postRmspe.isEmpty()) {
            return OptionalDouble.empty();
        }
        double post = postRmspe.getAsDouble();
        if (preRmspe == 0) {
            return OptionalDouble.of(post == 0 ? 1 : Double.POSITIVE_INFINITY);
        }
        return OptionalDouble.of(post / preRmspe);
    }

    /** The donor's weight, 0 for a unit that is not a donor. */
    public double weight(String unit) {
        return weights.stream()
                .filter(w -> w.unit().equals(unit))
                .mapToDouble(UnitWeight::weight)
                .findFirst()
                .orElse(0);
    }

    /** The mean gap over the post-period: the average estimated effect; empty without post periods. */
    public OptionalDouble meanPostGap() {
        return path.stream()
                .filter(p -> p.time() >= treatmentStart)
                .mapToDouble(GapPoint::gap)
                .average();
    }

    /** A donor and its weight. */
    public record UnitWeight(String unit, double weight) {
        public UnitWeight {
            Objects.requireNonNull(unit, "unit");
        }
    }

    /** One period of the path: the treated unit's value, the synthetic value and their difference. */
    public record GapPoint(int time, double actual, double synthetic, double gap) {}

    /** One row of the balance table. */
    public record PredictorBalance(String name, double v, double treated, double synthetic, double donorMean) {
        public PredictorBalance {
            Objects.requireNonNull(name, "name");
        }
    }
}
