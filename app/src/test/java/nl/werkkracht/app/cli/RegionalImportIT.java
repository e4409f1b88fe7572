package nl.werkkracht.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Region × sector data through the CLI: a CBS OData import from saved responses shaped like 84419NED,
 * and the gap decomposition on an invented region × sector file (see {@code cli/README.txt}).
 */
class RegionalImportIT {

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    @Test
    void shouldDecomposeTheGapOfAnImportedRegionBySector() throws IOException {
        Path csv = copy("example-regional-gva.csv");
        assertThat(CliRun.run(dataDir, "import", csv.toString(), "--dataset", "regio")
                        .exitCode())
                .isZero();
        JsonNode g = CliRun.run(
                        dataDir,
                        "gap",
                        "--dataset",
                        "regio",
                        "--region",
                        "PV20",
                        "--reference",
                        "NL",
                        "--year",
                        "2021",
                        "--labour",
                        "FTE",
                        "--output",
                        "json")
                .json();
        // computed separately from the file: P_r = 101522.8426395939, P_n = 78000 EUR per FTE
        assertThat(g.get("productivity").get("region").asDouble()).isCloseTo(101522.8426395939, within(1e-6));
        assertThat(g.get("productivity").get("reference").asDouble()).isCloseTo(78000.0, within(1e-6));
        assertThat(g.get("gap").asDouble()).isCloseTo(23522.842639593902, within(1e-6));
        JsonNode e = g.get("effects");
        assertThat(e.get("productivity").asDouble()).isCloseTo(12533.333333333334, within(1e-6));
        assertThat(e.get("structure").asDouble()).isCloseTo(5587.140439932314, within(1e-6));
        assertThat(e.get("interaction").asDouble()).isCloseTo(5402.368866328255, within(1e-6));
        assertThat(g.get("structureCorrectedIndex").asDouble()).isCloseTo(116.06837606837608, within(1e-9));
        double sum = 0;
        for (JsonNode s : g.get("sectors")) {
            sum += s.get("contribution").asDouble();
        }
        assertThat(sum).isCloseTo(g.get("gap").asDouble(), within(1e-9 * 78000));
        assertThat(g.get("unit").asText()).isEqualTo("EUR/FTE");
        assertThat(g.get("missingSectors").toString())
                .contains("{\"sector\":\"F\",\"reason\":\"CONFIDENTIAL_IN_REGION\"}")
                .contains("{\"sector\":\"J\",\"reason\":\"MISSING_IN_BOTH\"}")
                .doesNotContain("\"sector\":\"A\"");
    }

    @Test
    void shouldImportSavedCbsResponsesWithTheShippedMapping() throws IOException {
        Path dir = files.resolve("cbs");
        Files.createDirectories(dir);
        for (String name : new String[] {
            "84419NED_BedrijfstakkenBranchesSBI2008.json", "84419NED_DataProperties.json", "84419NED_Perioden.json",
            "84419NED_RegioS.json", "84419NED_TableInfos.json", "84419NED_UntypedDataSet.json"
        }) {
            try (InputStream in = getClass().getResourceAsStream("/cli/cbs-84419NED-shaped/" + name)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        CliRun r = CliRun.run(
                dataDir,
                "import",
                dir.toString(),
                "--format",
                "cbs-odata",
                "--table",
                "84419NED",
                "--dataset",
                "cbs-regio");
        assertThat(r.exitCode()).as(r.err()).isZero();
        // GVA 23311 mln euro / 240.7 thousand FTE for Groningen (PV20), 2021, as in the StatLine page
        JsonNode p = CliRun.run(
                        dataDir,
                        "productivity",
                        "--dataset",
                        "cbs-regio",
                        "--region",
                        "PV20",
                        "--year",
                        "2021",
                        "--labour",
                        "FTE",
                        "--output",
                        "json")
                .json();
        assertThat(p.get("value").asDouble()).isCloseTo(23311e6 / 240.7e3, within(1e-6));
        JsonNode datasets = CliRun.run(dataDir, "datasets", "--output", "json").json();
        boolean found = false;
        for (JsonNode d : datasets) {
            if (d.get("name").asText().equals("cbs-regio")) {
                found = true;
                assertThat(d.get("source").asText()).contains("CBS");
                assertThat(d.get("licence").asText()).contains("CC BY 4.0");
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    void shouldAskForTheTableWhenImportingSavedCbsResponses() {
        CliRun r = CliRun.run(dataDir, "import", files.toString(), "--format", "cbs-odata", "--dataset", "x");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("--table");
    }

    private Path copy(String name) throws IOException {
        Path target = files.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/cli/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }
}
