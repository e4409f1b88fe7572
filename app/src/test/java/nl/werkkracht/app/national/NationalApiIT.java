package nl.werkkracht.app.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The national API on the shipped default data. Expected values were computed independently with
 * Python 3 over the raw files /work/shared/data/eurostat/nama_10_a64_NL.csv and
 * /work/shared/data/euklems/euklems_intanprod_2021_growth_accounts_NL.csv (the same files the default
 * datasets ship), straight from the formulas of METHODS.md, without the Werkkracht code.
 */
class NationalApiIT extends NationalHttp {

    /** Relative tolerance for values recomputed independently (double rounding only). */
    private static final double RELATIVE = 1e-9;

    @Test
    void shouldGiveProductivityLevelsByIndustryAsComputedFromTheRawFile() {
        JsonNode v = json("/api/v1/national/industries?year=2021&from=2013&to=2019&labour=HOURS");

        // GVA CP 2021 (MIO_EUR) * 1e6 / (HOURS 2021 (THS_HW) * 1e3)
        assertClose(industry(v, "TOTAL").get("productivity").asDouble(), 54.78724539270752);
        assertClose(industry(v, "C").get("productivity").asDouble(), 71.89066645577766);
        assertClose(industry(v, "I").get("productivity").asDouble(), 22.175477420536048);
        assertClose(industry(v, "J").get("productivity").asDouble(), 72.7199574071794);
        assertThat(v.get("unit").asText()).isEqualTo("EUR/HW");
        assertThat(v.get("levelPriceBasis").asText()).isEqualTo("CP");
        assertThat(v.get("source").get("licence").asText()).contains("Eurostat");
        assertThat(sectors(v.get("industries"))).containsExactly("TOTAL", "C", "F", "G", "H", "I", "J", "M", "N");
        assertThat(sectors(v.get("missingSectors")))
                .contains("A", "K", "L", "O", "P", "Q")
                .doesNotContain("C");
    }

    @Test
    void shouldGiveAverageVolumeGrowthByIndustryFromPreviousYearPrices() {
        JsonNode v = json("/api/v1/national/industries?year=2021&from=2013&to=2019&labour=HOURS");

        // prod_t (1 + PYP_t / CP_t-1 - 1) / (HOURS_t / HOURS_t-1), geometric mean over 2014-2019
        JsonNode total = industry(v, "TOTAL");
        assertClose(total.get("averageGrowth").asDouble(), 0.0011570908795035528);
        assertClose(total.get("cumulativeGrowth").asDouble(), 0.00696265917711103);
        assertClose(total.get("averageOutputGrowth").asDouble(), 0.020619463038758834);
        assertClose(total.get("averageLabourGrowth").asDouble(), 0.01943987845319839);
        assertClose(industry(v, "C").get("averageGrowth").asDouble(), 0.017636820224879335);
        assertClose(industry(v, "F").get("averageGrowth").asDouble(), 0.03732195576153008);
        assertClose(industry(v, "N").get("averageGrowth").asDouble(), -0.003646670956499065);
        assertThat(v.get("growthMethod").asText()).isEqualTo("PYP/CP");
    }

    @Test
    void shouldGiveLevelsPerPersonWhenPersonsAreChosen() {
        JsonNode v = json("/api/v1/national/industries?year=2021&from=2013&to=2019&labour=PERSONS");

        // GVA CP 2021 * 1e6 / (PERSONS 2021 (THS_PER) * 1e3)
        assertClose(industry(v, "TOTAL").get("productivity").asDouble(), 78139.56347986474);
        assertThat(v.get("unit").asText()).isEqualTo("EUR/PER");
    }

    @Test
    void shouldDefaultToTheLastYearOfTheDataset() {
        JsonNode v = json("/api/v1/national/industries");

        assertThat(v.get("year").asInt()).isEqualTo(2021);
        assertThat(v.get("years").get("first").asInt()).isEqualTo(1995);
        assertThat(v.get("from").asInt()).isEqualTo(2013);
        assertThat(v.get("to").asInt()).isEqualTo(2019);
    }

    @Test
    void shouldDecomposeNationalGrowthWithGeadOverTheCoveredIndustries() {
        JsonNode v = json("/api/v1/national/shift-share?from=2013&to=2019&labour=HOURS");

        // GEAD link by link over C F G H I J M N with relative prices p_i,t = (CP_i,t/PYP_i,t)/(ΣCP_t/ΣPYP_t),
        // divided by Z_t-1 and chained in prices of 2013 (Tang & Wang 2004; METHODS §3 revised),
        // recomputed in Python from nama_10_a64_NL.csv.
        assertThat(v.get("method").asText()).isEqualTo("GEAD");
        assertThat(v.get("priceBasis").asText()).isEqualTo("PYP");
        assertClose(v.get("productivityFrom").asDouble(), 41.02592027460035);
        assertClose(v.get("productivityTo").asDouble(), 43.33800576851216);
        assertClose(v.get("within").asDouble(), 2.9681793402129584);
        assertClose(v.get("staticShift").asDouble(), -0.569352571581895);
        assertClose(v.get("dynamicShift").asDouble(), -0.08674127471926886);
        assertEffectsAddUp(v);
        assertThat(sectors(v.get("sectors"))).containsExactly("C", "F", "G", "H", "I", "J", "M", "N");
        assertThat(sectors(v.get("missingSectors")))
                .containsExactly("A", "B", "D", "E", "K", "L", "O", "P", "Q", "R", "S", "T", "U");
    }

    @Test
    void shouldDecomposeNominalGrowthClassicallyInCurrentPrices() {
        JsonNode v = json("/api/v1/national/shift-share?from=2013&to=2019&labour=HOURS&priceBasis=CP");

        // Σ s0 Δp, Σ Δs p0, Σ Δs Δp over C F G H I J M N, GVA CP per hour, 2013 and 2019
        assertThat(v.get("method").asText()).isEqualTo("classic");
        assertClose(v.get("productivityFrom").asDouble(), 41.02592027460035);
        assertClose(v.get("productivityTo").asDouble(), 46.971233267382416);
        assertClose(v.get("within").asDouble(), 6.689723731401393);
        assertClose(v.get("staticShift").asDouble(), -0.5389477340732003);
        assertClose(v.get("dynamicShift").asDouble(), -0.2054630045461339);
        assertEffectsAddUp(v);
        double shares = 0;
        for (JsonNode s : v.get("sectors")) {
            shares += s.get("shareTo").asDouble();
        }
        assertThat(shares).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void shouldShowThePublishedGrowthAccountsWithTheirResidual() {
        JsonNode v = json("/api/v1/national/growth-accounting?sector=C&from=2013&to=2019");

        JsonNode total = accounts(v, "TOTAL");
        // EU KLEMS TOT, LP1_G and LP1Con* 2014-2019: arithmetic means
        JsonNode avg = total.get("average");
        assertClose(avg.get("productivityGrowth").asDouble(), 0.15122628211975087);
        assertClose(avg.get("ictCapital").asDouble(), 0.01185262808576218);
        assertClose(avg.get("nonIctCapital").asDouble(), -0.1598612566788992);
        assertClose(avg.get("intangibleCapital").asDouble(), 0.12545192885833475);
        assertClose(avg.get("labourComposition").asDouble(), 0.24847666919231423);
        assertClose(avg.get("tfp").asDouble(), -0.07469367453207575);
        assertClose(total.get("averageAnnualGrowth").asDouble(), 0.0015134068672444378);
        JsonNode y2019 = total.get("years").get(5);
        assertThat(y2019.get("year").asInt()).isEqualTo(2019);
        assertClose(y2019.get("tfp").asDouble(), -0.919367909431458);
        // C: mean LP1_G 2014-2019 and the TFP mean
        assertClose(accounts(v, "C").get("average").get("productivityGrowth").asDouble(), 1.7540962696075433);
        assertClose(accounts(v, "C").get("average").get("tfp").asDouble(), 1.3979372580846148);
        assertThat(v.get("unit").asText()).isEqualTo("PP_LOG");
        assertThat(v.get("clipped").asBoolean()).isFalse();
    }

    @Test
    void shouldLetContributionsAndResidualAddUpToGrowth() {
        JsonNode v = json("/api/v1/national/growth-accounting?sector=J&from=1995&to=2019");

        for (JsonNode a : v.get("sectors")) {
            assertThat(a.get("years")).hasSize(24);
            for (JsonNode y : a.get("years")) {
                double sum = y.get("ictCapital").asDouble()
                        + y.get("nonIctCapital").asDouble()
                        + y.get("intangibleCapital").asDouble()
                        + y.get("labourComposition").asDouble()
                        + y.get("tfp").asDouble();
                double growth = y.get("productivityGrowth").asDouble();
                assertThat(sum + y.get("residual").asDouble()).isCloseTo(growth, within(1e-12));
                // the published terms add up to within 2e-6 (KlemsVariables)
                assertThat(Math.abs(y.get("residual").asDouble())).isLessThanOrEqualTo(2e-6);
            }
            assertThat(a.get("largestResidual").asDouble()).isLessThanOrEqualTo(2e-6);
        }
    }

    @Test
    void shouldClipThePeriodToTheYearsOfEuKlems() {
        JsonNode v = json("/api/v1/national/growth-accounting?from=2015&to=2021");

        assertThat(v.get("clipped").asBoolean()).isTrue();
        assertThat(v.get("requestedTo").asInt()).isEqualTo(2021);
        assertThat(v.get("to").asInt()).isEqualTo(2019);
        assertThat(v.get("covered").get("first").asInt()).isEqualTo(1995);
        assertThat(accounts(v, "TOTAL").get("years")).hasSize(4);
    }

    @Test
    void shouldNotAverageOverYearsWithoutPublishedContributions() {
        // EU KLEMS publishes LP1ConLC and LP1ConTFP for M only from 2010
        JsonNode m = accounts(json("/api/v1/national/growth-accounting?sector=M&from=2005&to=2015"), "M");

        assertThat(m.get("average").isNull()).isTrue();
        assertThat(m.get("averageAnnualGrowth").isNull()).isTrue();
        assertThat(ints(m.get("missingYears"))).containsExactly(2006, 2007, 2008, 2009);
        assertThat(m.get("years")).hasSize(6);
    }

    @Test
    void shouldGiveTheLabourIncomeShareAsComputedFromTheRawFile() {
        JsonNode v = json("/api/v1/national/wages?sector=TOTAL&from=2013&to=2019");

        // COMP * (HOURS / EMPLOYEE_HOURS) / GVA CP, TOTAL
        JsonNode years = v.get("years");
        assertClose(years.get(0).get("labourShare").asDouble(), 0.683159435010029);
        assertClose(years.get(6).get("labourShare").asDouble(), 0.6786560677536748);
        // COMP / EMPLOYEE_HOURS, euro per employee hour, 2013
        assertClose(years.get(0).get("wagePerHour").asDouble(), 32.9403901254313);
        for (JsonNode y : years) {
            assertThat(y.get("labourShare").asDouble()).isStrictlyBetween(0.0, 1.0);
        }
        assertThat(v.get("imputationNote").asText()).contains("Zelfstandigen").contains("CPB/CBS");
    }

    @Test
    void shouldCompareTheProducerRealWageWithProductivity() {
        JsonNode v = json("/api/v1/national/wages?sector=TOTAL&from=2013&to=2019");

        // real wage: (w_t / w_t-1) / (CP_t / PYP_t) - 1; productivity: as in the industries test
        JsonNode y2019 = v.get("years").get(6);
        assertClose(y2019.get("realWageIndex").asDouble(), 100.03247904230295);
        assertClose(y2019.get("productivityIndex").asDouble(), 100.6962659177111);
        assertClose(y2019.get("priceGrowth").asDouble(), 0.025967611599593043);
        assertClose(v.get("averageRealWageGrowth").asDouble(), 5.412441301277937e-05);
        assertClose(v.get("averageProductivityGrowth").asDouble(), 0.0011570908795035528);
        assertThat(v.get("deflator").asText()).isEqualTo("GVA_DEFLATOR");
        assertThat(v.get("years").get(0).get("realWageGrowth").isNull()).isTrue();
        assertThat(v.get("years").get(0).get("realWageIndex").asDouble()).isEqualTo(100.0);
    }

    @Test
    void shouldShowTheConsumerRealWageWithTheHicpNextToTheProducerRealWage() {
        JsonNode v = json("/api/v1/national/wages?sector=TOTAL&from=2013&to=2019");

        // (w_t / w_t-1) / (HICP_t / HICP_t-1) - 1 with the shipped HICP index (2015 = 100), in Python
        JsonNode y2019 = v.get("years").get(6);
        assertClose(y2019.get("consumerPriceGrowth").asDouble(), 0.026790914385556253);
        assertClose(y2019.get("consumerRealWageGrowth").asDouble(), -0.001598662668796047);
        assertClose(v.get("averageConsumerRealWageGrowth").asDouble(), 0.0021230827865348356);
        assertThat(v.get("consumerDeflator").asText()).isEqualTo("HICP");
        assertThat(v.get("consumerNote").asText()).contains("HICP").contains("prc_hicp_aind");
        // 1995-2013 has no HICP in the shipped data: not shown, and said so, never the producer wage instead
        JsonNode early = json("/api/v1/national/wages?sector=TOTAL&from=1996&to=2005");
        assertThat(early.get("averageConsumerRealWageGrowth").isNull()).isTrue();
        assertThat(early.get("years").get(5).get("consumerRealWageGrowth").isNull())
                .isTrue();
        assertThat(early.get("averageRealWageGrowth").isNumber()).isTrue();
    }

    @Test
    void shouldMoveTheLabourShareExactlyWithRealWageOverProductivity() {
        JsonNode years =
                json("/api/v1/national/wages?sector=C&from=2000&to=2021").get("years");

        // AIQ = wage per employee hour / nominal GVA per hour, so AIQ_t / AIQ_t-1 = (1 + real) / (1 + g)
        for (int i = 1; i < years.size(); i++) {
            JsonNode y = years.get(i);
            double ratio = y.get("labourShare").asDouble()
                    / years.get(i - 1).get("labourShare").asDouble();
            double expected = (1 + y.get("realWageGrowth").asDouble())
                    / (1 + y.get("productivityGrowth").asDouble());
            assertThat(ratio).as("year " + y.get("year")).isCloseTo(expected, within(1e-12));
        }
    }

    @Test
    void shouldNameSectorsAndNotesInTheRequestedLanguage() {
        JsonNode nl = json("/api/v1/national/wages?sector=C");
        JsonNode en = json("/api/v1/national/wages?sector=C&lang=en");

        assertThat(nl.get("name").asText()).isEqualTo("Industrie");
        assertThat(en.get("name").asText()).isEqualTo("Manufacturing");
        assertThat(en.get("imputationNote").asText()).contains("self-employed");
        assertThat(json("/api/v1/national/industries?lang=en")
                        .get("missingSectors")
                        .get(0)
                        .get("name")
                        .asText())
                .isEqualTo("Agriculture, forestry and fishing");
    }

    @Test
    void shouldRejectInvalidParametersWithProblemDetails() {
        assertThat(problem("/api/v1/national/industries?from=2019&to=2013", 400)
                        .get("detail")
                        .asText())
                .contains("to");
        assertThat(problem("/api/v1/national/shift-share?labour=MINUTES", 400)
                        .get("detail")
                        .asText())
                .contains("labour");
        assertThat(problem("/api/v1/national/shift-share?priceBasis=CLV2015", 400)
                        .get("detail")
                        .asText())
                .contains("priceBasis");
        assertThat(problem("/api/v1/national/wages?sector=XYZ", 400)
                        .get("detail")
                        .asText())
                .contains("XYZ");
        assertThat(problem("/api/v1/national/industries?year=abc", 400)
                        .get("detail")
                        .asText())
                .contains("year");
    }

    @Test
    void shouldSayWhenTheDataCannotAnswer() {
        // nama_10_a64 holds no financial services (K): missing, never 0
        assertThat(problem("/api/v1/national/wages?sector=K", 422).get("detail").asText())
                .contains("nama_10_a64")
                .contains("K");
        assertThat(problem("/api/v1/national/industries?labour=FTE", 422)
                        .get("detail")
                        .asText())
                .contains("FTE");
    }

    private static void assertEffectsAddUp(JsonNode v) {
        double change = v.get("change").asDouble();
        double sum = v.get("within").asDouble()
                + v.get("staticShift").asDouble()
                + v.get("dynamicShift").asDouble();
        assertThat(sum).isCloseTo(change, within(Math.abs(change) * 1e-9));
        assertThat(v.get("productivityTo").asDouble()
                        - v.get("productivityFrom").asDouble())
                .isCloseTo(change, within(Math.abs(change) * 1e-9));
        double sectors = 0;
        for (JsonNode s : v.get("sectors")) {
            sectors += s.get("total").asDouble();
        }
        assertThat(sectors).isCloseTo(change, within(Math.abs(change) * 1e-9));
    }

    private static void assertClose(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(Math.abs(expected) * RELATIVE));
    }

    private static JsonNode industry(JsonNode v, String sector) {
        return find(v.get("industries"), sector);
    }

    private static JsonNode accounts(JsonNode v, String sector) {
        return find(v.get("sectors"), sector);
    }

    private static JsonNode find(JsonNode list, String sector) {
        for (JsonNode n : list) {
            if (n.get("sector").asText().equals(sector)) {
                return n;
            }
        }
        throw new AssertionError("no sector " + sector + " in " + list);
    }

    private static List<String> sectors(JsonNode list) {
        var out = new ArrayList<String>();
        list.forEach(n -> out.add(n.get("sector").asText()));
        return out;
    }

    private static List<Integer> ints(JsonNode list) {
        var out = new ArrayList<Integer>();
        list.forEach(n -> out.add(n.asInt()));
        return out;
    }
}
