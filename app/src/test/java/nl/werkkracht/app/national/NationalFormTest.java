package nl.werkkracht.app.national;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading the national page's choices: unusable values fall back to defaults and are reported. */
class NationalFormTest {

    @Test
    void shouldUseTheDefaultsWhenNothingIsChosen() {
        NationalForm f = NationalForm.parse(null, null, "", null, null, null);

        assertThat(f.year()).isNull();
        assertThat(f.from()).isEqualTo(2013);
        assertThat(f.to()).isEqualTo(2019);
        assertThat(f.sector()).isEqualTo("TOTAL");
        assertThat(f.labour()).isEqualTo("HOURS");
        assertThat(f.priceBasis()).isEmpty();
        assertThat(f.problems()).isEmpty();
    }

    @Test
    void shouldReplaceAPeriodThatEndsBeforeItStarts() {
        NationalForm f = NationalForm.parse("2020", "2019", "2013", "C", "persons", "cp");

        assertThat(f.from()).isEqualTo(2013);
        assertThat(f.to()).isEqualTo(2019);
        assertThat(f.year()).isEqualTo(2020);
        assertThat(f.labour()).isEqualTo("PERSONS");
        assertThat(f.priceBasis()).isEqualTo("CP");
        assertThat(f.problems()).containsExactly("national.form.problem.period");
    }

    @Test
    void shouldReportEveryUnusableValue() {
        NationalForm f = NationalForm.parse("abc", "1800", null, "<script>", "MINUTES", "CLV2015");

        assertThat(f.problems())
                .containsExactly(
                        "national.form.problem.year",
                        "national.form.problem.sector",
                        "national.form.problem.labour",
                        "national.form.problem.priceBasis");
        assertThat(f.sector()).isEqualTo("TOTAL");
        assertThat(f.query(2021)).isEqualTo("?year=2021&from=2013&to=2019&sector=TOTAL&labour=HOURS");
    }
}
