package nl.werkkracht.core.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Leave-one-out (Abadie, Diamond and Hainmueller 2015): the estimate again without each donor that has a
 * positive weight, to show how much one donor drives the result. A run that cannot be made (fewer than two
 * donors left) is not listed.
 */
public final class LeaveOneOut {

    private LeaveOneOut() {}

    /** One run: which donor was left out and the estimate without it. */
    public record Run(String dropped, SynthResult result) {
        public Run {
            Objects.requireNonNull(dropped, "dropped");
            Objects.requireNonNull(result, "result");
        }
    }

    public static List<Run> run(Panel outcome, SynthSpec spec, SynthResult actual) {
        List<Run> runs = new ArrayList<>();
        if (spec.donors().size() < 3) {
            return runs;
        }
        for (SynthResult.UnitWeight w : actual.weights()) {
            if (w.weight() > 0) {
                List<String> others =
                        spec.donors().stream().filter(d -> !d.equals(w.unit())).toList();
                runs.add(new Run(w.unit(), SyntheticControl.estimate(outcome, spec.with(spec.treated(), others))));
            }
        }
        return runs;
    }
}
