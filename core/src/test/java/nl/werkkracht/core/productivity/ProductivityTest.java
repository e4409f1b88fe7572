package nl.werkkracht.core.productivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import nl.werkkracht.core.observation.LabourMeasure;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.PriceBasis;
import org.junit.jupiter.api.Test;

class ProductivityTest {

    @Test
    void shouldDivideOutputByLabour() {
        // p = Y / L = 4 500 000 euro / 75 000 hours = 60 euro per hour worked
        var p = Productivity.of(
                "PV20",
                "C",
                2021,
                Measure.GVA,
                LabourMeasure.HOURS,
                PriceBasis.CP,
                new OutputLabour(4_500_000, 75_000));

        assertThat(p.value().getAsDouble()).isCloseTo(60, within(1e-12));
        assertThat(p.unit()).isEqualTo("EUR/HW");
        assertThat(p.labour().perNl()).isEqualTo("per gewerkt uur");
    }

    @Test
    void shouldLeaveProductivityUndefinedWhenLabourIsZero() {
        var p = Productivity.of(
                "NL", "B", 2021, Measure.GVA, LabourMeasure.FTE, PriceBasis.CP, new OutputLabour(1_000, 0));

        assertThat(p.value()).isEmpty();
        assertThat(new OutputLabour(0, 0).productivity()).isEmpty();
    }

    @Test
    void shouldCarryNegativeValueAdded() {
        // a loss-making sector: -50 / 10 = -5, not clipped to 0
        assertThat(new OutputLabour(-50, 10).productivity().getAsDouble()).isCloseTo(-5, within(1e-12));
    }

    @Test
    void shouldRejectNegativeOrNonFiniteLabour() {
        assertThatIllegalArgumentException().isThrownBy(() -> new OutputLabour(10, -1));
        assertThatIllegalArgumentException().isThrownBy(() -> new OutputLabour(10, Double.NaN));
        assertThatIllegalArgumentException().isThrownBy(() -> new OutputLabour(Double.POSITIVE_INFINITY, 1));
    }

    @Test
    void shouldAddOutputAndLabourNotProductivities() {
        // (100 + 300) / (10 + 10) = 20, not (10 + 30) / 2 weighted otherwise
        var sum = new OutputLabour(100, 10).plus(new OutputLabour(300, 10));

        assertThat(sum.output()).isCloseTo(400, within(1e-12));
        assertThat(sum.labour()).isCloseTo(20, within(1e-12));
        assertThat(sum.productivity().getAsDouble()).isCloseTo(20, within(1e-12));
    }
}
