package nl.werkkracht.core.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The simplex-constrained least-squares solver against an optimality certificate computed apart from it
 * ({@link Kkt}) on thousands of random problems of every shape, including more donors than rows, duplicated
 * donors and a target inside the donors' convex hull, and against a brute-force Frank-Wolfe search with exact
 * line search on small ones.
 */
class SimplexLeastSquaresTest {

    /** Random problems in {@link #shouldSatisfyKktOnRandomProblems}. */
    private static final int CASES = 3000;

    @Test
    void shouldSatisfyKktOnRandomProblems() {
        Random random = new Random(20241207);
        for (int c = 0; c < CASES; c++) {
            int n = 2 + random.nextInt(40);
            int m = 1 + random.nextInt(25);
            double scale = Math.pow(10, random.nextInt(9) - 4);
            double[][] a = new double[n][m];
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < m; i++) {
                    a[j][i] = scale * (random.nextGaussian() + (random.nextInt(4) == 0 ? 3 : 0));
                }
            }
            if (n > 3 && random.nextBoolean()) {
                a[1] = a[0].clone(); // a duplicated donor
            }
            double[] b = new double[m];
            boolean inside = random.nextBoolean();
            for (int i = 0; i < m; i++) {
                b[i] = inside ? 0.5 * (a[0][i] + a[n - 1][i]) : scale * 2 * random.nextGaussian();
            }

            SimplexLeastSquares.Solution s = SimplexLeastSquares.solve(a, b);

            Kkt.assertOptimal(a, b, s.weights(), 1e-9);
            int support = 0;
            for (double w : s.weights()) {
                support += w > 0 ? 1 : 0;
            }
            assertThat(support).as("case %d", c).isLessThanOrEqualTo(m + 1);
        }
    }

    @Test
    void shouldReachTheLossOfAnIndependentFrankWolfeSearch() {
        Random random = new Random(7);
        for (int c = 0; c < 200; c++) {
            int n = 2 + random.nextInt(8);
            int m = 2 + random.nextInt(6);
            double[][] a = new double[n][m];
            double[] b = new double[m];
            for (int i = 0; i < m; i++) {
                b[i] = random.nextGaussian();
                for (int j = 0; j < n; j++) {
                    a[j][i] = random.nextGaussian();
                }
            }
            double exact = SimplexLeastSquares.solve(a, b).loss();
            double approximate = frankWolfe(a, b, 20000);
            assertThat(exact).isLessThanOrEqualTo(approximate + 1e-12);
            assertThat(exact).isCloseTo(approximate, within(1e-2 * (1 + approximate)));
        }
    }

    @Test
    void shouldFindTheExactMixtureOfTwoDonors() {
        double[][] a = {{1, 2, 3}, {3, 2, 1}, {10, 10, 10}};
        double[] b = {1.5, 2, 2.5}; // 0.75 · first + 0.25 · second

        double[] w = SimplexLeastSquares.solve(a, b).weights();

        assertThat(w[0]).isCloseTo(0.75, within(1e-14));
        assertThat(w[1]).isCloseTo(0.25, within(1e-14));
        assertThat(w[2]).isZero();
    }

    @Test
    void shouldPutAllWeightOnTheNearestDonorWhenTheTargetLiesBeyondIt() {
        double[][] a = {{1, 1}, {2, 2}, {5, 5}};

        double[] w = SimplexLeastSquares.solve(a, new double[] {9, 9}).weights();

        assertThat(w).containsExactly(0, 0, 1);
    }

    @Test
    void shouldRejectProblemsItCannotSolve() {
        assertThatThrownBy(() -> SimplexLeastSquares.solve(new double[0][], new double[] {1}))
                .hasMessageContaining("at least one donor");
        assertThatThrownBy(() -> SimplexLeastSquares.solve(new double[][] {{1, 2}, {1}}, new double[] {1, 2}))
                .hasMessageContaining("2 values");
        assertThatThrownBy(() -> SimplexLeastSquares.solve(new double[][] {{1}, {Double.NaN}}, new double[] {1}))
                .hasMessageContaining("finite");
    }

    /** Frank-Wolfe with exact line search: slow but simple and independent of the active-set method. */
    private static double frankWolfe(double[][] a, double[] b, int iterations) {
        int n = a.length;
        int m = b.length;
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0 / n);
        double[] r = new double[m];
        for (int it = 0; it < iterations; it++) {
            for (int i = 0; i < m; i++) {
                r[i] = -b[i];
                for (int j = 0; j < n; j++) {
                    r[i] += w[j] * a[j][i];
                }
            }
            int best = 0;
            double bestG = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                double g = 0;
                for (int i = 0; i < m; i++) {
                    g += a[j][i] * r[i];
                }
                if (g < bestG) {
                    bestG = g;
                    best = j;
                }
            }
            // direction d = e_best - w; minimise ||r + t A d||² over t in [0, 1]
            double num = 0;
            double den = 0;
            for (int i = 0; i < m; i++) {
                double ad = a[best][i];
                for (int j = 0; j < n; j++) {
                    ad -= w[j] * a[j][i];
                }
                num -= r[i] * ad;
                den += ad * ad;
            }
            double t = den == 0 ? 0 : Math.max(0, Math.min(1, num / den));
            for (int j = 0; j < n; j++) {
                w[j] *= 1 - t;
            }
            w[best] += t;
        }
        double loss = 0;
        for (int i = 0; i < m; i++) {
            double s = -b[i];
            for (int j = 0; j < n; j++) {
                s += w[j] * a[j][i];
            }
            loss += s * s;
        }
        return loss;
    }
}
