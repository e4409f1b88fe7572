package nl.werkkracht.core.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Inference by placebos in space (Abadie, Diamond and Hainmueller 2010; METHODS.md §15): the same estimate
 * with each donor in turn as if it were treated, its donors the other donors (never the treated unit). The
 * treated unit's post/pre RMSPE ratio is ranked among all of them, largest first; the permutation p-value is
 * {@code rank / (donors + 1)}. Ties count against the treated unit (its rank is the number of units whose
 * ratio is at least its own), so the p-value is never too small.
 *
 * @param rank the treated unit's rank, 1 = the largest ratio
 * @param of the number of units ranked: donors + 1
 * @param runs the treated unit's run first, then one per donor in the donors' order
 */
public record PlaceboTest(int rank, int of, List<Run> runs) {

    public PlaceboTest {
        runs = List.copyOf(runs);
        if (rank < 1 || rank > of) {
            throw new IllegalArgumentException("rank " + rank + " is not between 1 and " + of);
        }
    }

    /** {@code rank / of}. */
    public double pValue() {
        return (double) rank / of;
    }

    /**
     * One unit's estimate as if treated.
     *
     * @param gaps the gap per period of the treated unit's path (empty where this run has none)
     * @param ratio post/pre RMSPE, infinite for an exact pre-period fit with a post-period gap
     */
    public record Run(String unit, boolean treated, double preRmspe, double postRmspe, double ratio, List<Gap> gaps) {
        public Run {
            Objects.requireNonNull(unit, "unit");
            gaps = List.copyOf(gaps);
        }
    }

    /** A placebo's gap in one period. */
    public record Gap(int time, double gap) {}

    /**
     * Runs the test.
     *
     * @param actual the treated unit's own estimate (so it is not computed twice)
     * @throws IllegalArgumentException when the estimate has no post-period, or a donor's run fails (naming it)
     */
    public static PlaceboTest run(Panel outcome, SynthSpec spec, SynthResult actual) {
        if (actual.ratio().isEmpty()) {
            throw new IllegalArgumentException(
                    "no period from " + spec.treatmentStart() + " on has data: a placebo test needs a post-period");
        }
        List<Run> runs = new ArrayList<>();
        runs.add(run(actual, true));
        for (String donor : spec.donors()) {
            List<String> others =
                    spec.donors().stream().filter(d -> !d.equals(donor)).toList();
            SynthResult r = SyntheticControl.estimate(outcome, spec.with(donor, others));
            if (r.ratio().isEmpty()) {
                throw new IllegalArgumentException("the placebo for " + donor + " has no post-period values");
            }
            runs.add(run(r, false));
        }
        double own = runs.get(0).ratio();
        int rank = (int) runs.stream().filter(r -> r.ratio() >= own).count();
        return new PlaceboTest(rank, runs.size(), runs);
    }

    private static Run run(SynthResult r, boolean treated) {
        OptionalDouble ratio = r.ratio();
        return new Run(
                r.treated(),
                treated,
                r.preRmspe(),
                r.postRmspe().orElseThrow(),
                ratio.orElseThrow(),
                r.path().stream().map(p -> new Gap(p.time(), p.gap())).toList());
    }
}
