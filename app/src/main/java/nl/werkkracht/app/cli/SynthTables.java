package nl.werkkracht.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.werkkracht.app.synth.SynthView;

/** The synthetic-control result for people (a table of the path, with weights and tests as notes) and as CSV. */
final class SynthTables {

    private SynthTables() {}

    static Table table(SynthView v) {
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> csv = new ArrayList<>();
        for (SynthView.Gap g : v.gaps()) {
            rows.add(List.of(Integer.toString(g.time()), round(g.actual()), round(g.synthetic()), round(g.gap())));
            csv.add(List.of(
                    Integer.toString(g.time()),
                    Double.toString(g.actual()),
                    Double.toString(g.synthetic()),
                    Double.toString(g.gap())));
        }
        List<String> notes = new ArrayList<>();
        StringBuilder weights = new StringBuilder("weights:");
        v.weights().stream()
                .filter(w -> w.weight() > 0)
                .forEach(w -> weights.append(' ').append(w.unit()).append(' ').append(fixed(w.weight(), 3)));
        notes.add(weights.toString());
        notes.add(
                "pre-period RMSPE " + round(v.preRmspe()) + " (" + v.fitYears().size() + " years), post-period RMSPE "
                        + (v.postRmspe() == null ? "-" : round(v.postRmspe())) + ", ratio "
                        + (v.ratio() == null ? "-" : fixed(v.ratio(), 2)));
        if (v.placebo() != null) {
            notes.add("placebo test: rank " + v.placebo().rank() + " of "
                    + v.placebo().of() + ", p = " + fixed(v.placebo().pValue(), 3));
        }
        for (SynthView.PredictorRow p : v.predictors()) {
            notes.add("predictor " + p.name() + ": V " + fixed(p.v(), 3) + ", treated " + round(p.treated())
                    + ", synthetic " + round(p.synthetic()));
        }
        notes.add("fit " + v.fit() + ", verdict " + v.verdict());
        return new Table(
                "synthetic control of " + v.outcome() + " for " + v.treated() + " from " + v.treatmentStart(),
                List.of("time", "actual", "synthetic", "gap"),
                rows,
                csv,
                notes);
    }

    private static String round(double v) {
        double a = Math.abs(v);
        int decimals = a >= 1000 ? 0 : a >= 10 ? 2 : 4;
        return fixed(v, decimals);
    }

    private static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
