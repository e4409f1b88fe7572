package nl.werkkracht.core.followup;

import java.util.Objects;

/**
 * The two judgements follow-up makes, as parameters.
 *
 * @param adjustmentPeriod how long after the start of a technology or organisation intervention a fall is
 *     labelled {@link PointLabel#EXPECTED_DIP}. Default one year (4 quarters): Brynjolfsson, Rock &amp;
 *     Syverson (2021), "The Productivity J-Curve: How Intangibles Complement General Purpose
 *     Technologies", AEJ: Macroeconomics 13(1), show that measured productivity falls while the
 *     complementary intangible investment (new processes, training, reorganisation) is made and rises
 *     later; for one organisation's single intervention a year is a sober default, to be lengthened per
 *     network for large programmes.
 * @param tolerance the band around the baseline, in index points, within which a point is {@link
 *     PointLabel#STABLE}. Default 2 (2 % of the baseline): organisation-level yearly figures move by a few
 *     percent from noise alone (timing of invoices, one long-term sick leave in a small team), and a change
 *     that small should not be called an improvement or a decline. Must be ≥ 0.
 */
public record FollowUpSettings(java.time.Period adjustmentPeriod, double tolerance) {

    /** One year of adjustment, ±2 index points tolerance. */
    public static final FollowUpSettings DEFAULT = new FollowUpSettings(java.time.Period.ofYears(1), 2.0);

    public FollowUpSettings {
        Objects.requireNonNull(adjustmentPeriod, "adjustmentPeriod");
        if (adjustmentPeriod.isNegative()) {
            throw new IllegalArgumentException("adjustment period must not be negative: " + adjustmentPeriod);
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a finite number ≥ 0, got " + tolerance);
        }
    }
}
