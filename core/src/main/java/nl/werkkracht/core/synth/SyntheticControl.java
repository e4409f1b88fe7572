package nl.werkkracht.core.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import nl.werkkracht.core.synth.SynthResult.GapPoint;
import nl.werkkracht.core.synth.SynthResult.PredictorBalance;
import nl.werkkracht.core.synth.SynthResult.UnitWeight;

/**
 * The synthetic control method (Abadie and Gardeazabal 2003; Abadie, Diamond and Hainmueller 2010), METHODS.md
 * §15: donor weights {@code w_j ≥ 0, Σ w_j = 1} that make the weighted donors resemble the treated unit before
 * the treatment, the synthetic path {@code ŷ_t = Σ w_j y_j,t}, the gap {@code y_t - ŷ_t} and the pre- and
 * post-period root mean squared prediction errors.
 *
 * <p>Without predictors the weights minimise {@code Σ_{t in fit} (y_t - Σ w_j y_j,t)²}, solved exactly by
 * {@link SimplexLeastSquares}. With predictors they minimise the {@code V}-weighted predictor distance with
 * {@code V} chosen to minimise that same outcome error ({@link PredictorWeights}).
 *
 * <p>The treated unit and every donor need an outcome in every fitted year; an error names the first one that
 * lacks it. The path covers every period in which the treated unit and all donors with positive weight have a
 * value.
 */
public final class SyntheticControl {

    /** A donor with a weight below this is shown as 0 and not left out in the leave-one-out runs. */
    public static final double POSITIVE_WEIGHT = 1e-6;

    private SyntheticControl() {}

    /**
     * @throws IllegalArgumentException for an unknown unit, a missing value in the fitted years, a predictor
     *     without a value for a unit or without variation, or no pre-period at all
     */
    public static SynthResult estimate(Panel outcome, SynthSpec spec) {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(spec, "spec");
        requireUnit(outcome, spec.treated(), "treated unit");
        spec.donors().forEach(d -> requireUnit(outcome, d, "donor"));
        List<Integer> fit = fitTimes(outcome, spec);
        List<String> donors = spec.donors();
        int n = donors.size();
        double[][] z0 = new double[n][fit.size()];
        double[] z1 = new double[fit.size()];
        for (int t = 0; t < fit.size(); t++) {
            z1[t] = outcome.require(spec.treated(), fit.get(t));
            for (int j = 0; j < n; j++) {
                z0[j][t] = outcome.require(donors.get(j), fit.get(t));
            }
        }
        double[] w;
        List<PredictorBalance> balance = List.of();
        if (spec.predictors().isEmpty()) {
            w = SimplexLeastSquares.solve(z0, z1).weights();
        } else {
            Predictors x = Predictors.of(spec);
            PredictorWeights.Fit f = new PredictorWeights(x.scaledDonors(), x.scaledTreated(), z0, z1).optimise();
            w = f.w();
            balance = x.balance(f.v(), w);
        }
        return result(outcome, spec, fit, w, balance);
    }

    private static SynthResult result(
            Panel outcome, SynthSpec spec, List<Integer> fit, double[] w, List<PredictorBalance> balance) {
        List<String> donors = spec.donors();
        List<GapPoint> path = new ArrayList<>();
        for (int time : outcome.times()) {
            OptionalDouble actual = outcome.value(spec.treated(), time);
            OptionalDouble synthetic = synthetic(outcome, donors, w, time);
            if (actual.isPresent() && synthetic.isPresent()) {
                double a = actual.getAsDouble();
                double s = synthetic.getAsDouble();
                path.add(new GapPoint(time, a, s, a - s));
            }
        }
        double pre = rmspe(path.stream().filter(p -> fit.contains(p.time())).toList());
        List<GapPoint> postPoints =
                path.stream().filter(p -> p.time() >= spec.treatmentStart()).toList();
        OptionalDouble post = postPoints.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(rmspe(postPoints));
        List<UnitWeight> weights = new ArrayList<>();
        for (int j = 0; j < donors.size(); j++) {
            weights.add(new UnitWeight(donors.get(j), w[j] < POSITIVE_WEIGHT ? 0 : w[j]));
        }
        weights.sort(Comparator.comparingDouble(UnitWeight::weight).reversed().thenComparing(UnitWeight::unit));
        return new SynthResult(
                spec.treated(),
                spec.treatmentStart(),
                weights,
                balance,
                path,
                fit,
                pre,
                post,
                spread(outcome, spec, fit),
                outsideRange(outcome, spec, fit));
    }

    /** The synthetic value at {@code time}; empty when a donor with positive weight has no value then. */
    private static OptionalDouble synthetic(Panel outcome, List<String> donors, double[] w, int time) {
        double s = 0;
        for (int j = 0; j < donors.size(); j++) {
            if (w[j] > 0) {
                OptionalDouble v = outcome.value(donors.get(j), time);
                if (v.isEmpty()) {
                    return OptionalDouble.empty();
                }
                s += w[j] * v.getAsDouble();
            }
        }
        return OptionalDouble.of(s);
    }

    private static List<Integer> fitTimes(Panel outcome, SynthSpec spec) {
        List<Integer> fit = spec.fitTimes().isEmpty()
                ? outcome.timesOf(spec.treated(), Integer.MIN_VALUE + 1, spec.treatmentStart() - 1)
                : spec.fitTimes();
        if (fit.isEmpty()) {
            throw new IllegalArgumentException("the treated unit " + spec.treated() + " has no value of "
                    + outcome.variable() + " before " + spec.treatmentStart());
        }
        return fit;
    }

    private static double rmspe(List<GapPoint> points) {
        double s = 0;
        for (GapPoint p : points) {
            s += p.gap() * p.gap();
        }
        return Math.sqrt(s / points.size());
    }

    /** The mean over the fitted years of the standard deviation across the treated unit and the donors. */
    private static double spread(Panel outcome, SynthSpec spec, List<Integer> fit) {
        double total = 0;
        for (int time : fit) {
            List<Double> values = new ArrayList<>();
            values.add(outcome.require(spec.treated(), time));
            spec.donors().forEach(d -> values.add(outcome.require(d, time)));
            double mean =
                    values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double ss =
                    values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
            total += Math.sqrt(ss / (values.size() - 1));
        }
        return total / fit.size();
    }

    private static List<Integer> outsideRange(Panel outcome, SynthSpec spec, List<Integer> fit) {
        List<Integer> outside = new ArrayList<>();
        for (int time : fit) {
            double y = outcome.require(spec.treated(), time);
            boolean above = true;
            boolean below = true;
            for (String d : spec.donors()) {
                double v = outcome.require(d, time);
                above &= y > v;
                below &= y < v;
            }
            if (above || below) {
                outside.add(time);
            }
        }
        return outside;
    }

    private static void requireUnit(Panel outcome, String unit, String role) {
        if (!outcome.hasUnit(unit)) {
            throw new IllegalArgumentException(
                    "the " + role + " " + unit + " is not in the panel of " + outcome.variable());
        }
    }
}
