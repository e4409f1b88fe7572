package nl.werkkracht.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final Target RAISE = new Target(100, 2023, 110, 2027, Direction.INCREASE);
    private static final Target LOWER = new Target(8, 2023, 6, 2027, Direction.DECREASE);

    private static Progress at(Target t, int year, double value) {
        return Progress.of(t, OptionalInt.of(year), OptionalDouble.of(value));
    }

    @Test
    void shouldMeasureTheShareOfTheWayToTheTargetInBothDirections() {
        assertThat(at(RAISE, 2025, 104).share().getAsDouble()).isCloseTo(0.4, within(1e-12));
        assertThat(at(LOWER, 2025, 7.5).share().getAsDouble()).isCloseTo(0.25, within(1e-12));
        assertThat(at(RAISE, 2025, 98).share().getAsDouble()).isCloseTo(-0.2, within(1e-12));
        assertThat(at(RAISE, 2026, 111).state()).isEqualTo(Progress.State.REACHED);
    }

    @Test
    void shouldSayWhenThereAreNoNewData() {
        assertThat(at(RAISE, 2023, 100).state()).isEqualTo(Progress.State.NO_NEW_DATA);
        assertThat(at(RAISE, 2023, 100).share()).isEmpty();
        assertThat(Progress.of(RAISE, OptionalInt.empty(), OptionalDouble.empty())
                        .state())
                .isEqualTo(Progress.State.NO_DATA);
    }

    @Test
    void shouldRejectATargetOnTheWrongSide() {
        assertThatThrownBy(() -> new Target(100, 2023, 90, 2027, Direction.INCREASE))
                .hasMessageContaining("must lie above the baseline");
        assertThatThrownBy(() -> new Target(100, 2023, 110, 2020, Direction.INCREASE))
                .hasMessageContaining("before the baseline year");
    }
}
