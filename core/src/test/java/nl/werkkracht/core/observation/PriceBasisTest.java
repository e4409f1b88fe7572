package nl.werkkracht.core.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PriceBasisTest {

    @Test
    void shouldParseCurrentAndPreviousYearPrices() {
        assertThat(PriceBasis.parse("CP")).contains(PriceBasis.CP);
        assertThat(PriceBasis.parse(" pyp ")).contains(PriceBasis.PYP);
    }

    @Test
    void shouldParseChainLinkedVolumesWithReferenceYear() {
        var clv = PriceBasis.parse("CLV2015").orElseThrow();

        assertThat(clv.kind()).isEqualTo(PriceBasis.Kind.CLV);
        assertThat(clv.referenceYear()).isEqualTo(2015);
        assertThat(clv.code()).isEqualTo("CLV2015");
    }

    @Test
    void shouldParseEmptyCodeAsNoPriceBasis() {
        assertThat(PriceBasis.parse("")).contains(PriceBasis.NONE);
        assertThat(PriceBasis.parse(null)).contains(PriceBasis.NONE);
        assertThat(PriceBasis.NONE.code()).isEmpty();
    }

    @Test
    void shouldReturnEmptyForUnknownCode() {
        assertThat(PriceBasis.parse("CLV15")).isEmpty();
        assertThat(PriceBasis.parse("PPP")).isEmpty();
        assertThat(PriceBasis.parse("CLV2015X")).isEmpty();
    }

    @Test
    void shouldReturnEmptyForReferenceYearOutOfRange() {
        assertThat(PriceBasis.parse("CLV1850")).isEmpty();
        assertThat(PriceBasis.parse("CLV2200")).isEmpty();
    }

    @Test
    void shouldRejectReferenceYearOnCurrentPrices() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PriceBasis(PriceBasis.Kind.CP, 2015));
        assertThatIllegalArgumentException().isThrownBy(() -> PriceBasis.clv(0));
        assertThatIllegalArgumentException().isThrownBy(() -> new PriceBasis(null, 0));
    }
}
