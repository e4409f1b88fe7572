package nl.werkkracht.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.werkkracht.app.dataset.DefaultDataset;
import nl.werkkracht.app.dataset.DefaultDatasets;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.codelist.Region;
import nl.werkkracht.core.codelist.RegionLevel;
import nl.werkkracht.core.observation.LabourMeasure;
import nl.werkkracht.statdata.codelist.CodeListLoader;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Worked examples of the provinces' per-hour figures (ADR 0030) with numbers read by hand from the shipped
 * files of {@code nama_10r_2022} (Eurostat Eurobase load files, release 2022) and {@code nama_10r_gva2018}:
 *
 * <pre>
 * nama_10r_2gdp    2018A00 NL21 MIO_EUR 43503.75        2018A00 NL MIO_EUR 773987
 *                  2019A00 NL21 MIO_EUR 45727.61~P      2019A00 NL MIO_EUR 813055~P
 * nama_10r_2emhrw  2018A00 NL21 TOTAL EMP THS 871759    2018A00 NL TOTAL EMP THS 13510450
 *                  2019A00 NL21 TOTAL EMP THS 889259~P  2019A00 NL TOTAL EMP THS 13798278~P
 *                  2018A00 NL21 TOTAL SAL THS 692954    2018A00 NL TOTAL SAL THS 10686472
 * nama_10r_2gvagr  2018A00 NL21 I15 108.5               2019A00 NL21 I15 110.4~P
 *                  2018A00 NL I15 107.4                 2019A00 NL I15 109.6~P
 * nama_10r_2coe    2018A00 NL21 TOTAL MIO_EUR 21914     2018A00 NL TOTAL MIO_EUR 369840
 * nama_10r_3gva    TOTAL NL21 2018 39910 (MEUR)         TOTAL NL 2018 703557
 * </pre>
 *
 * Hand computation (a calculator, not the code): GDP per hour NL21 2018 = 43,503.75e6 / 871,759e3 =
 * 49.90341 €; NL 773,987e6 / 13,510,450e3 = 57.28803 €; index 87.10968. Volume growth per hour NL21 2019 =
 * (110.4 / 108.5) / (889,259 / 871,759) − 1 = 1.0175115 / 1.0200744 − 1 = −0.0025124. Labour income share
 * NL21 2018 = 21,914 × (871,759 / 692,954) / 39,910 = 21,914 × 1.2580347 / 39,910 = 0.690768; NL = 369,840 ×
 * (13,510,450 / 10,686,472) / 703,557 = 0.664584.
 */
class PerHourFiguresTest {

    private static final CodeLists CODES = CodeListLoader.standard();
    private static final double EURO = 1e-5;

    private final MonitorData data = data();
    private final Region overijssel = CODES.region("NL21").orElseThrow();
    private final Region pv23 = CODES.region("PV23").orElseThrow();
    private final Region nl = CODES.region("NL").orElseThrow();

    @Test
    void shouldGiveGdpPerHourWorkedOfOverijsselIn2018AsComputedByHand() {
        assertThat(data.point(overijssel, 2018).productivity()).isCloseTo(49.90341, within(EURO));
        assertThat(data.point(nl, 2018).productivity()).isCloseTo(57.28803, within(EURO));
        assertThat(RegionsCalculator.index(
                        data.point(overijssel, 2018).productivity(),
                        data.point(nl, 2018).productivity()))
                .isCloseTo(87.10968, within(1e-4));
    }

    @Test
    void shouldGiveVolumeGrowthPerHourOfOverijsselIn2019AsComputedByHand() {
        var growth = PerHourFigures.growthYears(data, overijssel);

        assertThat(growth).hasSize(1);
        assertThat(growth.get(0).year()).isEqualTo(2019);
        assertThat(growth.get(0).growth()).isCloseTo(-0.0025124, within(1e-7));
        // a one-year window is that year's growth; a window with a year missing has no average
        assertThat(PerHourFigures.averageGrowth(data, overijssel, 2018, 2019).getAsDouble())
                .isCloseTo(-0.0025124, within(1e-7));
        assertThat(PerHourFigures.averageGrowth(data, overijssel, 2017, 2019)).isEmpty();
    }

    @Test
    void shouldGiveTheLabourIncomeShareOfOverijsselIn2018WithTheSelfEmployedImputedAsComputedByHand() {
        var share = PerHourFigures.labourIncomeShare(data, overijssel, 2018).orElseThrow();

        assertThat(share.share().getAsDouble()).isCloseTo(0.690768, within(1e-6));
        assertThat(PerHourFigures.share(data, nl, 2018)).isCloseTo(0.664584, within(1e-6));
        // the imputed income of the self-employed is the employees' compensation per hour times their hours
        assertThat(share.imputedSelfEmployed()).isCloseTo(21_914e6 / 692_954e3 * (871_759e3 - 692_954e3), within(1e-3));
        // the province is read under its NUTS-2 code
        assertThat(PerHourFigures.share(data, pv23, 2018)).isCloseTo(0.690768, within(1e-6));
    }

    @Test
    void shouldLeaveFiguresMissingWhenAnInputIsMissing() {
        // 2019: no GVA by region (the GVA of nama_10r_3gva is 2018 only): no labour income share, never 0
        assertThat(PerHourFigures.share(data, overijssel, 2019)).isNull();
        assertThat(PerHourFigures.shareYear(data, RegionLevel.PROVINCE, 2019)).contains(2018);
        assertThat(PerHourFigures.shareYear(data, RegionLevel.PROVINCE, 2017)).contains(2018);
    }

    @Test
    void shouldKeepTheGrowthIdentityOfEveryYear() {
        for (var g : PerHourFigures.growthYears(data, nl)) {
            assertThat((1 + g.growth()) * (1 + g.labourGrowth())).isCloseTo(1 + g.outputGrowth(), within(1e-12));
        }
    }

    @Test
    void shouldNameTheMixedVintagesAndTheNutsVersionsOfTheLabourIncomeShare() {
        var text = new MonitorText(messages(), Locale.forLanguageTag("nl"));
        Map<String, Indicator> indicators = Indicators.of(data, text);

        Indicator productivity = indicators.get(Indicators.PRODUCTIVITY);
        assertThat(productivity.labour()).isEqualTo("HOURS");
        assertThat(productivity.output()).isEqualTo("GDP");
        assertThat(productivity.unitLabel()).isEqualTo("€ per gewerkt uur");
        assertThat(productivity.nutsVersion()).isEqualTo("NUTS 2016");
        assertThat(productivity.vintages())
                .containsExactly(
                        "bruto binnenlands product: nama_10r_2gdp, release 2022-04",
                        "gewerkte uren: nama_10r_2emhrw, release 2022-09");
        Indicator share = indicators.get(Indicators.LABOUR_INCOME_SHARE);
        assertThat(share.mixedVintages()).isTrue();
        assertThat(share.vintageNote())
                .startsWith("Gemengde vintages")
                .contains("nama_10r_3gva, release 2026-03")
                .contains("NUTS 2024");
    }

    private static ResourceBundleMessageSource messages() {
        var m = new ResourceBundleMessageSource();
        m.setBasenames("messages/monitor");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    /** The per-hour snapshot with the hand-read values of NL21 and NL in 2018 and 2019. */
    private static MonitorData data() {
        var points = new HashMap<String, Map<Integer, MonitorData.Point>>();
        points.put(
                "NL21",
                Map.of(
                        2018,
                        new MonitorData.Point(
                                43_503.75e6 / 871_759e3, 871_759e3, null, 108.5, 21_914e6, 692_954e3, 39_910e6),
                        2019,
                        new MonitorData.Point(45_727.61e6 / 889_259e3, 889_259e3, null, 110.4, null, null, null)));
        points.put(
                "NL",
                Map.of(
                        2018,
                        new MonitorData.Point(
                                773_987e6 / 13_510_450e3,
                                13_510_450e3,
                                null,
                                107.4,
                                369_840e6,
                                10_686_472e3,
                                703_557e6),
                        2019,
                        new MonitorData.Point(813_055e6 / 13_798_278e3, 13_798_278e3, null, 109.6, null, null, null)));
        Map<String, List<DefaultDataset.Vintage>> vintages = new HashMap<>();
        for (DefaultDataset d : DefaultDatasets.shipped().datasets()) {
            vintages.put(d.name(), d.vintages());
        }
        return new MonitorData(
                new MonitorSettings("nama_10r_2022", "euklems", LabourMeasure.HOURS, "NL", "nama_10r_2022"),
                CODES,
                "GDP",
                2018,
                2019,
                Map.of("PV23", "NL21"),
                points,
                Map.of(),
                List.of(),
                vintages,
                "nama_10r_gva2018",
                null);
    }
}
