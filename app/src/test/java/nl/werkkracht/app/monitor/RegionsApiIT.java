package nl.werkkracht.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/regions} on the default data. Expected values were computed independently with
 * Python from the raw shipped files: for COROP (NUTS-3) GDP (MIO_EUR, nama_10r_3gdp_NL.tsv) over persons
 * employed (THS_PER, nama_10r_3empers_NL.csv); for provinces (NUTS-2, per hour worked, ADR 0030) GDP
 * (nama_10r_2gdp MIO_EUR) over hours worked by all persons employed (nama_10r_2emhrw EMP THS); the
 * structure comparison of METHODS.md §4 over the ten A10 sectors with EU KLEMS VA_CP (B-E = B + C + D-E,
 * G-I = G + H + I, R-U composed as R-S + T: EU KLEMS publishes no value for section U, METHODS §4) over
 * the national hours by sector.
 */
class RegionsApiIT extends MonitorHttp {

    // GDP per hour worked: NL32 2017 and NL 2017 (nama_10r_2gdp over nama_10r_2emhrw)
    private static final double P_NL32_2017 = 65.28660710956575;
    private static final double P_NL_2017 = 56.10520091912241;
    private static final double CORRECTED_NL32_2017 = 112.20099476906975;
    private static final double STRUCTURE_NL32_2017 = 103.71086820544048;
    private static final double STRUCTURE = 1e-6;

    @Test
    void shouldGiveTheIndependentlyComputedFiguresOfNoordHolland() {
        JsonNode v = json("/api/v1/regions?level=nuts2&year=2017");
        JsonNode nl32 = row(v, "NL32");

        assertThat(nl32.get("productivity").asDouble()).isCloseTo(P_NL32_2017, within(1e-6));
        assertThat(v.get("reference").get("productivity").asDouble()).isCloseTo(P_NL_2017, within(1e-6));
        assertThat(nl32.get("index").asDouble()).isCloseTo(100 * P_NL32_2017 / P_NL_2017, within(1e-9));
        assertThat(nl32.get("structureCorrectedIndex").asDouble()).isCloseTo(CORRECTED_NL32_2017, within(STRUCTURE));
        assertThat(nl32.get("structureIndex").asDouble()).isCloseTo(STRUCTURE_NL32_2017, within(STRUCTURE));
        assertThat(nl32.get("mapCode").asText()).isEqualTo("PV27");
        assertThat(nl32.get("nameNl").asText()).isEqualTo("Noord-Holland");
        assertThat(nl32.get("nameEn").asText()).isEqualTo("North Holland");
    }

    @Test
    void shouldGiveProvincesTheFiguresOfTheirNuts2Region() {
        JsonNode pv27 = row(json("/api/v1/regions?level=province&year=2017"), "PV27");

        assertThat(pv27.get("nutsCode").asText()).isEqualTo("NL32");
        assertThat(pv27.get("productivity").asDouble()).isCloseTo(P_NL32_2017, within(1e-6));
        assertThat(pv27.get("structureCorrectedIndex").asDouble()).isCloseTo(CORRECTED_NL32_2017, within(STRUCTURE));
    }

    @Test
    void shouldReadCoropRegionsFromTheNuts3RegionOfTheSameName() {
        JsonNode v = json("/api/v1/regions?level=corop&year=2017");
        JsonNode cr23 = row(v, "CR23");

        assertThat(v.get("regions")).hasSize(40);
        assertThat(cr23.get("nutsCode").asText()).isEqualTo("NL329");
        // independent: GDP / persons of NL329 in 2017, structure comparison over A10 (see class comment)
        assertThat(cr23.get("productivity").asDouble()).isCloseTo(112240.83575508567, within(1e-6));
        assertThat(cr23.get("structureCorrectedIndex").asDouble()).isCloseTo(130.5028626784379, within(1e-9));
        assertThat(v.get("notes").toString()).contains("NUTS-3").contains("COROP");
    }

    @Test
    void shouldGiveTheNetherlandsIndex100() {
        JsonNode nl = json("/api/v1/regions?level=province&year=2012").get("reference");

        assertThat(nl.get("code").asText()).isEqualTo("NL");
        assertThat(nl.get("index").asDouble()).isEqualTo(100.0);
        assertThat(nl.get("structureIndex").asDouble()).isCloseTo(100.0, within(1e-12));
        assertThat(nl.get("structureCorrectedIndex").asDouble()).isCloseTo(100.0, within(1e-12));
        assertThat(nl.get("growth").get("indexChange").asDouble()).isEqualTo(0.0);
    }

    @Test
    void shouldLabelGrowthNominalAndComputeItFromTheLevels() {
        JsonNode v = json("/api/v1/regions?level=nuts2&year=2017&from=2007&to=2017");
        JsonNode g = row(v, "NL32").get("growth");

        // independent: (P_2017 / P_2007)^(1/10) - 1 with P_2007 = 55.00684245638629 (GDP per hour)
        assertThat(g.get("averageAnnual").asDouble()).isCloseTo(0.017280543653793945, within(1e-12));
        assertThat(g.get("cumulative").asDouble()).isCloseTo(P_NL32_2017 / 55.00684245638629 - 1, within(1e-12));
        assertThat(g.get("indexChange").asDouble()).isCloseTo(4.986363963523445, within(1e-9));
        // volume growth per hour: Π (V_t/V_t-1)/(H_t/H_t-1) over 2008..2017, to the power 1/10, minus 1
        assertThat(row(v, "NL32").get("volumeGrowth").asDouble()).isCloseTo(0.00828419633587707, within(1e-12));
        JsonNode growth = v.get("indicators").get("growth");
        assertThat(growth.get("label").asText()).contains("nominaal");
        assertThat(growth.get("priceBasis").asText()).isEqualTo("CP");
        assertThat(growth.get("note").asText()).contains("lopende prijzen");
    }

    @Test
    void shouldNameMeasuresUnitsAndBothSourcesOfTheCorrectedIndex() {
        JsonNode v = json("/api/v1/regions?level=province&year=2017");
        JsonNode p = v.get("indicators").get("productivity");
        JsonNode corrected = v.get("indicators").get("structureCorrectedIndex");

        assertThat(p.get("output").asText()).isEqualTo("GDP");
        assertThat(p.get("labour").asText()).isEqualTo("HOURS");
        assertThat(p.get("priceBasis").asText()).isEqualTo("CP");
        assertThat(p.get("unit").asText()).isEqualTo("EUR/HW");
        assertThat(p.get("sources").get("output").asText()).isEqualTo("nama_10r_2022");
        assertThat(p.get("nutsVersion").asText()).isEqualTo("NUTS 2016");
        assertThat(p.get("mixedVintages").asBoolean()).isTrue();
        assertThat(p.get("vintageNote").asText())
                .contains("nama_10r_2gdp, release 2022-04")
                .contains("nama_10r_2emhrw, release 2022-09");
        assertThat(corrected.get("sources").get("sectorProductivity").asText()).isEqualTo("euklems");
        assertThat(corrected.get("sources").get("sectorLabour").asText()).isEqualTo("nama_10r_2022");
        assertThat(v.get("sources").findValuesAsText("dataset"))
                .containsExactly("nama_10r_2022", "euklems", "nama_10r_gva2018");
        // COROP stays per person employed, and says so
        JsonNode corop =
                json("/api/v1/regions?level=corop&year=2017").get("indicators").get("productivity");
        assertThat(corop.get("labour").asText()).isEqualTo("PERSONS");
        assertThat(corop.get("unit").asText()).isEqualTo("EUR/PER");
        assertThat(corop.get("nutsVersion").asText()).isEqualTo("NUTS 2016");
    }

    @Test
    void shouldClassifyCatchUpAgainstTheFrontrunnerOnRawAndCorrectedLevels() {
        JsonNode v = json("/api/v1/regions?level=province&year=2017&from=2007");
        String front = v.get("catchUp").get("frontrunner").get("code").asText();
        JsonNode nh = row(v, "PV27").get("catchUp");

        // independent (Python, shipped files): the top 10 % of 12 provinces, at least two, by mean GDP per
        // hour worked 2007-2009: Groningen (NL11) and Noord-Holland (NL32); P_f = their mean level
        assertThat(front).isEqualTo("PV20,PV27");
        assertThat(v.get("catchUp").get("frontrunnerGroup").toString()).isEqualTo("[\"PV20\",\"PV27\"]");
        assertThat(v.get("catchUp").get("frontrunnerChangeVsReference").asDouble())
                .isCloseTo(-6.746535834585501, within(1e-9));
        assertThat(v.get("catchUp").get("warnings").get(0).asText()).contains("6,7");
        assertThat(row(v, "PV20").get("catchUp").get("class").asText()).isEqualTo("STRONGLY_FALLING_BEHIND");
        assertThat(nh.get("relativeFrom").asDouble()).isCloseTo(94.28382629279827, within(1e-9));
        assertThat(nh.get("relativeTo").asDouble()).isCloseTo(104.47130980149454, within(1e-9));
        assertThat(nh.get("changeVsReference").asDouble()).isCloseTo(4.986363963523445, within(1e-9));
        assertThat(nh.get("class").asText()).isEqualTo("STRONGLY_CATCHING_UP");
        assertThat(nh.get("label").asText()).isEqualTo("sterk inlopend");
        // Overijssel "catches up" on the group (71.6 -> 77.9) and gained 2.1 points against NL per hour
        JsonNode ov = row(v, "PV23").get("catchUp");
        assertThat(ov.get("class").asText()).isEqualTo("CATCHING_UP");
        assertThat(ov.get("changeVsReference").asDouble()).isCloseTo(2.101644422355392, within(1e-9));
        assertThat(row(v, "PV21").get("catchUp").get("class").asText()).isEqualTo("KEEPING_PACE");
        assertThat(row(v, "PV27").get("catchUpCorrected").get("class").asText()).isNotBlank();
        assertThat(v.get("catchUp").get("thresholds").get("strong").asDouble()).isEqualTo(10.0);
    }

    @Test
    void shouldGiveNullStructureFiguresForYearsWithoutSectorData() {
        // provinces per hour: GDP by NUTS-2 reaches 2020, hours worked (and so every level) end in 2019
        JsonNode v = json("/api/v1/regions?level=province&year=2020");

        assertThat(v.get("latestStructureYear").asInt()).isEqualTo(2019);
        for (JsonNode r : v.get("regions")) {
            assertThat(r.get("productivity").isNull())
                    .as(r.get("code").asText())
                    .isTrue();
            assertThat(r.get("structureCorrectedIndex").isNull())
                    .as(r.get("code").asText())
                    .isTrue();
            assertThat(r.get("structureIndex").isNull()).isTrue();
            assertThat(r.get("catchUpCorrected").isNull()).isTrue();
        }
        assertThat(v.get("catchUp").get("correctedFrontrunner").isNull()).isTrue();
        assertThat(v.get("notes").toString()).contains("2020");
    }

    @Test
    void shouldGiveNullNotZeroWhereTheDataHaveNoLevel() {
        // persons employed by NUTS-3 region end in 2017: every COROP level of 2019 is missing
        JsonNode v = json("/api/v1/regions?level=corop&year=2019");

        for (JsonNode r : v.get("regions")) {
            assertThat(r.get("productivity").isNull())
                    .as(r.get("code").asText())
                    .isTrue();
            assertThat(r.get("index").isNull()).isTrue();
            assertThat(r.get("growth").get("averageAnnual").isNull()).isTrue();
        }
        assertThat(v.get("years").toString()).doesNotContain("2019");
    }

    @Test
    void shouldDefaultToTheLatestYearWithCompleteDataAndTenYearsBefore() {
        // provinces per hour worked: hours by NUTS-2 and EU KLEMS end in 2019
        JsonNode w = json("/api/v1/regions").get("window");

        assertThat(w.get("year").asInt()).isEqualTo(2019);
        assertThat(w.get("to").asInt()).isEqualTo(2019);
        assertThat(w.get("from").asInt()).isEqualTo(2009);
        JsonNode c = json("/api/v1/regions?level=corop").get("window");
        assertThat(c.get("year").asInt()).isEqualTo(2017);
    }

    @Test
    void shouldAnswerInEnglishWithLangEn() {
        JsonNode v = json("/api/v1/regions?level=province&year=2017&lang=en");

        assertThat(v.get("language").asText()).isEqualTo("en");
        assertThat(row(v, "PV27").get("name").asText()).isEqualTo("North Holland");
        assertThat(row(v, "PV27").get("catchUp").get("label").asText()).isEqualTo("strongly catching up");
        assertThat(v.get("indicators").get("productivity").get("label").asText())
                .isEqualTo("Labour productivity (GDP per hour worked)");
        assertThat(v.get("indicators").get("productivity").get("unitLabel").asText())
                .isEqualTo("€ per hour worked");
    }

    @Test
    void shouldRefuseAnUnknownLevelOrAYearOutsideTheData() {
        assertThat(problem("/api/v1/regions?level=gemeente", 400).get("detail").asText())
                .contains("level")
                .contains("gemeente");
        assertThat(problem("/api/v1/regions?year=1990", 400).get("detail").asText())
                .contains("1990")
                .contains("nama_10r");
        assertThat(problem("/api/v1/regions?year=2010&from=2012", 400)
                        .get("detail")
                        .asText())
                .contains("from");
        assertThat(problem("/api/v1/regions?year=abc", 400).get("detail").asText())
                .contains("year");
    }

    @Test
    void shouldDescribeTheMonitorApiInOpenApi() {
        JsonNode api = json("/v3/api-docs");

        assertThat(api.get("paths").has("/api/v1/regions")).isTrue();
        assertThat(api.get("paths").has("/api/v1/regions/{code}/summary")).isTrue();
        assertThat(api.get("paths")
                        .get("/api/v1/regions")
                        .get("get")
                        .get("tags")
                        .get(0)
                        .asText())
                .isEqualTo("monitor");
        JsonNode schemas = api.get("components").get("schemas");
        assertThat(schemas.has("RegionsCatchUp")).isTrue();
        assertThat(schemas.has("RegionHeadline")).isTrue();
        assertThat(schemas.has("RegionPerHour")).isTrue();
        assertThat(schemas.get("MonitorIndicator").get("properties").has("mixedVintages"))
                .isTrue();
        assertThat(schemas.get("MonitorIndicator").get("properties").has("nutsVersion"))
                .isTrue();
        assertThat(schemas.get("RegionRow").get("properties").has("labourIncomeShare"))
                .isTrue();
        assertThat(schemas.has("RegionCatchUp")).isTrue();
        assertThat(schemas.get("CatchUpPosition").get("properties").has("class"))
                .isTrue();
    }
}
