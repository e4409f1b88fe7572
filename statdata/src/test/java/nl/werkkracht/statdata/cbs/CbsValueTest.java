package nl.werkkracht.statdata.cbs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import nl.werkkracht.core.observation.Dimension;
import nl.werkkracht.core.observation.Status;
import nl.werkkracht.core.observation.Unit;
import org.junit.jupiter.api.Test;

class CbsValueTest {

    @Test
    void shouldReadPaddedUntypedNumber() {
        CbsValue v = CbsValue.of("   135.5", "");
        assertThat(v.status()).isEqualTo(Status.DEFINITIVE);
        assertThat(v.value().getAsDouble()).isCloseTo(135.5, within(1e-12));
    }

    @Test
    void shouldReadTypedNumberTextAndNegativeNumbers() {
        assertThat(CbsValue.of("7559.0", null).value().getAsDouble()).isCloseTo(7559.0, within(1e-12));
        assertThat(CbsValue.of("  -12.5", "").value().getAsDouble()).isCloseTo(-12.5, within(1e-12));
    }

    @Test
    void shouldTreatDotQuestionMarkEmptyAndNullAsMissing() {
        assertThat(CbsValue.of("     .", "")).isEqualTo(CbsValue.MISSING);
        assertThat(CbsValue.of("?", "")).isEqualTo(CbsValue.MISSING);
        assertThat(CbsValue.of("   ", "")).isEqualTo(CbsValue.MISSING);
        assertThat(CbsValue.of(null, "")).isEqualTo(CbsValue.MISSING);
    }

    @Test
    void shouldTreatXAsConfidentialWithoutValue() {
        CbsValue v = CbsValue.of("       x", "");
        assertThat(v.status()).isEqualTo(Status.CONFIDENTIAL);
        assertThat(v.value()).isEmpty();
    }

    @Test
    void shouldTreatNihilDashAsExactlyZero() {
        CbsValue v = CbsValue.of("      -", "");
        assertThat(v.status()).isEqualTo(Status.DEFINITIVE);
        assertThat(v.value().getAsDouble()).isZero();
    }

    @Test
    void shouldRejectTextThatIsNoNumberNorSymbol() {
        assertThatThrownBy(() -> CbsValue.of("12,5", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'12,5' is not a number or a CBS symbol");
    }

    @Test
    void shouldMapV4ValueAttributes() {
        assertThat(CbsValue.of("5.5", "None").value().getAsDouble()).isCloseTo(5.5, within(1e-12));
        assertThat(CbsValue.of(null, "None")).isEqualTo(CbsValue.MISSING);
        assertThat(CbsValue.of(null, "Missing")).isEqualTo(CbsValue.MISSING);
        assertThat(CbsValue.of(null, "Impossible")).isEqualTo(CbsValue.MISSING);
        assertThat(CbsValue.of(null, "Confidential")).isEqualTo(CbsValue.CONFIDENTIAL);
        assertThat(CbsValue.of("0", "Nil")).isEqualTo(CbsValue.NIL);
        assertThatThrownBy(() -> CbsValue.of("1", "Rounded"))
                .hasMessageContaining("ValueAttribute 'Rounded' is unknown");
    }

    @Test
    void shouldReadCbsUnitsAsScaleAndDimension() {
        assertThat(CbsUnit.parse("mln euro").factorTo(Unit.MIO_EUR)).isCloseTo(1, within(1e-12));
        assertThat(CbsUnit.parse("mld euro").factorTo(Unit.MIO_EUR)).isCloseTo(1000, within(1e-9));
        assertThat(CbsUnit.parse("1 000 arbeidsjaren").factorTo(Unit.THS_FTE)).isCloseTo(1, within(1e-12));
        assertThat(CbsUnit.parse("x 1 000").factorTo(Unit.THS_JOB)).isCloseTo(1, within(1e-12));
        assertThat(CbsUnit.parse("x 1 000 000 uren").factorTo(Unit.MIO_HW)).isCloseTo(1, within(1e-12));
        assertThat(CbsUnit.parse("mln uren").dimension()).contains(Dimension.HOURS);
        assertThatThrownBy(() -> CbsUnit.parse("mln euro").factorTo(Unit.THS_FTE))
                .hasMessageContaining("measures MONEY, not THS_FTE");
        assertThatThrownBy(() -> CbsUnit.parse("kg")).hasMessageContaining("CBS unit 'kg' is not understood");
    }
}
