package nl.werkkracht.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import nl.werkkracht.core.synth.Panel;
import nl.werkkracht.core.synth.PlaceboTest;
import nl.werkkracht.core.synth.Predictor;
import nl.werkkracht.core.synth.SynthAnalysis;
import nl.werkkracht.core.synth.SynthResult;
import nl.werkkracht.core.synth.SynthSpec;
import nl.werkkracht.core.synth.SyntheticControl;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The synthetic control (issue 12, METHODS.md §15) at the size of the COROP level: 40 regions, 20 years, the
 * treatment after 12 of them.
 *
 * <ul>
 *   <li>{@link #estimate}: one estimate, outcome only (the exact simplex least squares).
 *   <li>{@link #placebos40}: the placebo test in space: the estimate for the treated region and for each of the 39
 *       donors as if treated.
 *   <li>{@link #analysis40}: estimate, 39 placebos and leave-one-out, as the evaluation page computes it.
 *   <li>{@link #estimateWithPredictors}: one estimate with three predictors and the nested search over V.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SynthBench {

    private Panel panel;
    private SynthSpec spec;
    private SynthSpec withPredictors;
    private SynthResult result;

    @Setup
    public void panel() {
        Random random = new Random(40);
        Map<String, Map<Integer, Double>> series = new LinkedHashMap<>();
        for (int u = 0; u < 40; u++) {
            double level = 50 + 30 * random.nextDouble();
            double trend = random.nextGaussian();
            TreeMap<Integer, Double> s = new TreeMap<>();
            for (int t = 2000; t < 2020; t++) {
                s.put(t, level + trend * (t - 2000) + random.nextGaussian());
            }
            series.put(String.format("CR%02d", u + 1), s);
        }
        panel = Panel.of("productivity", series);
        List<String> donors = panel.units().subList(1, 40);
        spec = SynthSpec.outcomeOnly("CR01", donors, 2012);
        withPredictors = new SynthSpec(
                "CR01",
                donors,
                2012,
                List.of(),
                List.of(
                        Predictor.mean(panel, 2000, 2011),
                        Predictor.mean(panel, 2009, 2011),
                        Predictor.mean(panel, 2000, 2002)));
        result = SyntheticControl.estimate(panel, spec);
    }

    @Benchmark
    public SynthResult estimate() {
        return SyntheticControl.estimate(panel, spec);
    }

    @Benchmark
    public PlaceboTest placebos40() {
        return PlaceboTest.run(panel, spec, result);
    }

    @Benchmark
    public SynthAnalysis analysis40() {
        return SynthAnalysis.run(panel, spec, true);
    }

    @Benchmark
    public SynthResult estimateWithPredictors() {
        return SyntheticControl.estimate(panel, withPredictors);
    }
}
