package nl.werkkracht.core.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.IntStream;
import nl.werkkracht.core.WorkedExample;
import org.junit.jupiter.api.Test;

/** k-smoothed percentiles, frontier, rank and dispersion against the worked example (METHODS.md §9). */
class PeerStatisticsTest {

    private static final double TOLERANCE = 1e-9;
    private static final int K = DisclosureRule.MINIMUM_K;
    private static final WorkedExample EXAMPLE = WorkedExample.load("benchmark/statistics.txt");

    static PeerDistribution group(String name) {
        return PeerDistribution.of(values(name));
    }

    static double[] values(String name) {
        return EXAMPLE.table("values").stream()
                .filter(r -> r.text("group").equals(name))
                .mapToDouble(r -> r.number("value"))
                .toArray();
    }

    static double expected(String key) {
        return EXAMPLE.expected(key);
    }

    private static PeerDistribution oneTo(int n) {
        return PeerDistribution.of(IntStream.rangeClosed(1, n).asDoubleStream().toArray());
    }

    private static void assertNear(double actual, String key) {
        assertThat(actual).as(key).isCloseTo(expected(key), within(TOLERANCE));
    }

    private static void assertNear(java.util.OptionalDouble actual, String key) {
        assertThat(actual).as(key).isPresent();
        assertNear(actual.getAsDouble(), key);
    }

    @Test
    void shouldAverageTheFiveValuesAroundTheMedianAndShowNoQuartileThatTouchesTheExtremes() {
        PeerStatistics a = group("a").statistics(Direction.HIGHER_IS_BETTER, K).orElseThrow();

        assertThat(a.n()).isEqualTo(10);
        assertNear(a.get(Statistic.P50), "a.p50");
        assertNear(a.get(Statistic.FRONTIER), "a.frontier");
        assertNear(group("a").frontier(Direction.LOWER_IS_BETTER, K), "a.frontierLowerIsBetter");
        assertThat(a.get(Statistic.P25)).isEmpty();
        assertThat(a.get(Statistic.P75)).isEmpty();
        assertThat(a.get(Statistic.P10)).isEmpty();
        assertThat(a.get(Statistic.P90)).isEmpty();
        assertThat(a.dispersion()).isEmpty();
        assertThat(group("a").percentileWindow(50, K)).contains(new PeerDistribution.Window(3, 7));
        assertNear(group("a").percentileRank(52), "a.rank52");
        assertThat(PeerDistribution.rankBand(group("a").percentileRank(52).getAsDouble()))
                .isEqualTo((int) expected("a.rankBand52"));
        assertNear(SignificantFigures.benchmark(a.distanceToFrontier(52).getAsDouble()), "a.distance52");
    }

    @Test
    void shouldShowEveryPercentileAndTheInterdecileRatioInAGroupOfThirty() {
        PeerStatistics b = oneTo(30).statistics(Direction.HIGHER_IS_BETTER, K).orElseThrow();

        for (Statistic s : Statistic.values()) {
            assertNear(b.get(s), "b." + s.key());
        }
        assertNear(oneTo(30).frontier(Direction.LOWER_IS_BETTER, K), "b.frontierLowerIsBetter");
        assertThat(b.dispersion().orElseThrow().measure()).isEqualTo("P90/P10");
        assertNear(b.dispersion().orElseThrow().ratio(), "b.dispersion");
        PeerStatistics withoutTheTails = b.only(s -> s != Statistic.P90);
        assertThat(withoutTheTails.dispersion().orElseThrow().measure()).isEqualTo("P75/P25");
        assertNear(
                SignificantFigures.benchmark(
                        withoutTheTails.dispersion().orElseThrow().ratio()),
                "b.publishedDispersion");
    }

    @Test
    void shouldShowEachPercentileFromTheSizeTheMethodsName() {
        int[][] firstShown = {{50, 7}, {25, 11}, {75, 12}, {10, 26}, {90, 27}};
        for (int[] f : firstShown) {
            assertThat(PeerDistribution.percentileWindow(f[1] - 1, f[0], K))
                    .as("P%d at n = %d", f[0], f[1] - 1)
                    .isEmpty();
            for (int n = f[1]; n < 400; n++) {
                assertThat(PeerDistribution.percentileWindow(n, f[0], K))
                        .as("P%d at n = %d", f[0], n)
                        .isPresent();
            }
        }
        assertThat(PeerDistribution.percentileWindow(26, 90, K)).isEmpty();
        assertThat(PeerDistribution.percentileWindow(27, 90, K)).contains(new PeerDistribution.Window(21, 25));
        // k = 6: the window starts ⌊6/2⌋ = 3 before the centre
        assertThat(PeerDistribution.percentileWindow(9, 50, 6)).contains(new PeerDistribution.Window(1, 6));
    }

    @Test
    void shouldAverageTiesAndBandTheRankBelowTwenty() {
        PeerStatistics d = group("d").statistics(Direction.HIGHER_IS_BETTER, K).orElseThrow();

        assertNear(d.get(Statistic.P50), "d.p50");
        assertNear(d.get(Statistic.FRONTIER), "d.frontier");
        assertNear(group("d").percentileRank(20), "d.rank20");
        assertThat(PeerDistribution.rankBand(group("d").percentileRank(20).getAsDouble()))
                .isEqualTo((int) expected("d.rankBand20"));
        assertThat(PeerDistribution.rankBand(100)).isEqualTo(90);
        assertThat(PeerDistribution.rankBand(0)).isZero();
    }

    @Test
    void shouldGiveNoPercentileOrFrontierBelowKButTheRankOfTheOnlyValue() {
        PeerStatistics e = group("e").statistics(Direction.HIGHER_IS_BETTER, K).orElseThrow();

        assertThat(PeerDistribution.of().statistics(Direction.HIGHER_IS_BETTER, K))
                .isEmpty();
        assertThat(PeerDistribution.of().percentileRank(1)).isEmpty();
        assertThat(e.values()).isEmpty();
        assertNear(group("e").percentileRank(12.5), "e.rank");
        assertThat(e.distanceToFrontier(12.5)).isEmpty();
        assertThat(PeerDistribution.of(1, 2, 3, 4).frontier(Direction.HIGHER_IS_BETTER, K))
                .isEmpty();
        assertThat(PeerDistribution.of(1, 2, 3, 4, 5).frontier(Direction.HIGHER_IS_BETTER, K))
                .hasValue(3.0);
        assertThat(PeerDistribution.frontierSize(100, K)).isEqualTo(5);
        assertThat(PeerDistribution.frontierSize(101, K)).isEqualTo(6);
    }

    @Test
    void shouldLeaveDispersionAndDistanceEmptyWhenTheDenominatorIsNotPositive() {
        PeerStatistics f = group("f").statistics(Direction.HIGHER_IS_BETTER, K).orElseThrow();
        PeerStatistics negative = PeerDistribution.of(-9, -8, -7, -6, -5)
                .statistics(Direction.HIGHER_IS_BETTER, K)
                .orElseThrow();

        assertNear(f.get(Statistic.P25), "f.p25");
        assertNear(f.get(Statistic.P75), "f.p75");
        assertThat(f.dispersion()).isEmpty();
        assertThat(negative.get(Statistic.FRONTIER)).hasValue(-7.0);
        assertThat(negative.distanceToFrontier(-9)).isEmpty();
    }

    @Test
    void shouldNotLetTheAdvisersMedianBeComputedAnyMore() {
        PeerDistribution adviser = group("adviser");

        assertThat(adviser.percentile(50, K)).isEmpty();
        assertNear(adviser.frontier(Direction.HIGHER_IS_BETTER, K), "adviser.frontier");
        // the old definition, for the record: type 7 at h = 2.5 mixes 60 and 62.5
        double[] x = adviser.sortedValues();
        assertThat(x[2] + 0.5 * (x[3] - x[2])).isCloseTo(expected("adviser.type7median"), within(TOLERANCE));
    }

    @Test
    void shouldRoundToThreeSignificantDigitsHalfUp() {
        assertThat(SignificantFigures.benchmark(61.25)).isEqualTo(61.3);
        assertThat(SignificantFigures.benchmark(0.0123456)).isEqualTo(0.0123);
        assertThat(SignificantFigures.benchmark(123_456)).isEqualTo(123_000.0);
        assertThat(SignificantFigures.benchmark(2.875)).isEqualTo(2.88);
        assertThat(SignificantFigures.benchmark(99.95)).isEqualTo(100.0);
        assertThat(SignificantFigures.benchmark(-4.445)).isEqualTo(-4.45);
        assertThat(SignificantFigures.benchmark(0)).isZero();
        assertThatThrownBy(() -> SignificantFigures.benchmark(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRejectValuesThatAreNotNumbers() {
        assertThatThrownBy(() -> PeerDistribution.of(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PeerDistribution.percentileWindow(10, 100, K))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PeerDistribution.percentileWindow(10, 50, 4))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldKeepPercentilesMonotoneAndInsideTheirWindowsAwayFromTheExtremes() {
        var random = new Random(20240905L);
        for (int trial = 0; trial < 2_000; trial++) {
            int n = 1 + random.nextInt(trial < 1_000 ? 40 : 400);
            int k = trial % 7 == 0 ? 7 : K;
            boolean ties = trial % 3 == 0;
            double[] values = random.doubles(n, -50, 500)
                    .map(v -> ties ? Math.rint(v / 50) : v)
                    .toArray();
            PeerDistribution d = PeerDistribution.of(values);
            double[] x = d.sortedValues();
            PeerStatistics s = d.statistics(Direction.HIGHER_IS_BETTER, k).orElseThrow();
            double previous = Double.NEGATIVE_INFINITY;
            for (Statistic st : Statistic.values()) {
                if (!st.percentile() || s.get(st).isEmpty()) {
                    continue;
                }
                PeerDistribution.Window w = d.percentileWindow(st.percent(), k).orElseThrow();
                assertThat(w.size()).isEqualTo(k);
                assertThat(w.from()).isGreaterThanOrEqualTo(1);
                assertThat(w.to()).isLessThanOrEqualTo(n - 2);
                double q = s.get(st).getAsDouble();
                assertThat(q).isBetween(x[w.from()], x[w.to()]).isGreaterThanOrEqualTo(previous);
                previous = q;
            }
            if (n >= k) {
                double high = d.frontier(Direction.HIGHER_IS_BETTER, k).getAsDouble();
                double low = d.frontier(Direction.LOWER_IS_BETTER, k).getAsDouble();
                assertThat(high).isGreaterThanOrEqualTo(low).isGreaterThanOrEqualTo(previous - TOLERANCE);
            }
            double previousRank = -1;
            for (double v : x) {
                double rank = d.percentileRank(v).getAsDouble();
                assertThat(rank).isBetween(0.0, 100.0).isGreaterThanOrEqualTo(previousRank);
                previousRank = rank;
            }
        }
    }
}
