package nl.werkkracht.app.synth;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import nl.werkkracht.core.synth.LeaveOneOut;
import nl.werkkracht.core.synth.PlaceboTest;
import nl.werkkracht.core.synth.SynthAnalysis;
import nl.werkkracht.core.synth.SynthResult;
import nl.werkkracht.core.synth.Verdict;

/**
 * A synthetic-control evaluation as the CLI ({@code werkkracht synth --output json}) and the API write it
 * (README "Command-line interface"): numbers unrounded, a ratio that is infinite (an exact pre-period fit) or
 * undefined as null, no placebo block when no placebo test was run.
 *
 * @param outcome what was evaluated (the outcome column or indicator)
 * @param treated the treated unit
 * @param treatmentStart the first treated period
 * @param fitYears the pre-period years the weights were fitted on
 * @param postYears the number of periods from the treatment start on
 * @param weights every donor, largest weight first
 * @param preRmspe root mean squared gap in the fitted years
 * @param postRmspe root mean squared gap from the start on; null without such periods
 * @param ratio postRmspe / preRmspe; null when undefined or infinite
 * @param meanPostGap the average gap from the start on: the estimated effect; null without post periods
 * @param spread the outcome's spread across units in the fitted years, the yardstick of the fit
 * @param fit GOOD, FAIR or POOR (METHODS.md §15: a poor fit allows no conclusion)
 * @param verdict what may be concluded: POOR_FIT, NO_POST_PERIOD, NOT_TESTED, EFFECT_LIKELY, NO_CLEAR_EFFECT,
 *     TOO_FEW_DONORS
 * @param outsideRange fitted years in which the treated unit lies above or below every donor
 * @param gaps actual, synthetic and gap per period
 * @param placebo the placebo test in space; null when not run
 * @param predictors the balance table; empty when only the outcome was fitted
 * @param leaveOneOut the estimate without each donor with positive weight
 */
@Schema(name = "SyntheticControl", description = "A synthetic-control estimate with placebo test and leave-one-out")
public record SynthView(
        String outcome,
        String treated,
        int treatmentStart,
        List<Integer> fitYears,
        int postYears,
        List<Weight> weights,
        double preRmspe,
        Double postRmspe,
        Double ratio,
        Double meanPostGap,
        double spread,
        String fit,
        String verdict,
        List<Integer> outsideRange,
        List<Gap> gaps,
        Placebo placebo,
        List<PredictorRow> predictors,
        List<Dropped> leaveOneOut) {

    /** A donor's weight. */
    public record Weight(String unit, double weight) {}

    /** One period. */
    public record Gap(int time, double actual, double synthetic, double gap) {}

    /**
     * The placebo test: the treated unit's rank among all units by post/pre RMSPE ratio, p = rank / of.
     *
     * @param runs every unit's RMSPEs and ratio, the treated unit first
     */
    public record Placebo(int rank, int of, double pValue, List<PlaceboRun> runs) {}

    /** One unit of the placebo test, with its gap per period (for the grey lines of the chart). */
    public record PlaceboRun(
            String unit, boolean treated, double preRmspe, double postRmspe, Double ratio, List<PlaceboGap> gaps) {}

    /** A placebo's gap in one period. */
    public record PlaceboGap(int time, double gap) {}

    /** A row of the balance table. */
    public record PredictorRow(String name, double v, double treated, double synthetic, double donorMean) {}

    /** The estimate without one donor. */
    public record Dropped(
            String dropped, double preRmspe, Double postRmspe, List<Weight> weights, List<PlaceboGap> gaps) {}

    public static SynthView of(String outcome, SynthAnalysis a) {
        SynthResult r = a.result();
        return new SynthView(
                outcome,
                r.treated(),
                r.treatmentStart(),
                r.fitTimes(),
                (int) r.path().stream()
                        .filter(p -> p.time() >= r.treatmentStart())
                        .count(),
                weights(r),
                r.preRmspe(),
                r.postRmspe().isPresent() ? r.postRmspe().getAsDouble() : null,
                finite(r.ratio().isPresent() ? r.ratio().getAsDouble() : Double.NaN),
                r.meanPostGap().isPresent() ? r.meanPostGap().getAsDouble() : null,
                r.spread(),
                Verdict.fit(r).name(),
                a.verdict().name(),
                r.outsideRange(),
                r.path().stream()
                        .map(p -> new Gap(p.time(), p.actual(), p.synthetic(), p.gap()))
                        .toList(),
                a.placebo().map(SynthView::placebo).orElse(null),
                r.predictors().stream()
                        .map(p -> new PredictorRow(p.name(), p.v(), p.treated(), p.synthetic(), p.donorMean()))
                        .toList(),
                a.leaveOneOut().stream().map(SynthView::dropped).toList());
    }

    /** The same view with unit codes replaced by names where {@code names} has one (for pages and reports). */
    public SynthView named(Map<String, String> names) {
        java.util.function.UnaryOperator<String> n = u -> names.getOrDefault(u, u);
        return new SynthView(
                outcome,
                n.apply(treated),
                treatmentStart,
                fitYears,
                postYears,
                weights.stream()
                        .map(w -> new Weight(n.apply(w.unit()), w.weight()))
                        .toList(),
                preRmspe,
                postRmspe,
                ratio,
                meanPostGap,
                spread,
                fit,
                verdict,
                outsideRange,
                gaps,
                placebo == null
                        ? null
                        : new Placebo(
                                placebo.rank(),
                                placebo.of(),
                                placebo.pValue(),
                                placebo.runs().stream()
                                        .map(r -> new PlaceboRun(
                                                n.apply(r.unit()),
                                                r.treated(),
                                                r.preRmspe(),
                                                r.postRmspe(),
                                                r.ratio(),
                                                r.gaps()))
                                        .toList()),
                predictors,
                leaveOneOut.stream()
                        .map(d -> new Dropped(
                                n.apply(d.dropped()),
                                d.preRmspe(),
                                d.postRmspe(),
                                d.weights().stream()
                                        .map(w -> new Weight(n.apply(w.unit()), w.weight()))
                                        .toList(),
                                d.gaps()))
                        .toList());
    }

    private static List<Weight> weights(SynthResult r) {
        return r.weights().stream().map(w -> new Weight(w.unit(), w.weight())).toList();
    }

    private static Placebo placebo(PlaceboTest p) {
        return new Placebo(
                p.rank(),
                p.of(),
                p.pValue(),
                p.runs().stream()
                        .map(r -> new PlaceboRun(
                                r.unit(),
                                r.treated(),
                                r.preRmspe(),
                                r.postRmspe(),
                                finite(r.ratio()),
                                r.gaps().stream()
                                        .map(g -> new PlaceboGap(g.time(), g.gap()))
                                        .toList()))
                        .toList());
    }

    private static Dropped dropped(LeaveOneOut.Run run) {
        SynthResult r = run.result();
        return new Dropped(
                run.dropped(),
                r.preRmspe(),
                r.postRmspe().isPresent() ? r.postRmspe().getAsDouble() : null,
                weights(r).stream().filter(w -> w.weight() > 0).toList(),
                r.path().stream().map(p -> new PlaceboGap(p.time(), p.gap())).toList());
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
