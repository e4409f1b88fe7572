package nl.werkkracht.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI contract on the real default datasets, in an embedded database. Expected values were
 * computed independently from the shipped files (Python over the raw CSV/TSV; see the comments).
 */
class CliIT {

    @TempDir
    static Path dataDir;

    @BeforeAll
    static void loadDefaults() {
        CliRun r = CliRun.run(dataDir, "datasets");
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void shouldEvaluateARegionalIndicatorWithASyntheticControl() {
        // Overijssel (NL21) against the other provinces, GDP per person employed as an index (NL = 100)
        CliRun r = CliRun.run(
                dataDir,
                "synth",
                "--dataset",
                "nama_10r",
                "--indicator",
                "index",
                "--treated",
                "NL21",
                "--treatment-start",
                "2012",
                "--placebos",
                "--output",
                "json");

        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("treated").asText()).isEqualTo("NL21");
        assertThat(j.get("weights")).hasSize(11);
        double sum = 0;
        for (JsonNode w : j.get("weights")) {
            sum += w.get("weight").asDouble();
        }
        assertThat(sum).isCloseTo(1, within(1e-9));
        assertThat(j.get("placebo").get("of").asInt()).isEqualTo(12);
        assertThat(j.get("fitYears").get(0).asInt()).isEqualTo(2000);
    }

    @Test
    void shouldListTheDefaultDatasetsWithProvenance() {
        JsonNode d = CliRun.run(dataDir, "datasets", "--output", "json").json();
        List<String> names = new ArrayList<>();
        d.forEach(n -> names.add(n.get("name").asText()));
        assertThat(names).contains("nama_10_a64", "euklems", "nama_10r");
        d.forEach(n -> {
            if (!List.of("nama_10_a64", "euklems", "nama_10r")
                    .contains(n.get("name").asText())) {
                return;
            }
            assertThat(n.get("source").asText()).isNotBlank();
            assertThat(n.get("licence").asText()).isNotBlank();
        });
    }

    @Test
    void shouldGiveNationalProductivityPerHourWithItsLabels() {
        // GVA CP 2019 / HOURS 2019 from nama_10_a64_NL.csv: 52.27774441031741 EUR per hour
        JsonNode p = CliRun.run(
                        dataDir,
                        "productivity",
                        "--dataset",
                        "nama_10_a64",
                        "--region",
                        "NL",
                        "--year",
                        "2019",
                        "--labour",
                        "HOURS",
                        "--output",
                        "json")
                .json();
        assertThat(p.get("value").asDouble()).isCloseTo(52.27774441031741, within(1e-9));
        assertThat(p.get("unit").asText()).isEqualTo("EUR/HW");
        assertThat(p.get("labour").asText()).isEqualTo("HOURS");
        assertThat(p.get("priceBasis").asText()).isEqualTo("CP");
        assertThat(p.get("region").asText()).isEqualTo("NL");
        assertThat(p.get("sector").asText()).isEqualTo("TOTAL");
        assertThat(p.get("year").asInt()).isEqualTo(2019);
    }

    @Test
    void shouldComputeVolumeGrowthOfGvaPerHourForAnyPeriod() {
        // g_Y = PYP(t)/CP(t-1) - 1, g_L = H(t)/H(t-1) - 1; geometric mean 2013-2021 = 0.0015219774815622422
        JsonNode g = CliRun.run(
                        dataDir,
                        "growth",
                        "--dataset",
                        "nama_10_a64",
                        "--region",
                        "NL",
                        "--from",
                        "2013",
                        "--to",
                        "2021",
                        "--labour",
                        "HOURS",
                        "--output",
                        "json")
                .json();
        assertThat(g.get("averageAnnualGrowth").asDouble()).isCloseTo(0.0015219774815622422, within(1e-12));
        assertThat(g.get("years")).hasSize(8);
        assertThat(g.get("years").get(0).get("year").asInt()).isEqualTo(2014);
        assertThat(g.get("years").get(0).get("growth").asDouble()).isCloseTo(0.0076, within(5e-5));
        for (int from = 1996; from + 5 <= 2021; from += 6) {
            CliRun r = CliRun.run(
                    dataDir,
                    "growth",
                    "--dataset",
                    "nama_10_a64",
                    "--region",
                    "NL",
                    "--from",
                    Integer.toString(from),
                    "--to",
                    Integer.toString(from + 5),
                    "--labour",
                    "HOURS",
                    "--output",
                    "json");
            assertThat(r.exitCode()).as(r.err()).isZero();
        }
    }

    @Test
    void shouldDecomposeShiftShareSoThatEffectsAddUp() {
        for (String basis : List.of("CP", "PYP")) {
            JsonNode s = CliRun.run(
                            dataDir,
                            "shift-share",
                            "--dataset",
                            "nama_10_a64",
                            "--region",
                            "NL",
                            "--from",
                            "2013",
                            "--to",
                            "2019",
                            "--labour",
                            "HOURS",
                            "--price-basis",
                            basis,
                            "--output",
                            "json")
                    .json();
            JsonNode e = s.get("effects");
            double sum = e.get("within").asDouble()
                    + e.get("staticShift").asDouble()
                    + e.get("dynamicShift").asDouble();
            double change = s.get("change").asDouble();
            assertThat(sum).isCloseTo(change, within(1e-9 * Math.abs(change)));
            assertThat(s.get("productivity").get("to").asDouble()
                            - s.get("productivity").get("from").asDouble())
                    .isCloseTo(change, within(1e-12));
            assertThat(s.get("missingSectors").toString()).contains("\"K\"");
        }
    }

    @Test
    void shouldNameTable84419WhenTheGapNeedsRegionalGvaBySector() {
        CliRun r = CliRun.run(
                dataDir,
                "gap",
                "--dataset",
                "nama_10r",
                "--region",
                "NL11",
                "--reference",
                "NL",
                "--year",
                "2017",
                "--labour",
                "PERSONS");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("84419NED").contains("import cbs:84419NED");
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void shouldCorrectForSectorStructureWithKlemsProductivity() {
        // independently: P_r = GDP/persons NL32 2017 = 96009.03832248735, P_n = 80737.87257314738,
        // E_r = 75090.53120108468, Ê_n = 72361.60787530763 (KLEMS VA_CP by A10 / nama_10r persons NL,
        // R-U composed as R + S + T since KLEMS publishes no value for U: METHODS §4 revised)
        JsonNode s = CliRun.run(
                        dataDir,
                        "structure",
                        "--dataset",
                        "nama_10r",
                        "--productivity-dataset",
                        "euklems",
                        "--region",
                        "NL32",
                        "--reference",
                        "NL",
                        "--year",
                        "2017",
                        "--labour",
                        "PERSONS",
                        "--output",
                        "json")
                .json();
        assertThat(s.get("actual").get("region").asDouble()).isCloseTo(96009.03832248735, within(1e-6));
        assertThat(s.get("actual").get("reference").asDouble()).isCloseTo(80737.87257314738, within(1e-6));
        assertThat(s.get("expected").asDouble()).isCloseTo(75090.53120108468, within(1e-6));
        assertThat(s.get("structureIndex").asDouble()).isCloseTo(103.77123091360752, within(1e-9));
        assertThat(s.get("correctedIndex").asDouble()).isCloseTo(114.59293678539053, within(1e-9));
        assertThat(s.get("coverage").asDouble()).isCloseTo(1, within(1e-12));
        assertThat(s.get("referenceCoverage").asDouble()).isCloseTo(1, within(1e-12));
        assertThat(s.get("outputMeasures").get("actual").asText()).startsWith("GDP");
        assertThat(s.get("outputMeasures").get("expected").asText()).startsWith("GVA");
        assertThat(s.get("sources").get("referenceGva").asText()).isEqualTo("euklems");
        assertThat(s.get("missingSectors").toString()).doesNotContain("R-U");
    }

    @Test
    void shouldClassifyRegionsAgainstTheFrontrunner() {
        JsonNode t = CliRun.run(
                        dataDir,
                        "typology",
                        "--dataset",
                        "nama_10r",
                        "--level",
                        "nuts2",
                        "--from",
                        "2008",
                        "--to",
                        "2017",
                        "--labour",
                        "PERSONS",
                        "--output",
                        "json")
                .json();
        // the default group: the top 10 % of 12 regions, at least two, by mean GDP per person 2008-2010:
        // Groningen (92,482) and Noord-Holland (80,932); recomputed in Python from the shipped files
        assertThat(t.get("frontrunner").asText()).isEqualTo("Groningen, Noord-Holland");
        assertThat(t.get("frontrunnerGroup").toString()).isEqualTo("[\"NL11\",\"NL32\"]");
        assertThat(t.get("frontrunnerChangeVsReference").asDouble()).isCloseTo(-12.478032664964122, within(1e-9));
        assertThat(t.get("warnings").get(0).asText()).startsWith("FRONTRUNNER_FALLS_BACK");
        assertThat(t.get("regions")).hasSize(12);
        t.get("regions").forEach(r -> {
            if (r.get("region").asText().equals("NL21")) {
                assertThat(r.get("changeVsReference").asDouble()).isCloseTo(-3.7643655345833804, within(1e-9));
            }
        });
        t.get("regions").forEach(r -> {
            double change =
                    r.get("relativeTo").asDouble() - r.get("relativeFrom").asDouble();
            assertThat(r.get("change").asDouble()).isCloseTo(change, within(1e-9));
            assertThat(r.get("class").asText())
                    .isIn(
                            "STRONGLY_CATCHING_UP",
                            "CATCHING_UP",
                            "KEEPING_PACE",
                            "FALLING_BEHIND",
                            "STRONGLY_FALLING_BEHIND");
        });
        JsonNode provinces = CliRun.run(
                        dataDir,
                        "typology",
                        "--dataset",
                        "nama_10r",
                        "--level",
                        "province",
                        "--from",
                        "2008",
                        "--to",
                        "2017",
                        "--labour",
                        "PERSONS",
                        "--corrected",
                        "--productivity-dataset",
                        "euklems",
                        "--output",
                        "json")
                .json();
        assertThat(provinces.get("regions").get(0).get("region").asText()).startsWith("PV");
        assertThat(provinces.get("notes").toString()).contains("NUTS-2");
        assertThat(provinces.get("corrected").asBoolean()).isTrue();
    }

    @Test
    void shouldImportAGoodFileAndNothingOfABadOne() throws Exception {
        Path good = copy("example-good.csv");
        CliRun ok = CliRun.run(dataDir, "import", good.toString(), "--dataset", "example");
        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("Imported 4 observations");
        JsonNode p = CliRun.run(
                        dataDir,
                        "productivity",
                        "--dataset",
                        "example",
                        "--region",
                        "NL12",
                        "--year",
                        "2020",
                        "--labour",
                        "HOURS",
                        "--output",
                        "json")
                .json();
        assertThat(p.get("value").isNull())
                .as("zero labour gives no productivity, never 0")
                .isTrue();

        Path bad = copy("example-bad.csv");
        CliRun r = CliRun.run(dataDir, "import", bad.toString(), "--dataset", "example-bad");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("example-bad.csv line 3").contains("abc").contains("value");
        JsonNode datasets = CliRun.run(dataDir, "datasets", "--output", "json").json();
        datasets.forEach(d -> assertThat(d.get("name").asText()).isNotEqualTo("example-bad"));
    }

    @Test
    void shouldRefuseAHeaderOnlyFileWithExitCodeOneAndNoDataset() throws Exception {
        Path empty = java.nio.file.Files.writeString(
                dataDir.resolve("header-only.csv"), "measure,region,sector,period,value,unit,price_basis,status\n");
        CliRun r = CliRun.run(dataDir, "import", empty.toString(), "--dataset", "empty");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("header-only.csv: the file holds no observations");
        JsonNode datasets = CliRun.run(dataDir, "datasets", "--output", "json").json();
        datasets.forEach(d -> assertThat(d.get("name").asText()).isNotEqualTo("empty"));

        Path cut = java.nio.file.Files.writeString(
                dataDir.resolve("cut.csv"),
                "measure,region,sector,period,value,unit,price_basis,status\nGVA,NL,TOTAL,2019,7249");
        CliRun c = CliRun.run(dataDir, "import", cut.toString(), "--dataset", "cut");
        assertThat(c.exitCode()).isEqualTo(1);
        assertThat(c.err())
                .contains("cut.csv line 2: the file does not end with a line break")
                .doesNotContain("\tat ");
    }

    @Test
    void shouldRejectADuplicateOfAStoredObservationAndKeepTheDataset() throws Exception {
        Path good = copy("example-good.csv");
        CliRun first = CliRun.run(dataDir, "import", good.toString(), "--dataset", "twice");
        assertThat(first.exitCode()).as(first.err()).isZero();
        CliRun again = CliRun.run(dataDir, "import", good.toString(), "--dataset", "twice");
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.err()).contains("line 2").contains("duplicate");
        JsonNode twice = null;
        for (JsonNode d : CliRun.run(dataDir, "datasets", "--output", "json").json()) {
            if (d.get("name").asText().equals("twice")) {
                twice = d;
            }
        }
        assertThat(twice).isNotNull();
        assertThat(twice.get("observations").asLong()).isEqualTo(4);
    }

    @Test
    void shouldExplainAnUnknownDatasetInOneLine() {
        CliRun r = CliRun.run(
                dataDir, "productivity", "--dataset", "nope", "--region", "NL", "--year", "2019", "--labour", "HOURS");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("werkkracht: no dataset named nope (see ./werkkracht datasets)");
    }

    @Test
    void shouldRejectAnUnknownLabourMeasureAsUsageError() {
        CliRun r = CliRun.run(
                dataDir,
                "productivity",
                "--dataset",
                "nama_10_a64",
                "--region",
                "NL",
                "--year",
                "2019",
                "--labour",
                "HEADS");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("HEADS").contains("HOURS, FTE, JOBS or PERSONS");
    }

    @Test
    void shouldPrintCsvWithFullPrecision() {
        CliRun r = CliRun.run(
                dataDir,
                "productivity",
                "--dataset",
                "nama_10_a64",
                "--region",
                "NL",
                "--year",
                "2019",
                "--labour",
                "HOURS",
                "--output",
                "csv");
        assertThat(r.out().lines().findFirst().orElseThrow())
                .isEqualTo("region,sector,year,output,priceBasis,labour,value,unit");
        assertThat(r.out()).contains("52.27774441031741");
    }

    private static Path copy(String name) throws Exception {
        Path target = dataDir.resolveSibling(dataDir.getFileName() + "-" + name);
        try (var in = CliIT.class.getResourceAsStream("/cli/" + name)) {
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }
}
