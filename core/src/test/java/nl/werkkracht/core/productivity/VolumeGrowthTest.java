package nl.werkkracht.core.productivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.werkkracht.core.WorkedExample;
import org.junit.jupiter.api.Test;

class VolumeGrowthTest {

    private static final double TOLERANCE = 1e-11;

    @Test
    void shouldComputeGrowthFromPreviousYearPrices() {
        var example = WorkedExample.load("volume-growth-previous-year-prices.txt");
        Map<Integer, Double> cp = column(example, "cp");
        Map<Integer, Double> pyp = column(example, "pyp");

        Map<Integer, Double> outputGrowth = VolumeGrowth.outputGrowthFromPreviousYearPrices(cp, pyp);

        assertThat(outputGrowth).containsOnlyKeys(2020, 2021, 2022);
        for (int year = 2020; year <= 2022; year++) {
            assertThat(outputGrowth.get(year))
                    .as("g_Y(%d)", year)
                    .isCloseTo(example.expected("outputGrowth." + year), within(TOLERANCE));
        }
    }

    @Test
    void shouldComputeProductivityGrowthAndGeometricAverageFromPreviousYearPrices() {
        var example = WorkedExample.load("volume-growth-previous-year-prices.txt");
        var outputGrowth =
                VolumeGrowth.outputGrowthFromPreviousYearPrices(column(example, "cp"), column(example, "pyp"));

        GrowthSeries series = VolumeGrowth.productivityGrowth(outputGrowth, column(example, "labour"), 2019, 2022)
                .series()
                .orElseThrow();

        assertThat(series.years()).extracting(GrowthYear::year).containsExactly(2020, 2021, 2022);
        assertThat(series.years().get(2).labourGrowth())
                .isCloseTo(example.expected("labourGrowth.2022"), within(TOLERANCE));
        assertGrowth(example, series, 2020);
        assertThat(series.cumulativeGrowth()).isCloseTo(example.expected("cumulative"), within(TOLERANCE));
        assertThat(series.averageAnnualGrowth()).isCloseTo(example.expected("average"), within(TOLERANCE));
        assertThat(Math.pow(1 + series.averageAnnualGrowth(), 3))
                .isCloseTo(example.expected("cumulativeFactor"), within(TOLERANCE));
    }

    @Test
    void shouldComputeProductivityGrowthFromVolumeIndex() {
        var example = WorkedExample.load("volume-growth-volume-index.txt");
        var outputGrowth = VolumeGrowth.outputGrowthFromVolumes(column(example, "volume"));

        GrowthSeries series = VolumeGrowth.productivityGrowth(outputGrowth, column(example, "labour"), 2015, 2018)
                .series()
                .orElseThrow();

        for (int year = 2016; year <= 2018; year++) {
            assertThat(outputGrowth.get(year))
                    .as("g_Y(%d)", year)
                    .isCloseTo(example.expected("outputGrowth." + year), within(TOLERANCE));
        }
        assertGrowth(example, series, 2016);
        assertThat(series.from()).isEqualTo(2015);
        assertThat(series.to()).isEqualTo(2018);
        assertThat(series.cumulativeGrowth()).isCloseTo(example.expected("cumulative"), within(TOLERANCE));
        assertThat(series.averageAnnualGrowth()).isCloseTo(example.expected("average"), within(TOLERANCE));
        assertThat(Math.pow(1 + series.averageAnnualGrowth(), 3))
                .isCloseTo(example.expected("cumulativeFactor"), within(TOLERANCE));
    }

    @Test
    void shouldReportYearsWithoutLabourAsMissing() {
        var outputGrowth = Map.of(2020, 0.01, 2021, 0.02, 2022, 0.03);
        var labour = Map.of(2019, 100.0, 2020, 101.0, 2022, 103.0);

        var result = VolumeGrowth.productivityGrowth(outputGrowth, labour, 2019, 2022);

        // 2021 has no labour; 2022 has no labour in the year before
        assertThat(result.series()).isEmpty();
        assertThat(result.missingYears()).containsExactly(2021, 2022);
    }

    @Test
    void shouldReportYearWithoutOutputGrowthAsMissing() {
        var outputGrowth = Map.of(2021, 0.02);
        var labour = Map.of(2019, 100.0, 2020, 101.0, 2021, 102.0);

        var result = VolumeGrowth.productivityGrowth(outputGrowth, labour, 2019, 2021);

        assertThat(result.series()).isEmpty();
        assertThat(result.missingYears()).containsExactly(2020);
    }

    @Test
    void shouldReportBaseYearWithoutLabourAsMissing() {
        var result = VolumeGrowth.productivityGrowth(Map.of(2020, 0.01), Map.of(2020, 100.0), 2019, 2020);

        assertThat(result.missingYears()).containsExactly(2019, 2020);
    }

    @Test
    void shouldReportYearWithZeroLabourAsMissing() {
        var result = VolumeGrowth.productivityGrowth(Map.of(2020, 0.01), Map.of(2019, 100.0, 2020, 0.0), 2019, 2020);

        assertThat(result.series()).isEmpty();
        assertThat(result.missingYears()).containsExactly(2020);
    }

    @Test
    void shouldSkipYearWhoseCurrentPriceBaseIsMissingOrZero() {
        var cp = Map.of(2019, 0.0);
        var pyp = Map.of(2020, 10.0, 2021, 11.0);

        assertThat(VolumeGrowth.outputGrowthFromPreviousYearPrices(cp, pyp)).isEmpty();
        assertThat(VolumeGrowth.outputGrowthFromVolumes(Map.of(2019, 0.0, 2020, 100.0)))
                .isEmpty();
    }

    @Test
    void shouldRejectEmptyWindow() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> VolumeGrowth.productivityGrowth(Map.of(), Map.of(), 2020, 2020));
    }

    @Test
    void shouldAverageGrowthRatesGeometrically() {
        // (1.44 × 1.00)^(1/2) - 1 = 1.2 - 1 = 0.2
        assertThat(VolumeGrowth.geometricAverage(List.of(0.44, 0.0)).getAsDouble())
                .isCloseTo(0.2, within(1e-12));
        // (1.1 × 0.9)^(1/2) - 1 = 0.99^(1/2) - 1 = -0.005012562893 (not the arithmetic mean 0)
        assertThat(VolumeGrowth.geometricAverage(List.of(0.1, -0.1)).getAsDouble())
                .isCloseTo(-0.005012562893, within(1e-11));
        assertThat(VolumeGrowth.geometricAverage(List.of())).isEmpty();
    }

    private static void assertGrowth(WorkedExample example, GrowthSeries series, int firstYear) {
        for (GrowthYear year : series.years()) {
            assertThat(year.growth())
                    .as("g_p(%d)", year.year())
                    .isCloseTo(example.expected("growth." + year.year()), within(TOLERANCE));
            assertThat(year.growth())
                    .isCloseTo((1 + year.outputGrowth()) / (1 + year.labourGrowth()) - 1, within(1e-15));
        }
        assertThat(series.years().get(0).year()).isEqualTo(firstYear);
    }

    private static Map<Integer, Double> column(WorkedExample example, String name) {
        var out = new TreeMap<Integer, Double>();
        for (var row : example.table("years")) {
            row.optionalNumber(name).ifPresent(v -> out.put(row.integer("year"), v));
        }
        return out;
    }
}
