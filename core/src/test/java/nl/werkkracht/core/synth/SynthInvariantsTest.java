package nl.werkkracht.core.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Invariants of every synthetic-control estimate, on random regional panels: the weights lie on the simplex,
 * each gap is the actual value minus the synthetic value, the synthetic value is the weighted mean of the
 * donors, the RMSPEs are those of the gaps, the placebo p-value is rank / (donors + 1) with the rank counted
 * from the runs, and leave-one-out drops exactly the donors with positive weight.
 */
class SynthInvariantsTest {

    private static final int PANELS = 200;

    static Panel randomPanel(Random random, int units, int from, int to) {
        Map<String, Map<Integer, Double>> series = new LinkedHashMap<>();
        for (int u = 0; u < units; u++) {
            double level = 50 + 30 * random.nextDouble();
            double trend = random.nextGaussian();
            TreeMap<Integer, Double> s = new TreeMap<>();
            for (int t = from; t <= to; t++) {
                s.put(t, level + trend * (t - from) + random.nextGaussian());
            }
            series.put(String.format("R%02d", u), s);
        }
        return Panel.of("productivity", series);
    }

    @Test
    void shouldHoldForRandomPanels() {
        Random random = new Random(11);
        for (int c = 0; c < PANELS; c++) {
            int units = 4 + random.nextInt(10);
            Panel panel = randomPanel(random, units, 2000, 2020);
            List<String> all = panel.units();
            String treated = all.get(random.nextInt(units));
            List<String> donors = all.stream().filter(u -> !u.equals(treated)).toList();
            int start = 2008 + random.nextInt(8);
            List<Predictor> predictors = random.nextInt(5) == 0
                    ? List.of(Predictor.mean(panel, 2000, start - 1), Predictor.mean(panel, start - 3, start - 1))
                    : List.of();
            SynthSpec spec = new SynthSpec(treated, donors, start, List.of(), predictors);

            SynthAnalysis a = SynthAnalysis.run(panel, spec, true);
            SynthResult r = a.result();

            double sum = 0;
            for (SynthResult.UnitWeight w : r.weights()) {
                assertThat(w.weight()).isBetween(0.0, 1.0);
                sum += w.weight();
            }
            assertThat(sum).isCloseTo(1, within(1e-6));
            assertThat(r.weights()).hasSize(donors.size());
            double pre = 0;
            double post = 0;
            int posts = 0;
            for (SynthResult.GapPoint p : r.path()) {
                double synthetic = 0;
                for (SynthResult.UnitWeight w : r.weights()) {
                    synthetic += w.weight() * panel.require(w.unit(), p.time());
                }
                assertThat(p.actual()).isEqualTo(panel.require(treated, p.time()));
                assertThat(p.synthetic()).isCloseTo(synthetic, within(1e-6 * Math.abs(synthetic)));
                assertThat(p.gap()).isEqualTo(p.actual() - p.synthetic());
                if (p.time() < start) {
                    pre += p.gap() * p.gap();
                } else {
                    post += p.gap() * p.gap();
                    posts++;
                }
            }
            assertThat(r.preRmspe()).isCloseTo(Math.sqrt(pre / r.fitTimes().size()), within(1e-9));
            assertThat(r.postRmspe().orElseThrow()).isCloseTo(Math.sqrt(post / posts), within(1e-9));

            PlaceboTest p = a.placebo().orElseThrow();
            assertThat(p.of()).isEqualTo(donors.size() + 1);
            assertThat(p.pValue()).isEqualTo((double) p.rank() / (donors.size() + 1));
            double own = r.ratio().orElseThrow();
            assertThat(p.runs().get(0).ratio()).isEqualTo(own);
            assertThat(p.rank())
                    .isEqualTo(p.runs().stream().filter(x -> x.ratio() >= own).count());
            assertThat(p.runs().stream().map(PlaceboTest.Run::unit).toList())
                    .containsExactlyElementsOf(concat(treated, donors));

            List<String> positive = r.weights().stream()
                    .filter(w -> w.weight() > 0)
                    .map(SynthResult.UnitWeight::unit)
                    .toList();
            assertThat(a.leaveOneOut().stream().map(LeaveOneOut.Run::dropped).toList())
                    .containsExactlyElementsOf(donors.size() >= 3 ? positive : List.of());
            for (LeaveOneOut.Run run : a.leaveOneOut()) {
                assertThat(run.result().weight(run.dropped())).isZero();
                assertThat(run.result().weights()).hasSize(donors.size() - 1);
            }
        }
    }

    @Test
    void shouldNameTheMissingValue() {
        Map<String, Map<Integer, Double>> series = new LinkedHashMap<>();
        series.put("A", Map.of(2000, 1.0, 2001, 2.0, 2002, 3.0));
        series.put("B", Map.of(2000, 1.0, 2002, 3.0));
        series.put("C", Map.of(2000, 1.0, 2001, 2.0, 2002, 3.0));
        Panel panel = Panel.of("gdp", series);

        assertThatThrownBy(() -> SyntheticControl.estimate(panel, SynthSpec.outcomeOnly("A", List.of("B", "C"), 2002)))
                .hasMessage("no value of gdp for B in 2001");
        assertThatThrownBy(() -> SyntheticControl.estimate(panel, SynthSpec.outcomeOnly("X", List.of("B", "C"), 2002)))
                .hasMessageContaining("treated unit X is not in the panel");
        assertThatThrownBy(() -> SynthSpec.outcomeOnly("A", List.of("B"), 2002))
                .hasMessageContaining("at least two donors");
    }

    @Test
    void shouldReportNoPostPeriodInsteadOfAnEffect() {
        Panel panel = randomPanel(new Random(3), 5, 2000, 2010);

        SynthAnalysis a =
                SynthAnalysis.run(panel, SynthSpec.outcomeOnly("R00", List.of("R01", "R02", "R03"), 2015), true);

        assertThat(a.result().postRmspe()).isEmpty();
        assertThat(a.placebo()).isEmpty();
        assertThat(a.verdict()).isIn(Verdict.NO_POST_PERIOD, Verdict.POOR_FIT);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
