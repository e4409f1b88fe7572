package nl.werkkracht.core.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.IntStream;
import nl.werkkracht.core.WorkedExample;
import org.junit.jupiter.api.Test;

class PeerStatisticsTest {

    private static final double TOLERANCE = 1e-9;
    private static final WorkedExample EXAMPLE = WorkedExample.load("benchmark/statistics.txt");

    private static PeerDistribution group(String name) {
        return PeerDistribution.of(EXAMPLE.table("values").stream()
                .filter(r -> r.text("group").equals(name))
                .mapToDouble(r -> r.number("value"))
                .toArray());
    }

    private static PeerDistribution oneTo(int n) {
        return PeerDistribution.of(IntStream.rangeClosed(1, n).asDoubleStream().toArray());
    }

    private static void assertNear(double actual, String key) {
        assertThat(actual).as(key).isCloseTo(EXAMPLE.expected(key), within(TOLERANCE));
    }

    @Test
    void shouldMatchTheWorkedExampleWithInterpolationAndAFrontierOfThree() {
        PeerStatistics a = group("a").statistics(Direction.HIGHER_IS_BETTER).orElseThrow();

        assertThat(a.n()).isEqualTo(10);
        assertNear(a.p10(), "a.p10");
        assertNear(a.p25(), "a.p25");
        assertNear(a.p50(), "a.p50");
        assertNear(a.p75(), "a.p75");
        assertNear(a.p90(), "a.p90");
        assertNear(a.frontier().getAsDouble(), "a.frontier");
        assertNear(group("a").frontier(Direction.LOWER_IS_BETTER).getAsDouble(), "a.frontierLowerIsBetter");
        assertNear(a.dispersion().getAsDouble(), "a.dispersion");
        assertNear(a.distanceToFrontier(52).getAsDouble(), "a.distance52");
        for (int v : new int[] {52, 50, 70, 30, 80}) {
            assertNear(group("a").percentileRank(v).getAsDouble(), "a.rank" + v);
        }
    }

    @Test
    void shouldUseMoreThanThreeForTheFrontierFromSixtyOneOrganisations() {
        PeerStatistics b = oneTo(61).statistics(Direction.HIGHER_IS_BETTER).orElseThrow();
        PeerStatistics c = oneTo(60).statistics(Direction.HIGHER_IS_BETTER).orElseThrow();

        assertThat(PeerDistribution.frontierSize(60)).isEqualTo(3);
        assertThat(PeerDistribution.frontierSize(61)).isEqualTo(4);
        assertNear(b.p10(), "b.p10");
        assertNear(b.p25(), "b.p25");
        assertNear(b.p50(), "b.p50");
        assertNear(b.p75(), "b.p75");
        assertNear(b.p90(), "b.p90");
        assertNear(b.frontier().getAsDouble(), "b.frontier");
        assertNear(oneTo(61).frontier(Direction.LOWER_IS_BETTER).getAsDouble(), "b.frontierLowerIsBetter");
        assertNear(c.frontier().getAsDouble(), "c.frontier");
        assertNear(c.p90(), "c.p90");
        assertNear(c.p10(), "c.p10");
    }

    @Test
    void shouldCountHalfTheTiesInThePercentileRank() {
        PeerStatistics d = group("d").statistics(Direction.HIGHER_IS_BETTER).orElseThrow();

        assertNear(group("d").percentileRank(20).getAsDouble(), "d.rank20");
        assertNear(d.p10(), "d.p10");
        assertNear(d.p25(), "d.p25");
        assertNear(d.p90(), "d.p90");
        assertNear(d.frontier().getAsDouble(), "d.frontier");
        assertNear(d.dispersion().getAsDouble(), "d.dispersion");
    }

    @Test
    void shouldGiveNothingForNoValuesAndTheValueItselfForOne() {
        PeerDistribution none = PeerDistribution.of();
        PeerStatistics e = group("e").statistics(Direction.HIGHER_IS_BETTER).orElseThrow();

        assertThat(none.statistics(Direction.HIGHER_IS_BETTER)).isEmpty();
        assertThat(none.percentile(0.5)).isEmpty();
        assertThat(none.percentileRank(1)).isEmpty();
        assertThat(none.frontier(Direction.HIGHER_IS_BETTER)).isEmpty();
        assertThat(none.dispersion()).isEmpty();
        assertNear(e.p10(), "e.p10");
        assertNear(e.p90(), "e.p90");
        assertNear(group("e").percentileRank(12.5).getAsDouble(), "e.rank");
        assertThat(e.frontier()).isEmpty();
        assertThat(e.distanceToFrontier(12.5)).isEmpty();
        assertThat(PeerDistribution.of(1, 2).frontier(Direction.HIGHER_IS_BETTER))
                .isEmpty();
        assertThat(PeerDistribution.of(1, 2, 3).frontier(Direction.HIGHER_IS_BETTER))
                .hasValue(2.0);
    }

    @Test
    void shouldLeaveDispersionAndDistanceEmptyWhenTheDenominatorIsNotPositive() {
        PeerStatistics f = group("f").statistics(Direction.HIGHER_IS_BETTER).orElseThrow();
        PeerStatistics negative = PeerDistribution.of(-9, -8, -7)
                .statistics(Direction.HIGHER_IS_BETTER)
                .orElseThrow();

        assertNear(f.p10(), "f.p10");
        assertThat(f.dispersion()).isEmpty();
        assertThat(negative.frontier()).hasValue(-8.0);
        assertThat(negative.distanceToFrontier(-9)).isEmpty();
    }

    @Test
    void shouldRejectValuesThatAreNotNumbers() {
        assertThatThrownBy(() -> PeerDistribution.of(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PeerDistribution.of(1).percentile(1.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldKeepPercentilesMonotoneWithinTheRangeAndTheFrontierBeyondP90() {
        var random = new Random(20240905L);
        for (int trial = 0; trial < 2_000; trial++) {
            int n = 1 + random.nextInt(trial < 1_000 ? 25 : 400);
            boolean ties = trial % 3 == 0;
            double[] values = random.doubles(n, -50, 500)
                    .map(v -> ties ? Math.rint(v / 50) : v)
                    .toArray();
            PeerDistribution d = PeerDistribution.of(values);
            double min = IntStream.range(0, n).mapToDouble(i -> values[i]).min().orElseThrow();
            double max = IntStream.range(0, n).mapToDouble(i -> values[i]).max().orElseThrow();

            double previous = Double.NEGATIVE_INFINITY;
            for (int p = 0; p <= 100; p++) {
                double q = d.percentile(p / 100.0).getAsDouble();
                assertThat(q).isBetween(min, max).isGreaterThanOrEqualTo(previous);
                previous = q;
            }
            assertThat(d.percentile(0).getAsDouble()).isCloseTo(min, within(0.0));
            assertThat(d.percentile(1).getAsDouble()).isCloseTo(max, within(0.0));
            double previousRank = -1;
            for (double v : d.sortedValues()) {
                double rank = d.percentileRank(v).getAsDouble();
                assertThat(rank).isBetween(0.0, 100.0).isGreaterThanOrEqualTo(previousRank);
                previousRank = rank;
            }
            if (n >= 3) {
                double high = d.frontier(Direction.HIGHER_IS_BETTER).getAsDouble();
                double low = d.frontier(Direction.LOWER_IS_BETTER).getAsDouble();
                // a mean of equal values may differ from them in the last bit
                assertThat(high).isBetween(min - TOLERANCE, max + TOLERANCE).isGreaterThanOrEqualTo(low - TOLERANCE);
                if (n >= 21) { // below 21 a frontier of 3 may include values under P90: see the next test
                    assertThat(high).isGreaterThanOrEqualTo(d.percentile(0.9).getAsDouble() - TOLERANCE);
                    assertThat(low).isLessThanOrEqualTo(d.percentile(0.1).getAsDouble() + TOLERANCE);
                }
            }
        }
    }

    @Test
    void shouldAllowAFrontierOfThreeBelowP90InSmallGroups() {
        PeerDistribution d = PeerDistribution.of(0, 0, 0, 10, 10);

        assertThat(d.percentile(0.9)).hasValue(10.0);
        assertThat(d.frontier(Direction.HIGHER_IS_BETTER).getAsDouble()).isCloseTo(20.0 / 3, within(TOLERANCE));
    }
}
