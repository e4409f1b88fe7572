package nl.werkkracht.core.synth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An optimality certificate for least squares on the simplex, independent of the solver: at {@code w} with
 * gradient {@code g = 2 A'(Aw - b)} and {@code μ = min_j g_j}, the Karush-Kuhn-Tucker conditions are {@code w ≥
 * 0}, {@code Σ w = 1}, and {@code g_j = μ} wherever {@code w_j > 0} (complementary slackness: {@code w_j (g_j -
 * μ) = 0}). The problem is convex, so they hold exactly at a minimum and only there.
 */
final class Kkt {

    private Kkt() {}

    /** @param tolerance on {@code Σ_j w_j (g_j - μ)}, relative to the gradient's scale */
    static void assertOptimal(double[][] columns, double[] b, double[] w, double tolerance) {
        int n = columns.length;
        int m = b.length;
        double sum = 0;
        for (double v : w) {
            assertThat(v).isGreaterThanOrEqualTo(0);
            sum += v;
        }
        assertThat(sum).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-12));
        double[] r = new double[m];
        for (int i = 0; i < m; i++) {
            r[i] = -b[i];
            for (int j = 0; j < n; j++) {
                r[i] += w[j] * columns[j][i];
            }
        }
        double[] g = new double[n];
        double mu = Double.POSITIVE_INFINITY;
        double scale = 1e-300;
        for (int j = 0; j < n; j++) {
            double s = 0;
            double norm = 0;
            for (int i = 0; i < m; i++) {
                s += columns[j][i] * r[i];
                norm += columns[j][i] * columns[j][i];
            }
            g[j] = 2 * s;
            mu = Math.min(mu, g[j]);
            scale = Math.max(scale, Math.sqrt(norm));
        }
        double bNorm = 0;
        for (double v : b) {
            bNorm += v * v;
        }
        scale = Math.max(scale * scale, scale * Math.sqrt(bNorm));
        double slack = 0;
        for (int j = 0; j < n; j++) {
            slack += w[j] * (g[j] - mu);
        }
        assertThat(slack / scale).as("complementary slackness").isLessThanOrEqualTo(tolerance);
    }
}
