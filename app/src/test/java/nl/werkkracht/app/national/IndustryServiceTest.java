package nl.werkkracht.app.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalInt;
import nl.werkkracht.core.observation.LabourMeasure;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.PriceBasis;
import org.junit.jupiter.api.Test;

/** Productivity by industry on an invented dataset with holes: what is missing stays missing. */
class IndustryServiceTest {

    private final Fixture data = new Fixture()
            .money(Measure.GVA, "TOTAL", PriceBasis.CP, 2010, 100, 110, 120, 130)
            .money(Measure.GVA, "TOTAL", PriceBasis.PYP, 2011, 105, 115, 124)
            .hours(Measure.HOURS, "TOTAL", 2010, 1000, 1010, 1020, 1030)
            .money(Measure.GVA, "C", PriceBasis.CP, 2010, 20, 22, 24, 26)
            .money(Measure.GVA, "C", PriceBasis.PYP, 2011, 21, 23, 25)
            .hours(Measure.HOURS, "C", 2010, 100, 100, Double.NaN, 100)
            .money(Measure.GVA, "G", PriceBasis.CP, 2013, 5)
            .hours(Measure.HOURS, "G", 2013, 0);

    private final IndustryService service = new IndustryService(data, data.names(), Fixture.SOURCES);

    @Test
    void shouldComputeLevelAndVolumeGrowthOfTheWholeEconomy() {
        IndustriesView v = service.industries(OptionalInt.empty(), 2010, 2013, LabourMeasure.HOURS);

        IndustriesView.Industry total = v.industries().get(0);
        assertThat(v.year()).as("the last year with GVA and hours").isEqualTo(2013);
        // 130 million euro / 1 030 thousand hours
        assertThat(total.productivity()).isCloseTo(126.2135922330097, within(1e-12));
        // ((105/100)(115/110)(124/120) / (1030/1000))^(1/3) - 1
        assertThat(total.averageGrowth()).isCloseTo(0.03268029359941438, within(1e-15));
        assertThat(total.cumulativeGrowth()).isCloseTo(0.1012797881729921, within(1e-15));
    }

    @Test
    void shouldLeaveGrowthMissingWhenAYearIsMissing() {
        IndustriesView.Industry c =
                industry(service.industries(OptionalInt.of(2013), 2010, 2013, LabourMeasure.HOURS), "C");

        assertThat(c.productivity()).isCloseTo(260.0, within(1e-12));
        assertThat(c.averageGrowth()).isNull();
        assertThat(c.averageOutputGrowth()).isNull();
        assertThat(c.missingYears()).containsExactly(2012, 2013);
    }

    @Test
    void shouldLeaveProductivityUndefinedWithoutLabour() {
        IndustriesView v = service.industries(OptionalInt.of(2013), 2010, 2013, LabourMeasure.HOURS);

        IndustriesView.Industry g = industry(v, "G");
        assertThat(g.grossValueAdded()).isEqualTo(5e6);
        assertThat(g.labourInput()).isZero();
        assertThat(g.productivity()).as("zero hours: undefined, never 0").isNull();
        assertThat(v.missingSectors())
                .extracting(SectorName::sector)
                .contains("A", "F", "K")
                .doesNotContain("C", "G");
    }

    @Test
    void shouldLeaveALevelMissingInAYearWithoutData() {
        IndustriesView.Industry c =
                industry(service.industries(OptionalInt.of(2012), 2010, 2013, LabourMeasure.HOURS), "C");

        assertThat(c.grossValueAdded()).isEqualTo(24e6);
        assertThat(c.labourInput()).isNull();
        assertThat(c.productivity()).isNull();
    }

    private static IndustriesView.Industry industry(IndustriesView v, String sector) {
        return v.industries().stream()
                .filter(i -> i.sector().equals(sector))
                .findFirst()
                .orElseThrow();
    }
}
