package nl.werkkracht.core.wage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.TreeMap;
import nl.werkkracht.core.WorkedExample;
import org.junit.jupiter.api.Test;

class WageProductivityTest {

    private static final double TOLERANCE = 1e-11;

    private final WorkedExample example = WorkedExample.load("wage-productivity.txt");

    private Map<Integer, Double> column(String name) {
        var out = new TreeMap<Integer, Double>();
        for (var row : example.table("years")) {
            row.optionalNumber(name).ifPresent(v -> out.put(row.integer("year"), v));
        }
        return out;
    }

    private WageProductivity.WageComparison workedExample() {
        return WageProductivity.compare(column("wage"), column("cpi"), column("productivity"), 2020, 2022)
                .orElseThrow();
    }

    @Test
    void shouldDeflateNominalWageGrowthByPriceGrowth() {
        var c = workedExample();

        assertThat(c.years()).extracting(WageYear::year).containsExactly(2021, 2022);
        for (WageYear y : c.years()) {
            int t = y.year();
            assertThat(y.nominalWageGrowth())
                    .as("nominal %d", t)
                    .isCloseTo(example.expected("nominal." + t), within(TOLERANCE));
            assertThat(y.realWageGrowth()).as("real %d", t).isCloseTo(example.expected("real." + t), within(TOLERANCE));
            assertThat(y.gap()).as("gap %d", t).isCloseTo(example.expected("gap." + t), within(TOLERANCE));
        }
        assertThat(c.years().get(0).priceGrowth()).isCloseTo(0.01, within(TOLERANCE));
        assertThat(c.years().get(1).productivityGrowth()).isCloseTo(0.005, within(TOLERANCE));
    }

    @Test
    void shouldAverageRealWageAndProductivityGrowthGeometrically() {
        var c = workedExample();

        assertThat(c.averageRealWageGrowth()).isCloseTo(example.expected("averageReal"), within(TOLERANCE));
        assertThat(c.averageProductivityGrowth()).isCloseTo(example.expected("averageProductivity"), within(TOLERANCE));
        assertThat(Math.pow(1 + c.averageRealWageGrowth(), 2))
                .isCloseTo(example.expected("realFactor"), within(TOLERANCE));
        assertThat(Math.pow(1 + c.averageProductivityGrowth(), 2))
                .isCloseTo(example.expected("productivityFactor"), within(TOLERANCE));
    }

    @Test
    void shouldReturnEmptyWhenAYearLacksAnInput() {
        var cpi = column("cpi");
        cpi.remove(2022);

        assertThat(WageProductivity.compare(column("wage"), cpi, column("productivity"), 2020, 2022))
                .isEmpty();
        assertThat(WageProductivity.compare(column("wage"), column("cpi"), column("productivity"), 2019, 2022))
                .isEmpty();
    }

    @Test
    void shouldRejectEmptyWindow() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WageProductivity.compare(Map.of(), Map.of(), Map.of(), 2022, 2021));
    }
}
