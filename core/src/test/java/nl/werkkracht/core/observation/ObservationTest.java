package nl.werkkracht.core.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ObservationTest {

    private static final Period Y2021 = Period.year(2021);

    @Test
    void shouldAcceptGrossValueAddedInCurrentPrices() {
        var o = Observation.of(
                Measure.GVA, "NL", "TOTAL", Y2021, 850_000, Unit.MIO_EUR, PriceBasis.CP, Status.PROVISIONAL);

        assertThat(o.value()).hasValue(850_000);
        assertThat(o.key()).isEqualTo(new ObservationKey(Measure.GVA, "NL", "TOTAL", Y2021, PriceBasis.CP));
    }

    @Test
    void shouldRejectUnitOfAnotherDimension() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        Observation.of(Measure.GVA, "NL", "A", Y2021, 1, Unit.HW, PriceBasis.CP, Status.DEFINITIVE))
                .withMessageContaining("does not measure");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Observation.of(
                        Measure.HOURS, "NL", "A", Y2021, 1, Unit.FTE, PriceBasis.NONE, Status.DEFINITIVE));
    }

    @Test
    void shouldRejectGrossValueAddedWithoutPriceBasis() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        Observation.of(Measure.GVA, "NL", "A", Y2021, 1, Unit.EUR, PriceBasis.NONE, Status.DEFINITIVE))
                .withMessageContaining("needs a price basis");
    }

    @Test
    void shouldRejectPriceBasisOnHours() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        Observation.of(Measure.HOURS, "NL", "A", Y2021, 1, Unit.HW, PriceBasis.CP, Status.DEFINITIVE))
                .withMessageContaining("has no price basis");
    }

    @Test
    void shouldRejectValueWithConfidentialStatus() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Observation.of(
                        Measure.GVA, "PV20", "B", Y2021, 12, Unit.MIO_EUR, PriceBasis.CP, Status.CONFIDENTIAL))
                .withMessageContaining("carries no value");
    }

    @Test
    void shouldRejectDefinitiveStatusWithoutValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        Observation.absent(Measure.GVA, "NL", "A", Y2021, Unit.EUR, PriceBasis.CP, Status.DEFINITIVE))
                .withMessageContaining("needs a value");
    }

    @Test
    void shouldKeepConfidentialCellWithoutValue() {
        var o = Observation.absent(Measure.GVA, "PV20", "B", Y2021, Unit.MIO_EUR, PriceBasis.CP, Status.CONFIDENTIAL);

        assertThat(o.value()).isEmpty();
        assertThat(o.valueIn(Unit.EUR)).isEmpty();
    }

    @Test
    void shouldRejectNegativeLabour() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Observation.of(
                        Measure.HOURS, "NL", "A", Y2021, -1, Unit.THS_HW, PriceBasis.NONE, Status.DEFINITIVE))
                .withMessageContaining("cannot be negative");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Observation.of(
                        Measure.PERSONS, "NL", "A", Y2021, -0.5, Unit.PER, PriceBasis.NONE, Status.DEFINITIVE));
    }

    @Test
    void shouldAcceptNegativeGrossValueAdded() {
        var o = Observation.of(Measure.GVA, "NL", "B", Y2021, -250, Unit.MIO_EUR, PriceBasis.PYP, Status.ESTIMATED);

        assertThat(o.value()).hasValue(-250);
    }

    @Test
    void shouldRejectNonFiniteValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Observation(
                        Measure.GVA,
                        "NL",
                        "A",
                        Y2021,
                        OptionalDouble.of(Double.NaN),
                        Unit.EUR,
                        PriceBasis.CP,
                        Status.DEFINITIVE));
    }

    @Test
    void shouldConvertValueToRequestedUnit() {
        var o = Observation.of(Measure.HOURS, "NL", "A", Y2021, 2.5, Unit.MIO_HW, PriceBasis.NONE, Status.DEFINITIVE);

        // 2.5 mln hours = 2 500 thousand hours = 2 500 000 hours
        assertThat(o.valueIn(Unit.THS_HW).getAsDouble()).isCloseTo(2_500, within(1e-9));
        assertThat(o.valueIn(Unit.HW).getAsDouble()).isCloseTo(2_500_000, within(1e-6));
    }

    @Test
    void shouldPrintKeyWithoutEmptyPriceBasis() {
        var hours = new ObservationKey(Measure.HOURS, "NL", "A", Y2021, PriceBasis.NONE);
        var gva = new ObservationKey(Measure.GVA, "NL", "A", Y2021, PriceBasis.clv(2015));

        assertThat(hours).hasToString("HOURS,NL,A,2021");
        assertThat(gva).hasToString("GVA,NL,A,2021,CLV2015");
    }
}
