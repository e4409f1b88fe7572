package nl.werkkracht.core.shiftshare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;
import nl.werkkracht.core.RandomEconomy;
import nl.werkkracht.core.productivity.OutputLabour;
import org.junit.jupiter.api.Test;

/** Properties of the classic shift-share that hold for any data (METHODS.md §3). */
class ShiftShareInvariantTest {

    @Test
    void shouldAddUpToTheChangeInAggregateProductivity() {
        var random = new Random(20_240_301L);
        for (int i = 0; i < RandomEconomy.CASES; i++) {
            int n = 1 + random.nextInt(12);
            var r = ShiftShare.decompose(RandomEconomy.sectors(random, n), RandomEconomy.sectors(random, n));

            double tolerance = RandomEconomy.relative(r.from(), r.to());
            assertThat(r.within() + r.staticShift() + r.dynamicShift())
                    .as("case %d", i)
                    .isCloseTo(r.change(), within(tolerance));
        }
    }

    @Test
    void shouldHavePerSectorTotalsThatAddUpToTheChange() {
        var random = new Random(20_240_302L);
        for (int i = 0; i < RandomEconomy.CASES; i++) {
            int n = 1 + random.nextInt(12);
            var r = ShiftShare.decompose(RandomEconomy.sectors(random, n), RandomEconomy.sectors(random, n));

            double sum = r.sectors().stream().mapToDouble(SectorShift::total).sum();
            assertThat(sum).as("case %d", i).isCloseTo(r.change(), within(RandomEconomy.relative(r.from(), r.to())));
        }
    }

    @Test
    void shouldEqualAggregateOutputOverAggregateLabour() {
        var random = new Random(20_240_303L);
        for (int i = 0; i < RandomEconomy.CASES; i++) {
            int n = 1 + random.nextInt(12);
            Map<String, OutputLabour> from = RandomEconomy.sectors(random, n);
            var r = ShiftShare.decompose(from, RandomEconomy.sectors(random, n));

            OutputLabour total = from.values().stream().reduce(new OutputLabour(0, 0), OutputLabour::plus);
            assertThat(r.from())
                    .as("case %d", i)
                    .isCloseTo(total.productivity().getAsDouble(), within(RandomEconomy.relative(r.from())));
        }
    }

    @Test
    void shouldAttributeEverythingToWithinWhenSharesDoNotMove() {
        var random = new Random(20_240_304L);
        for (int i = 0; i < RandomEconomy.CASES; i++) {
            Map<String, OutputLabour> from = RandomEconomy.sectors(random, 1 + random.nextInt(12));
            var to = new java.util.LinkedHashMap<String, OutputLabour>();
            double labourGrowth = 0.5 + random.nextDouble();
            from.forEach(
                    (k, v) -> to.put(k, new OutputLabour(RandomEconomy.output(random), v.labour() * labourGrowth)));

            var r = ShiftShare.decompose(from, to);

            double tolerance = RandomEconomy.relative(r.from(), r.to());
            assertThat(r.staticShift()).as("case %d", i).isCloseTo(0, within(tolerance));
            assertThat(r.dynamicShift()).as("case %d", i).isCloseTo(0, within(tolerance));
            assertThat(r.within()).as("case %d", i).isCloseTo(r.change(), within(tolerance));
        }
    }
}
