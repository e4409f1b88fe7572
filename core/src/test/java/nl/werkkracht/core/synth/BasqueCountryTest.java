package nl.werkkracht.core.synth;

import static nl.werkkracht.core.synth.BasqueData.BASQUE;
import static nl.werkkracht.core.synth.BasqueData.CATALONIA;
import static nl.werkkracht.core.synth.BasqueData.MADRID;
import static nl.werkkracht.core.synth.BasqueData.SPAIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reproduces the Basque Country study (Abadie and Gardeazabal 2003) as R's Synth computes it in the example of
 * its {@code dataprep} help page, on the data Synth ships ({@code worked-examples/synth/basque/}).
 *
 * <p>Reference values: Synth prints the weights Catalonia 0.851 and Madrid 0.149 (every other region 0); the
 * Python port pysyncon, which reproduces Synth, asserts 0.850816306 and 0.149183694 in its test of this example
 * ({@code tests/test_synth_basque.py}), and the placebo gaps quoted below. The gap path of the reference is
 * the Basque series minus those weights applied to Catalonia and Madrid.
 */
class BasqueCountryTest {

    private static final BasqueData DATA = BasqueData.load();
    private static final Panel GDP = DATA.panel("gdpcap");

    /** Tolerance on the weights against Synth's three printed decimals. */
    private static final double WEIGHT_TOLERANCE = 0.001;

    /** Tolerance on the gap per year against the reference path, thousands of 1986 USD per head. */
    private static final double GAP_TOLERANCE = 1e-4;

    private static final double PYSYNCON_CATALONIA = 0.850816306;
    private static final double PYSYNCON_MADRID = 0.149183694;

    private static SynthSpec synthExample(List<String> donors) {
        return new SynthSpec(BASQUE, donors, 1970, BasqueData.years(1960, 1969), DATA.synthExamplePredictors());
    }

    @Test
    void shouldReproduceSynthExampleWeights() {
        SynthResult r = SyntheticControl.estimate(GDP, synthExample(DATA.donors()));

        assertThat(r.weight(CATALONIA)).isCloseTo(0.851, within(WEIGHT_TOLERANCE));
        assertThat(r.weight(MADRID)).isCloseTo(0.149, within(WEIGHT_TOLERANCE));
        assertThat(r.weight(CATALONIA)).isCloseTo(PYSYNCON_CATALONIA, within(1e-4));
        assertThat(r.weights().stream().filter(w -> w.weight() > 0)).hasSize(2);
        assertThat(r.predictors()).hasSize(13);
        assertThat(r.predictors().stream()
                        .mapToDouble(SynthResult.PredictorBalance::v)
                        .sum())
                .isCloseTo(1, within(1e-12));
    }

    @Test
    void shouldReproduceSynthExampleGapPath() {
        SynthResult r = SyntheticControl.estimate(GDP, synthExample(DATA.donors()));

        assertThat(r.path()).hasSize(43);
        for (SynthResult.GapPoint p : r.path()) {
            double synthetic = PYSYNCON_CATALONIA * GDP.require(CATALONIA, p.time())
                    + PYSYNCON_MADRID * GDP.require(MADRID, p.time());
            double gap = GDP.require(BASQUE, p.time()) - synthetic;
            assertThat(p.gap()).as("gap in %d", p.time()).isCloseTo(gap, within(GAP_TOLERANCE));
        }
        // the economic cost of the conflict: the Basque Country falls about 10 % below its synthetic twin
        double gap1990 = r.path().stream()
                .filter(p -> p.time() == 1990)
                .findFirst()
                .orElseThrow()
                .gap();
        assertThat(gap1990).isBetween(-1.5, -0.5);
        assertThat(r.ratio().orElseThrow()).isGreaterThan(5);
    }

    /**
     * pysyncon's variant of the example (Spain as a whole among the donors, schooling as raw counts): the
     * Basque weights stay the same. Its test quotes placebo gaps for Catalonia, Madrid and Andalucia in
     * 1960-1970 from its own local search over {@code V}; the search here reaches a pre-period fit at least as
     * good for each of them (the sum of squared gaps over 1960-1969 is compared, which does not depend on the
     * sign convention of the quoted gaps), and Madrid, which lies above every donor and so has one best fit,
     * gets the same gap sizes.
     */
    @Test
    void shouldFitPlacebosAtLeastAsWellAsPysyncon() {
        List<String> donors =
                DATA.regions().stream().filter(r -> !r.equals(BASQUE)).toList();
        List<Predictor> predictors = new ArrayList<>();
        for (String c :
                new String[] {"school.illit", "school.prim", "school.med", "school.high", "school.post.high", "invest"
                }) {
            predictors.add(Predictor.mean(DATA.panel(c), 1964, 1969));
        }
        predictors.add(Predictor.mean(GDP, 1960, 1969));
        for (String c : new String[] {
            "sec.agriculture",
            "sec.energy",
            "sec.industry",
            "sec.construction",
            "sec.services.venta",
            "sec.services.nonventa"
        }) {
            predictors.add(Predictor.mean(DATA.panel(c), 1961, 1969));
        }
        predictors.add(Predictor.mean(DATA.panel("popdens"), 1969, 1969));
        SynthSpec spec = new SynthSpec(BASQUE, donors, 1970, BasqueData.years(1960, 1969), predictors);

        SynthResult r = SyntheticControl.estimate(GDP, spec);

        assertThat(r.weight(CATALONIA)).isCloseTo(PYSYNCON_CATALONIA, within(0.025));
        assertThat(r.weight(MADRID)).isCloseTo(PYSYNCON_MADRID, within(0.025));
        assertThat(r.weight(SPAIN)).isCloseTo(0, within(0.025));
        Map<String, double[]> quoted = Map.of(
                CATALONIA,
                new double[] {
                    -0.203808056,
                    -0.220131278,
                    -0.263867427,
                    -0.305086234,
                    -0.307812904,
                    -0.310500965,
                    -0.369694018,
                    -0.423575377,
                    -0.45873673,
                    -0.488697382
                },
                MADRID,
                new double[] {
                    -0.927175216,
                    -1.066517558,
                    -1.011035191,
                    -0.950460346,
                    -0.945849043,
                    -0.930054154,
                    -0.772216555,
                    -0.614639881,
                    -0.557819528,
                    -0.491421484
                },
                "Andalucia",
                new double[] {
                    0.005071129,
                    -0.002029762,
                    0.002976458,
                    0.008368423,
                    0.012947728,
                    0.0182735,
                    0.002324614,
                    -0.012943574,
                    -0.009046578,
                    -0.00457983
                });
        quoted.forEach((unit, gaps) -> {
            List<String> others = donors.stream().filter(d -> !d.equals(unit)).toList();
            SynthResult placebo = SyntheticControl.estimate(GDP, spec.with(unit, others));
            double ours = 0;
            double theirs = 0;
            for (int i = 0; i < gaps.length; i++) {
                int year = 1960 + i;
                double gap = placebo.path().stream()
                        .filter(p -> p.time() == year)
                        .findFirst()
                        .orElseThrow()
                        .gap();
                ours += gap * gap;
                theirs += gaps[i] * gaps[i];
                if (unit.equals(MADRID)) {
                    assertThat(Math.abs(gap)).as("%s %d", unit, year).isCloseTo(Math.abs(gaps[i]), within(0.025));
                }
            }
            assertThat(ours).as(unit).isLessThanOrEqualTo(theirs * (1 + 1e-6));
        });
    }

    /**
     * The outcome-only weights (no predictors) are checked by an independent optimality test: at the returned
     * weights the Karush-Kuhn-Tucker conditions of the quadratic programme hold, computed here from the raw
     * data. For a convex problem that proves the weights optimal.
     */
    @Test
    void shouldReturnOptimalOutcomeOnlyWeights() {
        List<String> donors = DATA.donors();
        List<Integer> years = BasqueData.years(1960, 1969);
        SynthResult r = SyntheticControl.estimate(GDP, new SynthSpec(BASQUE, donors, 1970, years, List.of()));

        double[] w = donors.stream().mapToDouble(r::weight).toArray();
        double[][] columns = new double[donors.size()][years.size()];
        double[] target = new double[years.size()];
        for (int t = 0; t < years.size(); t++) {
            target[t] = GDP.require(BASQUE, years.get(t));
            for (int j = 0; j < donors.size(); j++) {
                columns[j][t] = GDP.require(donors.get(j), years.get(t));
            }
        }
        Kkt.assertOptimal(columns, target, w, 1e-8);
        // the same weights as SciPy's SLSQP with ftol 1e-15 gives (run once by hand, see the report)
        assertThat(r.weight(MADRID)).isCloseTo(0.440491, within(1e-5));
        assertThat(r.weight("Baleares (Islas)")).isCloseTo(0.370037, within(1e-5));
        assertThat(r.weight("Rioja (La)")).isCloseTo(0.189472, within(1e-5));
        assertThat(r.preRmspe()).isCloseTo(Math.sqrt(0.04126349736274825 / 10), within(1e-9));
    }
}
