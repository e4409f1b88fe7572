package nl.werkkracht.core.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class UnitTest {

    @Test
    void shouldConvertMillionsOfEuroToEuro() {
        // 1.25 mln euro = 1.25 × 10^6 euro
        assertThat(Unit.MIO_EUR.convert(1.25, Unit.EUR)).isCloseTo(1_250_000, within(1e-6));
        assertThat(Unit.EUR.convert(3_000_000, Unit.MIO_EUR)).isCloseTo(3, within(1e-12));
        assertThat(Unit.MIO_EUR.convert(7, Unit.THS_EUR)).isCloseTo(7_000, within(1e-9));
    }

    @Test
    void shouldConvertThousandsOfHoursToHours() {
        // 2.5 thousand hours = 2 500 hours
        assertThat(Unit.THS_HW.convert(2.5, Unit.HW)).isCloseTo(2_500, within(1e-9));
        assertThat(Unit.HW.convert(500, Unit.THS_HW)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void shouldRefuseToConvertAcrossDimensions() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Unit.EUR.convert(1, Unit.HW))
                .withMessageContaining("cannot convert");
        assertThatIllegalArgumentException().isThrownBy(() -> Unit.THS_FTE.convert(1, Unit.THS_JOB));
    }

    @Test
    void shouldParseUnitCodeCaseInsensitively() {
        assertThat(Unit.parse(" mio_eur ")).contains(Unit.MIO_EUR);
        assertThat(Unit.parse("THS_HW")).contains(Unit.THS_HW);
        assertThat(Unit.parse("MIO_USD")).isEmpty();
        assertThat(Unit.parse(null)).isEmpty();
    }
}
