package nl.werkkracht.core.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * The nested optimisation of Abadie and Gardeazabal (2003) and R's Synth: for a diagonal predictor weighting
 * {@code V} (non-negative, summing to 1) the donor weights {@code W(V)} minimise {@code (X1 - X0 W)' V (X1 - X0
 * W)} on the simplex, solved exactly by {@link SimplexLeastSquares}; {@code V} is chosen to minimise the
 * pre-period outcome error {@code ||Z1 - Z0 W(V)||²}. Predictors are first divided by their standard
 * deviation across the treated unit and the donors, as Synth does.
 *
 * <p>The outer search is Nelder–Mead over {@code x} with {@code V = |x| / Σ|x|}, started from equal weights and
 * from Synth's regression-based weights (the squared coefficients of a regression of the pre-period outcomes
 * on the predictors), each restarted from its best point until a restart gains nothing; the better of the two
 * ends is kept. The outer problem is not convex: like Synth's, the result is a good local optimum, and the
 * outcome error it reaches is reported so that a user can judge the fit.
 */
final class PredictorWeights {

    /** Relative tolerance of the outer search (as R's {@code optim}). */
    static final double OUTER_TOLERANCE = 1e-8;

    private static final int MAX_RESTARTS = 3;

    /** Evaluations of one Nelder–Mead run per predictor. */
    private static final int EVALUATIONS_PER_PREDICTOR = 200;

    /** The chosen {@code V}, the donor weights it gives and their pre-period outcome loss. */
    record Fit(double[] v, double[] w, double loss) {}

    private final double[][] x0;
    private final double[] x1;
    private final double[][] z0;
    private final double[] z1;
    private final int k;

    /**
     * @param x0 per donor, its predictor values (already scaled)
     * @param x1 the treated unit's predictor values (scaled)
     * @param z0 per donor, its outcomes in the fitted years
     * @param z1 the treated unit's outcomes in the fitted years
     */
    PredictorWeights(double[][] x0, double[] x1, double[][] z0, double[] z1) {
        this.x0 = x0;
        this.x1 = x1;
        this.z0 = z0;
        this.z1 = z1;
        this.k = x1.length;
    }

    Fit optimise() {
        if (k == 1) {
            double[] v = {1};
            double[] w = weights(v);
            return new Fit(v, w, loss(w));
        }
        List<double[]> starts = new ArrayList<>();
        double[] equal = new double[k];
        java.util.Arrays.fill(equal, 1.0 / k);
        starts.add(equal);
        double[] regression = regressionStart();
        if (regression != null) {
            starts.add(regression);
        }
        Fit best = null;
        for (double[] start : starts) {
            Fit fit = search(start);
            if (best == null || fit.loss() < best.loss()) {
                best = fit;
            }
        }
        return best;
    }

    private Fit search(double[] start) {
        NelderMead.Minimum m =
                NelderMead.minimise(this::objective, start, OUTER_TOLERANCE, EVALUATIONS_PER_PREDICTOR * k);
        for (int r = 0; r < MAX_RESTARTS; r++) {
            NelderMead.Minimum again =
                    NelderMead.minimise(this::objective, m.point(), OUTER_TOLERANCE, EVALUATIONS_PER_PREDICTOR * k);
            boolean gained = again.value() < m.value() - OUTER_TOLERANCE * (Math.abs(m.value()) + OUTER_TOLERANCE);
            if (again.value() < m.value()) {
                m = again;
            }
            if (!gained) {
                break;
            }
        }
        double[] v = normalise(m.point());
        double[] w = weights(v);
        return new Fit(v, w, loss(w));
    }

    /** The outer loss at {@code x}: the outcome error of the weights that {@code V = |x|/Σ|x|} gives. */
    double objective(double[] x) {
        return loss(weights(normalise(x)));
    }

    /** The donor weights that minimise the {@code V}-weighted predictor distance. */
    double[] weights(double[] v) {
        double[][] columns = new double[x0.length][k];
        double[] target = new double[k];
        for (int i = 0; i < k; i++) {
            double s = Math.sqrt(v[i]);
            target[i] = s * x1[i];
            for (int j = 0; j < x0.length; j++) {
                columns[j][i] = s * x0[j][i];
            }
        }
        return SimplexLeastSquares.solve(columns, target).weights();
    }

    /** {@code ||Z1 - Z0 w||²}. */
    double loss(double[] w) {
        double s = 0;
        for (int t = 0; t < z1.length; t++) {
            double synthetic = 0;
            for (int j = 0; j < w.length; j++) {
                synthetic += w[j] * z0[j][t];
            }
            double r = z1[t] - synthetic;
            s += r * r;
        }
        return s;
    }

    static double[] normalise(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += Math.abs(v);
        }
        double[] v = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            v[i] = sum == 0 ? 1.0 / x.length : Math.abs(x[i]) / sum;
        }
        return v;
    }

    /**
     * Synth's second starting point: regress each fitted year's outcome across units on a constant and the
     * predictors; a predictor's start weight is the sum of its squared coefficients, normalised. Null when the
     * regression has no unique solution (more predictors than units, or collinear predictors).
     */
    private double[] regressionStart() {
        int units = x0.length + 1;
        double[][] columns = new double[k + 1][units];
        for (int u = 0; u < units; u++) {
            columns[0][u] = 1;
            for (int i = 0; i < k; i++) {
                columns[i + 1][u] = u == 0 ? x1[i] : x0[u - 1][i];
            }
        }
        double[] start = new double[k];
        for (int t = 0; t < z1.length; t++) {
            double[] y = new double[units];
            y[0] = z1[t];
            for (int j = 0; j < x0.length; j++) {
                y[j + 1] = z0[j][t];
            }
            double[] beta = Householder.leastSquares(columns, y);
            if (beta == null) {
                return null;
            }
            for (int i = 0; i < k; i++) {
                start[i] += beta[i + 1] * beta[i + 1];
            }
        }
        double sum = 0;
        for (double v : start) {
            sum += v;
        }
        if (!(sum > 0) || !Double.isFinite(sum)) {
            return null;
        }
        for (int i = 0; i < k; i++) {
            start[i] /= sum;
        }
        return start;
    }
}
