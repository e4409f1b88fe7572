package nl.werkkracht.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gap between Overijssel (NL21) and the Netherlands in 2018 per hour worked, from the shipped
 * default dataset nama_10r_gva2018 (Eurostat nama_10r_3gva 2018, vintage March 2026, with hours of
 * nama_10r_2emhrw, release September 2022), against an independent computation in Python over the raw
 * shipped files: GVA CP by A*10 x 1e6 over hours EMP x 1e3, the ten A10 sectors (issue 11, SER Overijssel's
 * "Bijdrage per sector aan het verschil in arbeidsproductiviteit tussen Overijssel en Nederland").
 */
class GapPerHourIT {

    @TempDir
    static Path dataDir;

    @BeforeAll
    static void loadDefaults() {
        CliRun r = CliRun.run(dataDir, "datasets");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("nama_10r_gva2018").contains("nama_10r_2022");
    }

    private static JsonNode gap() {
        CliRun r = CliRun.run(
                dataDir,
                "gap",
                "--dataset",
                "nama_10r_gva2018",
                "--region",
                "NL21",
                "--reference",
                "NL",
                "--year",
                "2018",
                "--labour",
                "HOURS",
                "--output",
                "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.json();
    }

    @Test
    void shouldDecomposeTheGapPerHourAsTheIndependentComputation() {
        JsonNode g = gap();

        assertThat(g.get("productivity").get("region").asDouble()).isCloseTo(45.781001400616454, within(1e-9));
        assertThat(g.get("productivity").get("reference").asDouble()).isCloseTo(52.07502340780655, within(1e-9));
        assertThat(g.get("gap").asDouble()).isCloseTo(-6.294022007190094, within(1e-9));
        assertThat(g.get("effects").get("productivity").asDouble()).isCloseTo(-5.740927614618967, within(1e-9));
        assertThat(g.get("effects").get("structure").asDouble()).isCloseTo(-0.5756209449240783, within(1e-9));
        assertThat(g.get("effects").get("interaction").asDouble()).isCloseTo(0.022526552352950396, within(1e-9));
        assertThat(g.get("structureCorrectedIndex").asDouble()).isCloseTo(88.97566004020588, within(1e-9));
        Map<String, Double> expected = new HashMap<>(Map.of(
                "M_N", -2.451, "G-I", -1.905, "K", -1.750, "J", -1.014, "L", -0.491, "R-U", -0.350, "A", -0.040, "O-Q",
                -0.037, "F", 0.855, "B-E", 0.889));
        assertThat(g.get("sectors")).hasSize(10);
        for (JsonNode s : g.get("sectors")) {
            assertThat(s.get("contribution").asDouble())
                    .as(s.get("sector").asText())
                    .isCloseTo(expected.get(s.get("sector").asText()), within(0.0005));
        }
    }

    @Test
    void shouldHaveTermsAndContributionsThatAddUpToTheGap() {
        JsonNode g = gap();
        double gap = g.get("gap").asDouble();
        JsonNode e = g.get("effects");

        assertThat(e.get("productivity").asDouble()
                        + e.get("structure").asDouble()
                        + e.get("interaction").asDouble())
                .isCloseTo(gap, within(1e-9));
        double sum = 0;
        for (JsonNode s : g.get("sectors")) {
            sum += s.get("contribution").asDouble();
        }
        assertThat(sum).isCloseTo(gap, within(1e-9));
        assertThat(g.get("coverage").get("region").asDouble()).isCloseTo(1, within(1e-12));
        assertThat(g.get("coverage").get("reference").asDouble()).isCloseTo(1, within(1e-12));
    }

    @Test
    void shouldNameTheMeasuresTheNutsVersionAndTheMixedVintages() {
        JsonNode g = gap();

        assertThat(g.get("labour").asText()).isEqualTo("HOURS");
        assertThat(g.get("priceBasis").asText()).isEqualTo("CP");
        assertThat(g.get("outputMeasure").asText()).startsWith("GVA at basic prices, current prices");
        assertThat(g.get("notes").toString())
                .contains("NUTS 2024")
                .contains("NUTS 2016")
                .contains("Gemengde vintages");
    }

    @Test
    void shouldNotJoinARegionWhoseBoundaryChanged() {
        // Utrecht in NUTS 2024 (NL35) includes Vijfheerenlanden and is not NL31: no GVA is stored for NL31
        CliRun r = CliRun.run(
                dataDir,
                "gap",
                "--dataset",
                "nama_10r_gva2018",
                "--region",
                "NL31",
                "--reference",
                "NL",
                "--year",
                "2018",
                "--labour",
                "HOURS",
                "--output",
                "json");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err())
                .contains("NL31")
                .contains("NL35")
                .contains("Vijfheerenlanden")
                .contains("84419NED");
    }
}
