package nl.werkkracht.core.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Least squares on the unit simplex: the weights {@code w} that minimise {@code ||A w - b||²} subject to
 * {@code w_j ≥ 0} and {@code Σ w_j = 1} (the synthetic-control weights of METHODS.md §15, Abadie and
 * Gardeazabal 2003). {@code A}'s columns are the donors' vectors, {@code b} the treated unit's.
 *
 * <p>The method is an exact primal active-set method in the manner of Lawson and Hanson's NNLS (1974),
 * adapted to the equality constraint: start at the best single donor; while some donor outside the support
 * has a gradient {@code g_j = 2 a_j·(Aw - b)} below the support's common gradient {@code μ}, add the one
 * with the lowest; solve the least-squares problem on the support's affine hull exactly (Householder QR of
 * the differences {@code a_i - a_k}); when that solution leaves the simplex, step back to the boundary and
 * drop the donor that reached zero. Each step lowers the loss, so it ends after finitely many steps, and it
 * ends only where the Karush–Kuhn–Tucker conditions hold:
 *
 * <pre>
 *   g_j = μ for every donor with w_j > 0,   g_j ≥ μ for every other donor.
 * </pre>
 *
 * <p>Precision: the problem is scaled so that its largest entry is 1; the conditions then hold to {@link
 * #TOLERANCE} in the scaled gradient, and the weights are those of the exact solution up to rounding in the
 * QR factorisation (about 1e-12 on well-conditioned data). The support holds affinely independent donors
 * only, so it never exceeds the number of rows plus one. When several weight vectors reach the same loss
 * (the treated unit inside the donors' convex hull, with more donors than rows), one of them is returned.
 */
public final class SimplexLeastSquares {

    /** Optimality tolerance on the gradient of the scaled problem. */
    public static final double TOLERANCE = 1e-10;

    private static final double ZERO_WEIGHT = 1e-14;

    private final double[][] a;
    private final double[] b;
    private final int n;
    private final int m;
    private final double unscale;

    private SimplexLeastSquares(double[][] columns, double[] b) {
        this.n = columns.length;
        this.m = b.length;
        double scale = 0;
        for (double v : b) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (double[] c : columns) {
            if (c.length != m) {
                throw new IllegalArgumentException("every donor needs " + m + " values, one has " + c.length);
            }
            for (double v : c) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        if (!Double.isFinite(scale)) {
            throw new IllegalArgumentException("the values must be finite numbers");
        }
        double s = scale > 0 ? 1 / scale : 1;
        this.unscale = scale > 0 ? scale : 1;
        this.a = new double[n][m];
        this.b = new double[m];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < m; i++) {
                a[j][i] = columns[j][i] * s;
            }
        }
        for (int i = 0; i < m; i++) {
            this.b[i] = b[i] * s;
        }
    }

    /**
     * Solves the problem.
     *
     * @param columns one vector per donor, each as long as {@code target}
     * @param target the treated unit's vector
     * @throws IllegalArgumentException without donors, with vectors of unequal length or values that are not
     *     finite
     */
    public static Solution solve(double[][] columns, double[] target) {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(target, "target");
        if (columns.length == 0) {
            throw new IllegalArgumentException("at least one donor is needed");
        }
        return new SimplexLeastSquares(columns, target).run();
    }

    /** The weights, the loss {@code ||A w - b||²} of the unscaled problem, and how the solver got there. */
    public record Solution(double[] weights, double loss, int steps) {
        public Solution {
            weights = weights.clone();
        }

        @Override
        public double[] weights() {
            return weights.clone();
        }
    }

    private Solution run() {
        double[] w = new double[n];
        List<Integer> support = new ArrayList<>();
        int first = bestVertex();
        w[first] = 1;
        support.add(first);
        int steps = 0;
        int maxSteps = 20 * (n + m) + 100;
        while (steps++ < maxSteps) {
            double[] g = gradient(w);
            double mu = 0;
            for (int i : support) {
                mu += w[i] * g[i];
            }
            int enter = -1;
            for (int j = 0; j < n; j++) {
                if (w[j] == 0 && !support.contains(j) && g[j] < mu - TOLERANCE && (enter < 0 || g[j] < g[enter])) {
                    enter = j;
                }
            }
            if (enter < 0) {
                break;
            }
            support.add(enter);
            if (!improve(w, support, enter)) {
                support.remove(Integer.valueOf(enter));
                break;
            }
        }
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        for (int j = 0; j < n; j++) {
            w[j] /= sum;
        }
        return new Solution(w, loss(w), steps);
    }

    /**
     * Moves {@code w} to the best point on the support's simplex face, dropping donors that reach zero.
     *
     * @return false when the entering donor cannot be given weight (a numerical tie), nothing changed then
     */
    private boolean improve(double[] w, List<Integer> support, int enter) {
        for (int round = 0; round <= n; round++) {
            double[] z = affineSolution(support);
            if (z == null) {
                return false;
            }
            int at = support.indexOf(enter);
            if (round == 0 && at >= 0 && z[at] <= ZERO_WEIGHT) {
                return false;
            }
            double alpha = 1;
            for (int k = 0; k < support.size(); k++) {
                int j = support.get(k);
                if (z[k] <= ZERO_WEIGHT) {
                    alpha = Math.min(alpha, w[j] / (w[j] - z[k]));
                }
            }
            for (int k = 0; k < support.size(); k++) {
                int j = support.get(k);
                w[j] += alpha * (z[k] - w[j]);
            }
            if (alpha >= 1) {
                return true;
            }
            support.removeIf(j -> {
                if (w[j] <= ZERO_WEIGHT) {
                    w[j] = 0;
                    return true;
                }
                return false;
            });
        }
        return true;
    }

    /**
     * The minimiser of {@code ||A_P z - b||²} with {@code Σ z = 1} over the support {@code P} (signs free), in
     * the support's order; null when the support's points are affinely dependent.
     */
    private double[] affineSolution(List<Integer> support) {
        int p = support.size();
        double[] z = new double[p];
        if (p == 1) {
            z[0] = 1;
            return z;
        }
        int k = support.get(0);
        double[][] d = new double[p - 1][m];
        double[] rhs = new double[m];
        for (int i = 0; i < m; i++) {
            rhs[i] = b[i] - a[k][i];
            for (int c = 1; c < p; c++) {
                d[c - 1][i] = a[support.get(c)][i] - a[k][i];
            }
        }
        double[] y = Householder.leastSquares(d, rhs);
        if (y == null) {
            return null;
        }
        double rest = 1;
        for (int c = 1; c < p; c++) {
            z[c] = y[c - 1];
            rest -= y[c - 1];
        }
        z[0] = rest;
        return z;
    }

    private int bestVertex() {
        int best = 0;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            double l = 0;
            for (int i = 0; i < m; i++) {
                double r = a[j][i] - b[i];
                l += r * r;
            }
            if (l < bestLoss) {
                bestLoss = l;
                best = j;
            }
        }
        return best;
    }

    private double[] gradient(double[] w) {
        double[] r = residual(w);
        double[] g = new double[n];
        for (int j = 0; j < n; j++) {
            double s = 0;
            for (int i = 0; i < m; i++) {
                s += a[j][i] * r[i];
            }
            g[j] = 2 * s;
        }
        return g;
    }

    private double[] residual(double[] w) {
        double[] r = new double[m];
        for (int i = 0; i < m; i++) {
            r[i] = -b[i];
        }
        for (int j = 0; j < n; j++) {
            if (w[j] != 0) {
                for (int i = 0; i < m; i++) {
                    r[i] += w[j] * a[j][i];
                }
            }
        }
        return r;
    }

    /** The loss of the original (unscaled) problem. */
    private double loss(double[] w) {
        double[] r = residual(w);
        double s = 0;
        for (double v : r) {
            s += v * v;
        }
        return s * unscale * unscale;
    }
}
