package nl.werkkracht.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/regions/{code}/summary} on the default data; expected values computed
 * independently from the raw files (see {@link RegionsApiIT}).
 */
class RegionSummaryApiIT extends MonitorHttp {

    @Test
    void shouldGiveKeyFiguresWithThePreviousYearAndTheChange() {
        JsonNode s = json("/api/v1/regions/PV27/summary?year=2017");
        JsonNode productivity = keyFigure(s, "productivity");

        assertThat(s.get("region").get("name").asText()).isEqualTo("Noord-Holland");
        // GDP per hour worked (provinces, ADR 0030): see RegionsApiIT
        assertThat(productivity.get("value").asDouble()).isCloseTo(65.28660710956575, within(1e-9));
        assertThat(productivity.get("previousYear").asInt()).isEqualTo(2016);
        double change = productivity.get("value").asDouble()
                - productivity.get("previous").asDouble();
        assertThat(productivity.get("change").asDouble()).isCloseTo(change, within(1e-9));
        assertThat(productivity.get("changePercent").asDouble())
                .isCloseTo(change / productivity.get("previous").asDouble(), within(1e-12));
        assertThat(productivity.get("direction").asText()).isEqualTo(change > 0 ? "UP" : "DOWN");
        assertThat(keyFigure(s, "structureCorrectedIndex").get("value").asDouble())
                .isCloseTo(112.20099476906975, within(1e-6));
        assertThat(keyFigure(s, "labour").get("unitLabel").asText()).isEqualTo("gewerkte uren");
    }

    @Test
    void shouldAcceptCbsAndNutsCodesOfTheSameArea() {
        JsonNode pv = json("/api/v1/regions/PV27/summary?year=2017");
        JsonNode nuts = json("/api/v1/regions/nl32/summary?year=2017");

        assertThat(nuts.get("region").get("code").asText()).isEqualTo("NL32");
        assertThat(nuts.get("region").get("mapCode").asText()).isEqualTo("PV27");
        assertThat(nuts.get("series")).isEqualTo(pv.get("series"));
        assertThat(nuts.get("structure")).isEqualTo(pv.get("structure"));
    }

    @Test
    void shouldGiveTheSeriesAgainstTheNetherlandsWithNullsWhereDataEnd() {
        JsonNode series = json("/api/v1/regions/CR23/summary?year=2017").get("series");

        JsonNode y2017 = point(series, 2017);
        assertThat(y2017.get("productivity").asDouble()).isCloseTo(112240.83575508567, within(1e-6));
        assertThat(y2017.get("reference").asDouble()).isCloseTo(80737.87257314738, within(1e-6));
        assertThat(y2017.get("index").asDouble()).isCloseTo(100 * 112240.83575508567 / 80737.87257314738, within(1e-9));
        // NUTS-3 persons employed end in 2017, national ones in 2018
        JsonNode y2018 = point(series, 2018);
        assertThat(y2018.get("productivity").isNull()).isTrue();
        assertThat(y2018.get("reference").isNumber()).isTrue();
        assertThat(y2018.get("index").isNull()).isTrue();
    }

    @Test
    void shouldGiveTheStructureWithSharesThatAddUpAndTheMissingSectorNamed() {
        JsonNode st = json("/api/v1/regions/NL32/summary?year=2017").get("structure");

        // per hour worked: EU KLEMS GVA by A10 sector over the national hours by sector (see RegionsApiIT)
        assertThat(st.get("expected").asDouble()).isCloseTo(52.15047861663156, within(1e-6));
        assertThat(st.get("referenceExpected").asDouble()).isCloseTo(50.28448755565991, within(1e-6));
        assertThat(st.get("structureIndex").asDouble()).isCloseTo(103.71086820544048, within(1e-6));
        assertThat(st.get("structureCorrectedIndex").asDouble()).isCloseTo(112.20099476906975, within(1e-6));
        assertThat(st.get("structureCorrectedIndex").asDouble())
                .isCloseTo(
                        100
                                * st.get("actualIndex").asDouble()
                                / st.get("structureIndex").asDouble(),
                        within(1e-9));
        double region = 0;
        double nl = 0;
        for (JsonNode sector : st.get("sectors")) {
            region += sector.get("regionShare").asDouble();
            nl += sector.get("referenceShare").asDouble();
        }
        assertThat(region).isCloseTo(1.0, within(1e-12));
        assertThat(nl).isCloseTo(1.0, within(1e-12));
        // R-U is composed from R + S + T (EU KLEMS has no value for U), not dropped: METHODS §4 revised
        assertThat(st.get("missingSectors").toString()).doesNotContain("R-U");
        assertThat(st.get("sectors")).hasSize(10);
    }

    @Test
    void shouldGiveNullStructureWithANoteAfter2017() {
        // the Netherlands per person employed: persons by sector (nama_10r) end in 2017
        JsonNode s = json("/api/v1/regions/NL/summary?year=2018");

        assertThat(s.get("structure").isNull()).isTrue();
        assertThat(s.get("structureNote").asText()).contains("2018").contains("2017");
        assertThat(keyFigure(s, "productivity").get("value").isNumber()).isTrue();
        assertThat(keyFigure(s, "structureCorrectedIndex").get("value").isNull())
                .isTrue();
        assertThat(keyFigure(s, "structureCorrectedIndex").get("change").isNull())
                .isTrue();
        assertThat(keyFigure(s, "structureCorrectedIndex").get("direction").isNull())
                .isTrue();
    }

    @Test
    void shouldNameCbsTable84419nedWhenTheStoreHasNoRegionalValueAddedBySector() {
        // Zuid-Holland: the shipped 2018 GVA is for NUTS 2024 NL36, a different area than NL33 (Vijfheerenlanden)
        JsonNode s = json("/api/v1/regions/PV28/summary");

        assertThat(s.get("gap").isNull()).isTrue();
        assertThat(s.get("gapNote").asText())
                .contains("84419NED")
                .contains("./werkkracht import cbs:84419NED --dataset regio");
    }

    @Test
    void shouldGiveTheGapPerHourOfNoordHollandIn2018FromTheShippedData() {
        JsonNode gap = json("/api/v1/regions/PV27/summary?year=2017").get("gap");

        // GVA CP 2018 (A10) x 1e6 / hours EMP 2018 x 1e3, recomputed in Python from the shipped files
        assertThat(gap.get("dataset").asText()).isEqualTo("nama_10r_gva2018");
        assertThat(gap.get("year").asInt()).isEqualTo(2018);
        assertThat(gap.get("labour").asText()).isEqualTo("HOURS");
        assertThat(gap.get("region").asDouble()).isCloseTo(60.549305691204445, within(1e-9));
        assertThat(gap.get("gap").asDouble()).isCloseTo(8.474282283397898, within(1e-9));
        double contributions = 0;
        for (JsonNode sector : gap.get("sectors")) {
            contributions += sector.get("contribution").asDouble();
        }
        assertThat(contributions).isCloseTo(gap.get("gap").asDouble(), within(1e-9));
    }

    @Test
    void shouldGiveTheCatchUpPathThatStartsAndEndsAtTheClassifiedLevels() {
        JsonNode c = json("/api/v1/regions/PV27/summary?year=2017&from=2007").get("catchUp");
        JsonNode path = c.get("path");

        assertThat(c.get("frontrunner").get("code").asText()).isEqualTo("PV20,PV27");
        assertThat(c.get("frontrunnerGroup")).hasSize(2);
        assertThat(c.get("position").get("class").asText()).isEqualTo("STRONGLY_CATCHING_UP");
        assertThat(path).hasSize(11);
        assertThat(path.get(0).get("relative").asDouble())
                .isCloseTo(c.get("position").get("relativeFrom").asDouble(), within(1e-9));
        assertThat(path.get(10).get("relative").asDouble())
                .isCloseTo(c.get("position").get("relativeTo").asDouble(), within(1e-9));
        assertThat(path.get(10).get("relativeCorrected").asDouble())
                .isCloseTo(c.get("corrected").get("relativeTo").asDouble(), within(1e-9));
    }

    @Test
    void shouldGiveTheNetherlandsIndex100AndNoCatchUpClass() {
        JsonNode s = json("/api/v1/regions/NL/summary?year=2017");

        assertThat(keyFigure(s, "index").get("value").asDouble()).isEqualTo(100.0);
        assertThat(s.get("structure").get("structureCorrectedIndex").asDouble()).isCloseTo(100.0, within(1e-12));
        assertThat(s.get("catchUp").isNull()).isTrue();
        assertThat(s.get("catchUpNote").asText()).isNotBlank();
    }

    @Test
    void shouldAnswerInEnglishWithLangEn() {
        JsonNode s = json("/api/v1/regions/PV27/summary?year=2017&lang=en");

        assertThat(s.get("region").get("name").asText()).isEqualTo("North Holland");
        assertThat(keyFigure(s, "productivity").get("unitLabel").asText()).isEqualTo("€ per hour worked");
        assertThat(s.get("gap").get("unitLabel").asText()).isEqualTo("€ per hour worked");
        assertThat(json("/api/v1/regions/PV28/summary?year=2017&lang=en")
                        .get("gapNote")
                        .asText())
                .contains("84419NED")
                .startsWith("Decomposing");
        assertThat(s.get("structure").get("sectors").get(0).get("name").asText())
                .isEqualTo("Agriculture, forestry and fishing");
    }

    @Test
    void shouldHeadOverijsselWithItsIndexPerHourAgainstTheNetherlandsAndItsPerHourFigures() {
        // worked example (PerHourFiguresTest): GDP per hour NL21 2009 35,372.66e6 / 817,895e3 = 43.24841 and NL
        // 624,842e6 / 12,551,000e3 = 49.78424, index 86.87169; 2019 45,727.61e6 / 889,259e3 = 51.42215 and NL
        // 813,055e6 / 13,798,278e3 = 58.92438, index 87.26804; change +0.39634 points
        JsonNode s = json("/api/v1/regions/PV23/summary?year=2019&from=2009");
        JsonNode h = s.get("headline");

        assertThat(h.get("labour").asText()).isEqualTo("HOURS");
        assertThat(h.get("indexFrom").asDouble()).isCloseTo(86.87169, within(1e-5));
        assertThat(h.get("indexTo").asDouble()).isCloseTo(87.26804, within(1e-5));
        assertThat(h.get("change").asDouble()).isCloseTo(0.39634, within(1e-5));
        assertThat(h.get("points")).hasSize(20); // 2000-2019
        assertThat(h.get("mixedVintages").asBoolean()).isTrue();
        assertThat(h.get("basisNote").asText()).contains("per gewerkt uur").contains("NUTS 2016");
        JsonNode p = s.get("perHour");
        // labour income share 2018 = 21,914 x (871,759 / 692,954) / 39,910 = 0.690768 (hand, see the unit test)
        assertThat(p.get("labourIncomeShareYear").asInt()).isEqualTo(2018);
        assertThat(p.get("labourIncomeShare").asDouble()).isCloseTo(0.690768, within(1e-6));
        assertThat(p.get("gvaPerHour").asDouble()).isCloseTo(39_910e6 / 871_759e3, within(1e-9));
        assertThat(p.get("labourIncomeShareNote").asText())
                .contains("Gemengde vintages")
                .contains("2026-03");
        // volume growth per hour 2019 = (110.4 / 108.5) / (889,259 / 871,759) - 1 = -0.0025124
        JsonNode last = p.get("growth").get(p.get("growth").size() - 1);
        assertThat(last.get("year").asInt()).isEqualTo(2019);
        assertThat(last.get("productivityGrowth").asDouble()).isCloseTo(-0.0025124, within(1e-7));
        assertThat(p.get("averageAnnualGrowth").asDouble()).isCloseTo(0.004896163851386692, within(1e-12));
        // COROP: per person employed, no per-hour block
        JsonNode corop = json("/api/v1/regions/CR23/summary?year=2017");
        assertThat(corop.get("headline").get("labour").asText()).isEqualTo("PERSONS");
        assertThat(corop.get("perHour").isNull()).isTrue();
        // Zuid-Holland: no 2018 GVA (NUTS 2024 NL36 is another area), said with the reason
        JsonNode zh = json("/api/v1/regions/PV28/summary?year=2019").get("perHour");
        assertThat(zh.get("labourIncomeShare").isNull()).isTrue();
        assertThat(zh.get("labourIncomeShareNote").asText()).contains("NL33").contains("NL36");
    }

    @Test
    void shouldAnswer404WithAProblemForAnUnknownRegion() {
        JsonNode p = problem("/api/v1/regions/XX99/summary", 404);

        assertThat(p.get("type").asText()).endsWith("/unknown-region");
        assertThat(p.get("detail").asText()).contains("XX99");
    }

    private static JsonNode keyFigure(JsonNode summary, String id) {
        for (JsonNode f : summary.get("keyFigures")) {
            if (f.get("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no key figure " + id);
    }

    private static JsonNode point(JsonNode series, int year) {
        for (JsonNode p : series) {
            if (p.get("year").asInt() == year) {
                return p;
            }
        }
        throw new AssertionError("no year " + year + " in the series");
    }
}
