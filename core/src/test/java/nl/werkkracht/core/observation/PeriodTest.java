package nl.werkkracht.core.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void shouldParseYear() {
        assertThat(Period.parse("2015")).contains(Period.year(2015));
        assertThat(Period.year(2015).isYear()).isTrue();
        assertThat(Period.year(2015).code()).isEqualTo("2015");
    }

    @Test
    void shouldParseQuarter() {
        assertThat(Period.parse("2015Q1")).contains(new Period(2015, 1));
        assertThat(Period.parse("2015-q4")).contains(new Period(2015, 4));
        assertThat(new Period(2015, 1).code()).isEqualTo("2015Q1");
        assertThat(new Period(2015, 1).isYear()).isFalse();
    }

    @Test
    void shouldParseCbsYearAndQuarterCodes() {
        assertThat(Period.parse("2015JJ00")).contains(Period.year(2015));
        assertThat(Period.parse("2015KW03")).contains(new Period(2015, 3));
    }

    @Test
    void shouldReturnEmptyForUnsupportedOrBadCode() {
        assertThat(Period.parse("2015KW05")).isEmpty();
        assertThat(Period.parse("2015Q5")).isEmpty();
        assertThat(Period.parse("2015MM01")).isEmpty();
        assertThat(Period.parse("2015X000")).isEmpty();
        assertThat(Period.parse("15")).isEmpty();
        assertThat(Period.parse("twenty")).isEmpty();
        assertThat(Period.parse("")).isEmpty();
        assertThat(Period.parse(null)).isEmpty();
    }

    @Test
    void shouldReturnEmptyForYearOutOfRange() {
        assertThat(Period.parse("1700")).isEmpty();
        assertThat(Period.parse("0000KW01")).isEmpty();
    }

    @Test
    void shouldRejectInvalidQuarterOrYear() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Period(2015, 5));
        assertThatIllegalArgumentException().isThrownBy(() -> new Period(1500, 0));
    }

    @Test
    void shouldOrderByYearThenQuarter() {
        assertThat(Period.year(2015)).isLessThan(new Period(2015, 1));
        assertThat(new Period(2015, 4)).isLessThan(Period.year(2016));
        assertThat(new Period(2016, 2)).isGreaterThan(new Period(2016, 1));
    }
}
