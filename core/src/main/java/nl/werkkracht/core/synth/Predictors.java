package nl.werkkracht.core.synth;

import java.util.ArrayList;
import java.util.List;
import nl.werkkracht.core.synth.SynthResult.PredictorBalance;

/**
 * The predictor matrix of one estimate: raw values for the balance table, and values divided by each
 * predictor's standard deviation across the treated unit and the donors for the fit (as R's Synth does).
 */
final class Predictors {

    private final SynthSpec spec;
    private final double[][] raw; // [predictor][unit], unit 0 = treated, 1.. = donors
    private final double[] sd;

    private Predictors(SynthSpec spec, double[][] raw, double[] sd) {
        this.spec = spec;
        this.raw = raw;
        this.sd = sd;
    }

    static Predictors of(SynthSpec spec) {
        List<Predictor> ps = spec.predictors();
        int units = spec.donors().size() + 1;
        double[][] raw = new double[ps.size()][units];
        double[] sd = new double[ps.size()];
        for (int i = 0; i < ps.size(); i++) {
            Predictor p = ps.get(i);
            raw[i][0] = p.require(spec.treated());
            for (int j = 0; j < spec.donors().size(); j++) {
                raw[i][j + 1] = p.require(spec.donors().get(j));
            }
            sd[i] = standardDeviation(raw[i]);
            if (!(sd[i] > 0)) {
                throw new IllegalArgumentException(
                        "predictor " + p.name() + " has the same value for every unit: it cannot tell them apart");
            }
        }
        return new Predictors(spec, raw, sd);
    }

    double[] scaledTreated() {
        double[] x = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            x[i] = raw[i][0] / sd[i];
        }
        return x;
    }

    /** Per donor, its scaled predictor values. */
    double[][] scaledDonors() {
        int n = spec.donors().size();
        double[][] x = new double[n][raw.length];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < raw.length; i++) {
                x[j][i] = raw[i][j + 1] / sd[i];
            }
        }
        return x;
    }

    List<PredictorBalance> balance(double[] v, double[] w) {
        List<PredictorBalance> rows = new ArrayList<>();
        int n = spec.donors().size();
        for (int i = 0; i < raw.length; i++) {
            double synthetic = 0;
            double mean = 0;
            for (int j = 0; j < n; j++) {
                synthetic += w[j] * raw[i][j + 1];
                mean += raw[i][j + 1] / n;
            }
            rows.add(new PredictorBalance(spec.predictors().get(i).name(), v[i], raw[i][0], synthetic, mean));
        }
        return rows;
    }

    private static double standardDeviation(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v / values.length;
        }
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / (values.length - 1));
    }
}
