package nl.werkkracht.app.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.PriceBasis;
import org.junit.jupiter.api.Test;

/** Labour income share and real wage on an invented dataset, with and without a hole. */
class WageServiceTest {

    private static Fixture accounts(double employeeHours2012) {
        return new Fixture()
                .money(Measure.GVA, "TOTAL", PriceBasis.CP, 2010, 100, 110, 120, 130)
                .money(Measure.GVA, "TOTAL", PriceBasis.PYP, 2011, 105, 115, 124)
                .money(Measure.COMP, "TOTAL", PriceBasis.CP, 2010, 60, 66, 72, 78)
                .hours(Measure.HOURS, "TOTAL", 2010, 1000, 1010, 1020, 1030)
                .hours(Measure.EMPLOYEE_HOURS, "TOTAL", 2010, 800, 805, employeeHours2012, 815);
    }

    @Test
    void shouldImputeTheSelfEmployedAtTheEmployeeWagePerHour() {
        Fixture data = accounts(810);
        WagesView v = new WageService(data, data.names(), Fixture.SOURCES).wages("TOTAL", 2010, 2013);

        // AIQ = COMP × (HOURS / EMPLOYEE_HOURS) / GVA: 60 × 1000/800 / 100 = 0.75
        assertThat(v.years().get(0).labourShare()).isCloseTo(0.75, within(1e-15));
        assertThat(v.years().get(0).imputedSelfEmployed()).isCloseTo(15e6, within(1e-6));
        // 78 × 1030/815 / 130
        assertThat(v.years().get(3).labourShare()).isCloseTo(0.758282208588957, within(1e-15));
        assertThat(v.deflator()).isEqualTo("GVA_DEFLATOR");
    }

    @Test
    void shouldChainTheIndicesAndKeepTheLabourShareIdentity() {
        Fixture data = accounts(810);
        WagesView v = new WageService(data, data.names(), Fixture.SOURCES).wages("TOTAL", 2010, 2013);

        assertThat(v.years().get(0).realWageIndex()).isEqualTo(100.0);
        for (int i = 1; i < v.years().size(); i++) {
            WagesView.Year y = v.years().get(i);
            WagesView.Year before = v.years().get(i - 1);
            double expected = (1 + y.realWageGrowth()) / (1 + y.productivityGrowth());
            assertThat(y.labourShare() / before.labourShare()).isCloseTo(expected, within(1e-14));
            assertThat(y.realWageIndex() / before.realWageIndex()).isCloseTo(1 + y.realWageGrowth(), within(1e-14));
        }
        assertThat(v.missingYears()).isEmpty();
    }

    @Test
    void shouldLeaveTheComparisonMissingAroundAMissingYear() {
        Fixture data = accounts(Double.NaN);
        WagesView v = new WageService(data, data.names(), Fixture.SOURCES).wages("TOTAL", 2010, 2013);

        assertThat(v.missingYears()).containsExactly(2012, 2013);
        assertThat(v.averageRealWageGrowth()).isNull();
        assertThat(v.years()).allSatisfy(y -> assertThat(y.realWageIndex()).isNull());
        assertThat(v.years().get(2).labourShare()).isNull();
        assertThat(v.years().get(1).labourShare()).isCloseTo(66.0 * 1010 / 805 / 110, within(1e-15));
        // 2011 has its inputs: its growth rates stay; 2012 and 2013 lack employee hours in t or t-1
        assertThat(v.years().get(1).realWageGrowth()).isNotNull();
        assertThat(v.years().get(2).realWageGrowth()).isNull();
        assertThat(v.years().get(3).realWageGrowth()).isNull();
        assertThat(v.years().get(3).productivityGrowth()).isNull();
    }
}
