package nl.werkkracht.core.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A timed check that the placebo test is interactive: 40 regions (one treated, 39 donors, as the COROP level),
 * 20 years, outcome only. The JMH benchmark {@code SynthBenchmark} in the bench module measures it properly;
 * this test fails only when it takes longer than a second, with room for a busy build machine.
 */
class PlaceboBenchmarkTest {

    @Test
    void shouldRunPlacebosForFortyRegionsWellUnderASecond() {
        Panel panel = SynthInvariantsTest.randomPanel(new Random(40), 40, 2000, 2019);
        List<String> donors = panel.units().subList(1, 40);
        SynthSpec spec = SynthSpec.outcomeOnly("R00", donors, 2012);
        for (int warm = 0; warm < 20; warm++) {
            SynthAnalysis.run(panel, spec, true);
        }

        long best = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            SynthAnalysis a = SynthAnalysis.run(panel, spec, true);
            best = Math.min(best, System.nanoTime() - start);
            assertThat(a.placebo().orElseThrow().of()).isEqualTo(40);
        }

        System.out.printf("placebos for 40 regions (estimate, 39 placebos, leave-one-out): %.1f ms%n", best / 1e6);
        assertThat(best / 1e6).isLessThan(1000);
    }
}
