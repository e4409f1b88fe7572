package nl.werkkracht.core.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DisclosureRuleTest {

    private final DisclosureRule rule = DisclosureRule.DEFAULT;

    @Test
    void shouldApplyTheFrequencyRuleBelowFive() {
        assertThat(rule.primary(new double[] {1, 2, 3, 4}, false)).contains(SuppressionReason.FREQUENCY);
        assertThat(rule.primary(new double[] {1, 2, 3, 4, 5}, false)).isEmpty();
        assertThat(new DisclosureRule(7).primary(new double[] {1, 2, 3, 4, 5, 6}, false))
                .contains(SuppressionReason.FREQUENCY);
    }

    @Test
    void shouldOnlyAllowRaisingK() {
        assertThatThrownBy(() -> new DisclosureRule(4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new DisclosureRule(10).k()).isEqualTo(10);
    }

    @Test
    void shouldSuppressWhenTheLargestHoldsMoreThanHalf() {
        assertThat(rule.primary(new double[] {51, 10, 10, 10, 19}, true)).contains(SuppressionReason.DOMINANCE);
        assertThat(rule.primary(new double[] {50, 10, 10, 10, 20}, true)).isEmpty(); // exactly 50 %: allowed
        assertThat(rule.primary(new double[] {51, 10, 10, 10, 19}, false)).isEmpty(); // not additive
    }

    @Test
    void shouldSuppressWhenTheTwoLargestHoldMoreThanEightyFivePercent() {
        assertThat(rule.primary(new double[] {45, 40, 5, 5, 5}, true)).isEmpty(); // exactly 85 %
        assertThat(rule.primary(new double[] {46, 40, 5, 5, 4}, true)).contains(SuppressionReason.DOMINANCE);
    }

    @Test
    void shouldCountALossAsAContribution() {
        // value added -300 is the largest contribution in absolute terms: 300 / 400 > 50 %
        assertThat(DisclosureRule.dominated(new double[] {-300, 25, 25, 25, 25}))
                .isTrue();
        assertThat(DisclosureRule.dominated(new double[] {0, 0, 0, 0, 0})).isFalse();
    }

    @Test
    void shouldBandSuppressedCountsWithoutTheExactNumber() {
        assertThat(rule.band(1).label()).isEqualTo("< 5");
        assertThat(rule.band(0).label()).isEqualTo("< 5");
        assertThat(rule.band(12).label()).isEqualTo("≥ 5");
    }
}
