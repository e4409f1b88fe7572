package nl.werkkracht.core.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import nl.werkkracht.core.RandomEconomy;
import nl.werkkracht.core.productivity.OutputLabour;
import org.junit.jupiter.api.Test;

/** Properties of the regional gap decomposition that hold for any data (METHODS.md §4). */
class GapDecompositionInvariantTest {

    @Test
    void shouldAddUpToTheGap() {
        var random = new Random(20_240_401L);
        for (int i = 0; i < RandomEconomy.CASES; i++) {
            int n = 1 + random.nextInt(21);
            var r = GapDecomposition.decompose(RandomEconomy.sectors(random, n), RandomEconomy.sectors(random, n))
                    .orElseThrow();

            double tolerance = RandomEconomy.relative(r.region(), r.reference());
            assertThat(r.productivityEffect() + r.structureEffect() + r.interaction())
                    .as("case %d", i)
                    .isCloseTo(r.region() - r.reference(), within(tolerance));
            double contributions =
                    r.sectors().stream().mapToDouble(SectorGap::contribution).sum();
            assertThat(contributions).as("case %d", i).isCloseTo(r.gap(), within(tolerance));
        }
    }

    @Test
    void shouldAddUpToTheGapWithSectorsWithoutRegionalLabour() {
        var random = new Random(20_240_402L);
        for (int i = 0; i < RandomEconomy.CASES; i++) {
            int n = 2 + random.nextInt(20);
            var region = new LinkedHashMap<>(RandomEconomy.sectors(random, n));
            region.put("S0", new OutputLabour(0, 0));

            var r = GapDecomposition.decompose(region, RandomEconomy.sectors(random, n))
                    .orElseThrow();

            double tolerance = RandomEconomy.relative(r.region(), r.reference());
            assertThat(r.productivityEffect() + r.structureEffect() + r.interaction())
                    .as("case %d", i)
                    .isCloseTo(r.gap(), within(tolerance));
            assertThat(r.sectors().stream().mapToDouble(SectorGap::contribution).sum())
                    .as("case %d", i)
                    .isCloseTo(r.gap(), within(tolerance));
        }
    }

    @Test
    void shouldGiveNoGapForRegionIdenticalToReference() {
        var random = new Random(20_240_403L);
        for (int i = 0; i < RandomEconomy.CASES; i++) {
            Map<String, OutputLabour> reference = positive(RandomEconomy.sectors(random, 1 + random.nextInt(21)));
            // the same economy at another scale: same shares, same productivities
            var region = RandomEconomy.scaled(reference, 0.001 + random.nextDouble());

            var r = GapDecomposition.decompose(region, reference).orElseThrow();

            double tolerance = RandomEconomy.relative(r.region(), r.reference());
            assertThat(r.gap()).as("case %d", i).isCloseTo(0, within(tolerance));
            assertThat(r.productivityEffect()).isCloseTo(0, within(tolerance));
            assertThat(r.structureEffect()).isCloseTo(0, within(tolerance));
            assertThat(r.interaction()).isCloseTo(0, within(tolerance));
            assertThat(r.index().getAsDouble()).as("case %d", i).isCloseTo(100, within(1e-9));
            assertThat(r.structureCorrectedIndex().getAsDouble())
                    .as("case %d", i)
                    .isCloseTo(100, within(1e-9));
            assertThat(r.expectedLevel()).isCloseTo(r.reference(), within(tolerance));
        }
    }

    @Test
    void shouldGiveExactlyZeroGapForTheSameFigures() {
        var random = new Random(20_240_404L);
        Map<String, OutputLabour> economy = positive(RandomEconomy.sectors(random, 10));

        var r = GapDecomposition.decompose(economy, economy).orElseThrow();

        assertThat(r.gap()).isZero();
        assertThat(r.index().getAsDouble()).isEqualTo(100);
    }

    @Test
    void shouldCorrectStructureSoThatOnlyTheProductivityEffectRemains() {
        // P*_r - P_n = Σ s_n,i (p_r,i - p_n,i): the corrected level differs from the reference
        // exactly by the productivity effect
        var random = new Random(20_240_405L);
        for (int i = 0; i < RandomEconomy.CASES; i++) {
            int n = 1 + random.nextInt(21);
            var r = GapDecomposition.decompose(RandomEconomy.sectors(random, n), RandomEconomy.sectors(random, n))
                    .orElseThrow();

            assertThat(r.correctedLevel() - r.reference())
                    .as("case %d", i)
                    .isCloseTo(r.productivityEffect(), within(RandomEconomy.relative(r.region(), r.reference())));
            assertThat(r.expectedLevel() - r.reference())
                    .as("case %d", i)
                    .isCloseTo(r.structureEffect(), within(RandomEconomy.relative(r.region(), r.reference())));
        }
    }

    /** Reference productivity must be non-zero for an index. */
    private static Map<String, OutputLabour> positive(Map<String, OutputLabour> sectors) {
        var out = new LinkedHashMap<String, OutputLabour>();
        sectors.forEach((k, v) -> out.put(k, new OutputLabour(Math.abs(v.output()) + 1, v.labour())));
        return out;
    }
}
