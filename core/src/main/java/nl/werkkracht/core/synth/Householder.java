package nl.werkkracht.core.synth;

/**
 * Linear least squares {@code min ||D y - r||} by Householder QR (Golub and Van Loan, Matrix Computations,
 * §5.3): backward stable, without forming the normal equations, whose condition number is the square of
 * {@code D}'s.
 */
final class Householder {

    /** A column whose diagonal element of R falls below this share of the largest one counts as dependent. */
    static final double RANK_TOLERANCE = 1e-11;

    private Householder() {}

    /**
     * @param columns {@code D} as columns, each of length {@code r.length}
     * @return {@code y}, or null when {@code D} has more columns than rows or dependent columns
     */
    static double[] leastSquares(double[][] columns, double[] r) {
        int p = columns.length;
        int m = r.length;
        if (p > m) {
            return null;
        }
        double[][] q = new double[p][];
        for (int c = 0; c < p; c++) {
            q[c] = columns[c].clone();
        }
        double[] rhs = r.clone();
        double[] diag = new double[p];
        double largest = 0;
        for (int c = 0; c < p; c++) {
            double ss = 0;
            for (int i = c; i < m; i++) {
                ss += q[c][i] * q[c][i];
            }
            double norm = Math.sqrt(ss);
            largest = Math.max(largest, norm);
            if (norm == 0 || norm <= RANK_TOLERANCE * largest) {
                return null;
            }
            double alpha = q[c][c] > 0 ? -norm : norm;
            // v = x - alpha e1, stored in q[c][c..m); H = I - 2 v v' / (v'v)
            q[c][c] -= alpha;
            double vv = 0;
            for (int i = c; i < m; i++) {
                vv += q[c][i] * q[c][i];
            }
            for (int k = c + 1; k < p; k++) {
                reflect(q[c], q[k], c, m, vv);
            }
            reflect(q[c], rhs, c, m, vv);
            diag[c] = alpha;
        }
        double[] y = new double[p];
        for (int c = p - 1; c >= 0; c--) {
            double s = rhs[c];
            for (int k = c + 1; k < p; k++) {
                s -= q[k][c] * y[k];
            }
            y[c] = s / diag[c];
        }
        return y;
    }

    private static void reflect(double[] v, double[] x, int from, int m, double vv) {
        if (vv == 0) {
            return;
        }
        double dot = 0;
        for (int i = from; i < m; i++) {
            dot += v[i] * x[i];
        }
        double f = 2 * dot / vv;
        for (int i = from; i < m; i++) {
            x[i] -= f * v[i];
        }
    }
}
