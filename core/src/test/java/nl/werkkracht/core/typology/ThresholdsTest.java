package nl.werkkracht.core.typology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ThresholdsTest {

    private final Thresholds defaults = Thresholds.DEFAULT;

    @Test
    void shouldUseTwoAndAHalfAndTenByDefault() {
        assertThat(defaults.moderate()).isEqualTo(2.5);
        assertThat(defaults.strong()).isEqualTo(10);
    }

    @Test
    void shouldClassifyExactBoundariesAsInMethods() {
        // +10 is "catching up" (+2.5 < ΔR ≤ +10), ±2.5 "keeping pace", -10 "falling behind"
        assertThat(defaults.classify(10)).isEqualTo(CatchUpClass.CATCHING_UP);
        assertThat(defaults.classify(2.5)).isEqualTo(CatchUpClass.KEEPING_PACE);
        assertThat(defaults.classify(-2.5)).isEqualTo(CatchUpClass.KEEPING_PACE);
        assertThat(defaults.classify(-10)).isEqualTo(CatchUpClass.FALLING_BEHIND);
    }

    @Test
    void shouldClassifyJustBeyondBoundariesIntoTheNextClass() {
        assertThat(defaults.classify(Math.nextUp(10.0))).isEqualTo(CatchUpClass.STRONGLY_CATCHING_UP);
        assertThat(defaults.classify(Math.nextUp(2.5))).isEqualTo(CatchUpClass.CATCHING_UP);
        assertThat(defaults.classify(Math.nextDown(-2.5))).isEqualTo(CatchUpClass.FALLING_BEHIND);
        assertThat(defaults.classify(Math.nextDown(-10.0))).isEqualTo(CatchUpClass.STRONGLY_FALLING_BEHIND);
    }

    @Test
    void shouldClassifyInteriorValues() {
        assertThat(defaults.classify(25)).isEqualTo(CatchUpClass.STRONGLY_CATCHING_UP);
        assertThat(defaults.classify(6)).isEqualTo(CatchUpClass.CATCHING_UP);
        assertThat(defaults.classify(0)).isEqualTo(CatchUpClass.KEEPING_PACE);
        assertThat(defaults.classify(-6)).isEqualTo(CatchUpClass.FALLING_BEHIND);
        assertThat(defaults.classify(-25)).isEqualTo(CatchUpClass.STRONGLY_FALLING_BEHIND);
    }

    @Test
    void shouldRejectThresholdsThatAreNotOrderedPositiveAndFinite() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Thresholds(0, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> new Thresholds(-1, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> new Thresholds(5, 5));
        assertThatIllegalArgumentException().isThrownBy(() -> new Thresholds(5, 2));
        assertThatIllegalArgumentException().isThrownBy(() -> new Thresholds(Double.NaN, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> new Thresholds(2.5, Double.NaN));
        assertThatIllegalArgumentException().isThrownBy(() -> new Thresholds(2.5, Double.POSITIVE_INFINITY));
    }

    @Test
    void shouldCarryDutchLabels() {
        assertThat(CatchUpClass.STRONGLY_CATCHING_UP.labelNl()).isEqualTo("sterk inlopend");
        assertThat(CatchUpClass.KEEPING_PACE.labelNl()).isEqualTo("gelijke tred");
        assertThat(CatchUpClass.STRONGLY_FALLING_BEHIND.labelNl()).isEqualTo("sterk achterblijvend");
    }
}
