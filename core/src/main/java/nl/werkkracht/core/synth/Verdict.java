package nl.werkkracht.core.synth;

import java.util.Optional;

/**
 * What a synthetic-control estimate allows one to say (METHODS.md §15), in order of precedence.
 *
 * <p>The pre-period fit is judged against the outcome's spread across the units ({@link SynthResult#spread}):
 * a pre-period RMSPE above {@value #POOR_FIT_SHARE} of the spread, or a treated unit outside the donors' range in
 * more than half of the fitted years, is a poor fit, and then nothing is concluded. Above {@value #GOOD_FIT}
 * of the spread the fit is fair. An effect is called likely only with a good or fair fit and a placebo p-value
 * of at most {@value #SIGNIFICANCE}; with few donors that p-value cannot be reached at all ({@code 1/(donors +
 * 1)} is the smallest possible), which the verdict then says.
 */
public enum Verdict {
    /** The synthetic unit does not follow the treated unit before the start: no conclusion. */
    POOR_FIT,
    /** No data after the start yet. */
    NO_POST_PERIOD,
    /** Fit acceptable, but no placebo test was run. */
    NOT_TESTED,
    /** Fit acceptable and the gap is unusual among the placebos. */
    EFFECT_LIKELY,
    /** Fit acceptable, but placebos show gaps as large: no evidence of an effect. */
    NO_CLEAR_EFFECT,
    /** Fit acceptable, but too few donors for the placebo p-value to reach the threshold. */
    TOO_FEW_DONORS;

    /** Pre-RMSPE at most this share of the spread is a good fit. */
    public static final double GOOD_FIT = 0.1;

    /** Pre-RMSPE above this share of the spread is a poor fit. */
    public static final double POOR_FIT_SHARE = 0.25;

    /** The placebo p-value at or below which an effect is called likely. */
    public static final double SIGNIFICANCE = 0.1;

    /** How well the synthetic unit follows the treated unit before the start. */
    public enum Fit {
        GOOD,
        FAIR,
        POOR
    }

    public static Fit fit(SynthResult r) {
        boolean mostlyOutside = r.outsideRange().size() * 2 > r.fitTimes().size();
        double share = r.spread() > 0 ? r.preRmspe() / r.spread() : (r.preRmspe() == 0 ? 0 : Double.POSITIVE_INFINITY);
        if (mostlyOutside || share > POOR_FIT_SHARE) {
            return Fit.POOR;
        }
        return share <= GOOD_FIT ? Fit.GOOD : Fit.FAIR;
    }

    public static Verdict of(SynthResult r, Optional<PlaceboTest> placebo) {
        if (fit(r) == Fit.POOR) {
            return POOR_FIT;
        }
        if (r.postRmspe().isEmpty()) {
            return NO_POST_PERIOD;
        }
        if (placebo.isEmpty()) {
            return NOT_TESTED;
        }
        PlaceboTest p = placebo.get();
        if (1.0 / p.of() > SIGNIFICANCE) {
            return TOO_FEW_DONORS;
        }
        return p.pValue() <= SIGNIFICANCE ? EFFECT_LIKELY : NO_CLEAR_EFFECT;
    }
}
