package nl.werkkracht.core.synth;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/**
 * The Nelder–Mead simplex search (Nelder and Mead 1965, with the coefficients of R's {@code optim}: reflection
 * 1, expansion 2, contraction 0.5, shrink 0.5), used only for the outer search over the predictor weights
 * {@code V}, whose loss is piecewise smooth and has no usable gradient. It stops when the spread of the
 * simplex's values is below {@code relativeTolerance · (|best| + relativeTolerance)} (R's rule) or after
 * {@code maxEvaluations}; the caller restarts it from the best point until a restart no longer helps.
 */
final class NelderMead {

    private NelderMead() {}

    /** The best point found and its value. */
    record Minimum(double[] point, double value, int evaluations) {}

    static Minimum minimise(
            ToDoubleFunction<double[]> f, double[] start, double relativeTolerance, int maxEvaluations) {
        int k = start.length;
        double step = 0;
        for (double v : start) {
            step = Math.max(step, Math.abs(v));
        }
        step = step == 0 ? 0.1 : 0.1 * step;
        double[][] x = new double[k + 1][];
        double[] fx = new double[k + 1];
        x[0] = start.clone();
        for (int i = 0; i < k; i++) {
            x[i + 1] = start.clone();
            x[i + 1][i] += step;
        }
        int evaluations = 0;
        for (int i = 0; i <= k; i++) {
            fx[i] = f.applyAsDouble(x[i]);
            evaluations++;
        }
        Integer[] order = new Integer[k + 1];
        while (evaluations < maxEvaluations) {
            for (int i = 0; i <= k; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingDouble(i -> fx[i]));
            int best = order[0];
            int worst = order[k];
            int second = order[k - 1 < 0 ? 0 : k - 1];
            if (Math.abs(fx[worst] - fx[best]) <= relativeTolerance * (Math.abs(fx[best]) + relativeTolerance)) {
                break;
            }
            double[] centroid = new double[k];
            for (int i = 0; i <= k; i++) {
                if (i != worst) {
                    for (int d = 0; d < k; d++) {
                        centroid[d] += x[i][d] / k;
                    }
                }
            }
            double[] reflected = towards(centroid, x[worst], -1);
            double fr = f.applyAsDouble(reflected);
            evaluations++;
            if (fr < fx[best]) {
                double[] expanded = towards(centroid, x[worst], -2);
                double fe = f.applyAsDouble(expanded);
                evaluations++;
                replace(x, fx, worst, fe < fr ? expanded : reflected, Math.min(fe, fr));
            } else if (fr < fx[second]) {
                replace(x, fx, worst, reflected, fr);
            } else {
                boolean outside = fr < fx[worst];
                double[] contracted = outside ? towards(centroid, reflected, 0.5) : towards(centroid, x[worst], 0.5);
                double fc = f.applyAsDouble(contracted);
                evaluations++;
                if (fc < Math.min(fr, fx[worst])) {
                    replace(x, fx, worst, contracted, fc);
                } else {
                    for (int i = 0; i <= k; i++) {
                        if (i != best) {
                            x[i] = towards(x[best], x[i], 0.5);
                            fx[i] = f.applyAsDouble(x[i]);
                            evaluations++;
                        }
                    }
                }
            }
        }
        int best = 0;
        for (int i = 1; i <= k; i++) {
            if (fx[i] < fx[best]) {
                best = i;
            }
        }
        return new Minimum(x[best].clone(), fx[best], evaluations);
    }

    /** {@code from + t · (to - from)}. */
    private static double[] towards(double[] from, double[] to, double t) {
        double[] p = new double[from.length];
        for (int d = 0; d < p.length; d++) {
            p[d] = from[d] + t * (to[d] - from[d]);
        }
        return p;
    }

    private static void replace(double[][] x, double[] fx, int i, double[] point, double value) {
        x[i] = point;
        fx[i] = value;
    }
}
