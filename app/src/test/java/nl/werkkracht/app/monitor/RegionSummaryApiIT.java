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
        assertThat(productivity.get("value").asDouble()).isCloseTo(96009.03832248735, within(1e-6));
        assertThat(productivity.get("previousYear").asInt()).isEqualTo(2016);
        double change = productivity.get("value").asDouble()
                - productivity.get("previous").asDouble();
        assertThat(productivity.get("change").asDouble()).isCloseTo(change, within(1e-9));
        assertThat(productivity.get("changePercent").asDouble())
                .isCloseTo(change / productivity.get("previous").asDouble(), within(1e-12));
        assertThat(productivity.get("direction").asText()).isEqualTo(change > 0 ? "UP" : "DOWN");
        assertThat(keyFigure(s, "structureCorrectedIndex").get("value").asDouble())
                .isCloseTo(114.59293678539053, within(1e-9));
        assertThat(keyFigure(s, "labour").get("unitLabel").asText()).isEqualTo("personen");
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

        assertThat(st.get("expected").asDouble()).isCloseTo(75090.53120108468, within(1e-6));
        assertThat(st.get("referenceExpected").asDouble()).isCloseTo(72361.60787530763, within(1e-6));
        assertThat(st.get("structureIndex").asDouble()).isCloseTo(103.77123091360752, within(1e-9));
        assertThat(st.get("structureCorrectedIndex").asDouble()).isCloseTo(114.59293678539053, within(1e-9));
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
        JsonNode s = json("/api/v1/regions/PV27/summary?year=2018");

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
        assertThat(keyFigure(s, "productivity").get("unitLabel").asText()).isEqualTo("€ per person employed");
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
