package nl.werkkracht.core.routeplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import nl.werkkracht.core.scan.Pillar;
import org.junit.jupiter.api.Test;

class ConditionTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void shouldReadComparisonsLaggingAndBalanceFlags() {
        assertThat(Condition.parse("org.rules < 50"))
                .isEqualTo(new Condition.Compare(Quantity.of("org.rules").orElseThrow(), Condition.Comparator.LT, 50));
        assertThat(Condition.parse("  absenteeism   >=5.5 "))
                .isEqualTo(new Condition.Compare(Quantity.ABSENTEEISM, Condition.Comparator.GE, 5.5));
        assertThat(Condition.parse("balance.gap <= 15").text()).isEqualTo("balance.gap <= 15");
        assertThat(Condition.parse("lagging people")).isEqualTo(new Condition.Lagging(Pillar.PEOPLE));
        assertThat(Condition.parse("lagging Technology").text()).isEqualTo("lagging technology");
        assertThat(Condition.parse("balance flagged")).isEqualTo(new Condition.BalanceFlagged());
    }

    @Test
    void shouldRejectUnknownQuantitiesPillarsAndSyntaxWithTheConditionInTheMessage() {
        assertThatThrownBy(() -> Condition.parse("org.rulez < 50"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown quantity 'org.rulez'");
        assertThatThrownBy(() -> Condition.parse("lagging finance")).hasMessageContaining("unknown pillar 'finance'");
        assertThatThrownBy(() -> Condition.parse("org.rules is low"))
                .hasMessageContaining("cannot read condition 'org.rules is low'");
    }

    @Test
    void shouldBeUnknownWhenTheQuantityWasNotMeasured() {
        Check check = Condition.parse("org.rules < 50").check(RoutePlanInput.NONE);

        assertThat(check.status()).isEqualTo(Check.Status.UNKNOWN);
        assertThat(check.actual()).isEmpty();
        assertThat(check.holds()).isFalse();
    }

    @Test
    void shouldHoldWithTheActualValue() {
        RoutePlanInput input = RoutePlanInput.builder().scale("org.rules", 38).build();

        Check below = Condition.parse("org.rules < 50").check(input);
        Check above = Condition.parse("org.rules > 50").check(input);

        assertThat(below.holds()).isTrue();
        assertThat(below.actual().getAsDouble()).isCloseTo(38, within(TOLERANCE));
        assertThat(above.status()).isEqualTo(Check.Status.FAILS);
        assertThat(above.actual().getAsDouble()).isCloseTo(38, within(TOLERANCE));
    }

    @Test
    void shouldNameTheLaggingPillarOnlyWhenTheBalanceIsFlagged() {
        RoutePlanInput flagged = RoutePlanInput.builder().pillars(40, 60, 70).build();
        RoutePlanInput balanced = RoutePlanInput.builder().pillars(60, 70, 75).build();

        assertThat(Condition.parse("lagging technology").check(flagged).holds()).isTrue();
        assertThat(Condition.parse("lagging people").check(flagged).holds()).isFalse();
        assertThat(Condition.parse("lagging technology").check(balanced).holds())
                .isFalse();
        assertThat(Condition.parse("balance flagged").check(flagged).actual().getAsDouble())
                .isCloseTo(30, within(TOLERANCE));
    }

    @Test
    void shouldWeighSeverityByUnitAndCapItAtOne() {
        assertThat(Condition.parse("org.rules < 50").severity(38)).isCloseTo(12.0 / 25, within(TOLERANCE));
        assertThat(Condition.parse("org.rules < 50").severity(10)).isCloseTo(1, within(TOLERANCE));
        assertThat(Condition.parse("absenteeism > 5").severity(7.5)).isCloseTo(0.5, within(TOLERANCE));
        assertThat(Condition.parse("productivity.ratio < 0.9").severity(0.8)).isCloseTo(0.4, within(TOLERANCE));
        assertThat(Condition.parse("employees < 50").severity(12)).isCloseTo(0, within(TOLERANCE));
        assertThat(Condition.parse("lagging people").severity(30)).isCloseTo(0.5, within(TOLERANCE));
    }
}
