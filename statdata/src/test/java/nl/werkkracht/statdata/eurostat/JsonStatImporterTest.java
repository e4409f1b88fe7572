package nl.werkkracht.statdata.eurostat;

import static nl.werkkracht.statdata.testing.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.OptionalDouble;
import java.util.zip.GZIPOutputStream;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Status;
import nl.werkkracht.statdata.codelist.CodeListLoader;
import nl.werkkracht.statdata.importer.FormatDetector;
import nl.werkkracht.statdata.importer.ImportException;
import nl.werkkracht.statdata.importer.ImportFormat;
import nl.werkkracht.statdata.importer.ImportProgress;
import nl.werkkracht.statdata.importer.ImportSummary;
import nl.werkkracht.statdata.importer.Importers;
import nl.werkkracht.statdata.testing.RealFiles;
import nl.werkkracht.statdata.testing.RecordingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON-stat: the real legacy 1.x bundles and the real JSON-stat 2.0 API responses in {@code
 * data/formats/eurostat/} (see its PROVENANCE.txt), a 2.0 file CONSTRUCTED from the real 2018 regional GVA
 * values, and small CONSTRUCTED datasets written here per the JSON-stat 2.0 specification for every kind of
 * bad input. The constructed ones are labelled so in their names; their figures are made up.
 */
class JsonStatImporterTest {

    private static final String DIR = "formats/eurostat/";
    private static final String LEGACY_ALL = DIR + "jsonstat_eurostat-name_gpd_c.json";
    private static final String LEGACY_IT = DIR + "jsonstat_eurostat-name_gpd_c-geo_IT.json";
    private static final String LEGACY_IT_FR = DIR + "jsonstat_eurostat-name_gpd_c-geo_IT_FR.json";
    private static final String UNE_RT_M = DIR + "jsonstat2_estat_une_rt_m_DE_2024-01_2026-08.json";
    private static final String STS_CONFIDENTIAL = DIR + "jsonstat2_estat_sts_inpr_m_IE_confidential.json";
    private static final String GVA_CONSTRUCTED = DIR + "jsonstat2_CONSTRUCTED_nama_10r_3gva_2018_NL.json";
    private static final String GVA_CSV = "eurostat/regional-gva-2018/nama_10r_3gva_2018_CP_MEUR_NL.csv";

    private final JsonStatImporter importer = new JsonStatImporter(CodeListLoader.standard());

    @TempDir
    Path dir;

    private record Cell(long index, OptionalDouble value, String status) {}

    private static java.util.List<Cell> cells(Path file) {
        var out = new ArrayList<Cell>();
        JsonStatReader.open(file, ImportProgress.NONE).cells((i, v, s) -> out.add(new Cell(i, v, s)));
        return out;
    }

    @Test
    void shouldDetectJsonStatFilesOfBothVersions() {
        for (String f : new String[] {LEGACY_ALL, LEGACY_IT, UNE_RT_M, STS_CONFIDENTIAL, GVA_CONSTRUCTED}) {
            assertThat(FormatDetector.detect(RealFiles.path(f))).as(f).isEqualTo(ImportFormat.JSON_STAT);
        }
    }

    @Test
    void shouldReadTheRealLegacyBundleCellByCell() {
        var reader = JsonStatReader.open(RealFiles.path(LEGACY_ALL), ImportProgress.NONE);
        var s = reader.structure();
        assertThat(s.legacy()).isTrue();
        assertThat(s.dataset()).isEqualTo("nama_gdp_c");
        assertThat(s.ids()).containsExactly("unit", "indic_na", "geo", "time");
        assertThat(s.cells()).isEqualTo(3036);
        assertThat(s.dimension("geo").orElseThrow().codes().get(32)).isEqualTo("NL");
        var cells = cells(RealFiles.path(LEGACY_ALL));
        assertThat(cells).hasSize(3036);
        // NL is geo 32, 1946 is time 0: cell 32*69 + year-1946 (checked with Python on the file)
        assertThat(cells.get(2257).value()).hasValue(20700); // NL 1995
        assertThat(cells.get(2275).value()).hasValue(35900); // NL 2013
        assertThat(cells.get(2276).value()).isEmpty(); // NL 2014
        assertThat(cells.get(2276).status()).isEqualTo(":");
        assertThat(cells.stream().filter(c -> c.value().isEmpty())).hasSize(1902);
        assertThat(cells.stream().filter(c -> c.status().equals("e"))).hasSize(4);
    }

    @Test
    void shouldReadTheSmallLegacyBundles() {
        var it = cells(RealFiles.path(LEGACY_IT));
        assertThat(it).hasSize(69);
        assertThat(it.get(44).value()).hasValue(15800); // IT 1990
        assertThat(it.get(67).value()).hasValue(25600); // IT 2013
        var reader = JsonStatReader.open(RealFiles.path(LEGACY_IT_FR), ImportProgress.NONE);
        assertThat(reader.structure().dimension("geo").orElseThrow().codes()).containsExactly("FR", "IT");
        assertThat(cells(RealFiles.path(LEGACY_IT_FR))).hasSize(138);
    }

    @Test
    void shouldImportTheLegacyBundleAndAccountForEveryCell() {
        var sink = new RecordingSink();
        ImportSummary s = importer.importFile(RealFiles.path(LEGACY_ALL), sink, ImportProgress.NONE);
        // unit EUR_HAB only: GDP per inhabitant is derived, so nothing is stored; 43 countries are not NL
        assertThat(s.observations()).isZero();
        assertThat(s.skipped()).isEqualTo(3036);
        assertThat(s.notes())
                .anySatisfy(n -> assertThat(n)
                        .contains("regions outside the Netherlands")
                        .contains("AT 69"))
                .anySatisfy(n -> assertThat(n).contains("derived from GDP").contains("EUR_HAB/B1GM 69"));
    }

    @Test
    void shouldReadTheRealSparseApiResponseAndReportTheMissingCell() {
        var reader = JsonStatReader.open(RealFiles.path(UNE_RT_M), ImportProgress.NONE);
        assertThat(reader.structure().legacy()).isFalse();
        assertThat(reader.structure().dataset()).isEqualTo("UNE_RT_M");
        assertThat(reader.structure().updated()).isEqualTo("2026-09-22T11:00:00+0200");
        var cells = cells(RealFiles.path(UNE_RT_M));
        assertThat(cells).hasSize(32);
        assertThat(cells.get(0).value()).hasValue(3.2);
        assertThat(cells.get(30).value()).hasValue(4.0);
        // 2026-08 (cell 31) is not in the sparse value object: reported last, without a value
        assertThat(cells.get(31)).isEqualTo(new Cell(31, OptionalDouble.empty(), ""));
    }

    @Test
    void shouldReadTheRealConfidentialCellsAsStatusesWithoutValues() {
        var cells = cells(RealFiles.path(STS_CONFIDENTIAL));
        assertThat(cells).hasSize(6).allSatisfy(c -> {
            assertThat(c.value()).isEmpty();
            assertThat(c.status()).isEqualTo("|C");
        });
    }

    @Test
    void shouldRefuseARealApiResponseOfADatasetWithoutMapping() {
        Path file = RealFiles.path(UNE_RT_M);
        ImportException e = assertRejected(
                importer,
                file,
                "jsonstat2_estat_une_rt_m_DE_2024-01_2026-08.json: unknown Eurostat dataset UNE_RT_M; this importer"
                        + " reads " + EurostatMapping.known(true) + " at /extension/id",
                "/extension/id",
                0);
        assertThat(e.line()).isZero();
    }

    @Test
    void shouldImportTheConstructedGvaResponseExactlyAsTheUnrolledCsvOfTheSameValues() {
        var json = new RecordingSink();
        ImportSummary s = importer.importFile(RealFiles.path(GVA_CONSTRUCTED), json, ImportProgress.NONE);
        var csv = new RecordingSink();
        ImportSummary c = new EurostatCsvImporter(CodeListLoader.standard())
                .importFile(RealFiles.path(GVA_CSV), csv, ImportProgress.NONE);
        // 900 cells; 12 NUTS 2024 regions with a changed boundary x 15 sectors skipped, as from the CSV
        assertThat(s.observations()).isEqualTo(720).isEqualTo(c.observations());
        assertThat(s.skipped()).isEqualTo(180);
        assertThat(new HashSet<>(json.received())).isEqualTo(new HashSet<>(csv.received()));
        assertThat(json.get(Measure.GVA, "NL21", "TOTAL", 2018, PriceBasis.CP).value())
                .hasValue(39_910);
        assertThat(json.get(Measure.GVA, "NL332", "TOTAL", 2018, PriceBasis.CP)).isNotNull();
    }

    @Test
    void shouldImportAGzippedResponse() throws IOException {
        Path gz = dir.resolve("gva.json.gz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(RealFiles.path(GVA_CONSTRUCTED)));
        }
        assertThat(FormatDetector.detect(gz)).isEqualTo(ImportFormat.JSON_STAT);
        var sink = new RecordingSink();
        assertThat(new Importers(CodeListLoader.standard())
                        .importFile(gz, sink, ImportProgress.NONE)
                        .observations())
                .isEqualTo(720);
    }

    // ---- CONSTRUCTED datasets (made-up figures), per the JSON-stat 2.0 specification ----

    /** nama_10r_3gdp, unit MIO_EUR/EUR_HAB x geo NL/NL21 x time 2021/2022: cell = unit*4 + geo*2 + time. */
    private static String gdp(String value, String status) {
        return "{\"version\":\"2.0\",\"class\":\"dataset\",\"label\":\"CONSTRUCTED test data\","
                + "\"value\":" + value + (status == null ? "" : ",\"status\":" + status)
                + ",\"id\":[\"freq\",\"unit\",\"geo\",\"time\"],\"size\":[1,2,2,2],\"dimension\":{"
                + "\"freq\":{\"category\":{\"index\":{\"A\":0}}},"
                + "\"unit\":{\"category\":{\"index\":[\"MIO_EUR\",\"EUR_HAB\"]}},"
                + "\"geo\":{\"category\":{\"index\":{\"NL21\":1,\"NL\":0}}},"
                + "\"time\":{\"category\":{\"index\":[\"2021\",\"2022\"]}}},"
                + "\"extension\":{\"id\":\"NAMA_10R_3GDP\"}}";
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void shouldMapStatusesAndKeepMissingCellsMissing() throws IOException {
        Path file = write(
                "gdp.json", gdp("[1,2,3,null,10,11,12,13]", "{\"1\":\"p\",\"2\":\"|C\",\"4\":\"bep\",\"5\":\"e|F\"}"));
        var sink = new RecordingSink();
        ImportSummary s = importer.importFile(file, sink, ImportProgress.NONE);
        assertThat(s.observations()).isEqualTo(3);
        assertThat(s.skipped()).isEqualTo(5);
        var nl2021 = sink.get(Measure.GDP, "NL", "TOTAL", 2021, PriceBasis.CP);
        assertThat(nl2021.value()).hasValue(1);
        assertThat(nl2021.status()).isEqualTo(Status.DEFINITIVE);
        assertThat(sink.get(Measure.GDP, "NL", "TOTAL", 2022, PriceBasis.CP).status())
                .isEqualTo(Status.PROVISIONAL);
        var confidential = sink.get(Measure.GDP, "NL21", "TOTAL", 2021, PriceBasis.CP);
        assertThat(confidential.status()).isEqualTo(Status.CONFIDENTIAL);
        assertThat(confidential.value())
                .as("a confidential cell never carries a figure")
                .isEmpty();
        assertThat(sink.find(Measure.GDP, "NL21", "TOTAL", 2022, PriceBasis.CP)).isEmpty();
        assertThat(s.notes())
                .anySatisfy(n -> assertThat(n).contains("not available").contains("GDP 1"))
                .anySatisfy(n -> assertThat(n).contains("derived").contains("EUR_HAB 4"));
    }

    @Test
    void shouldReadASparseValueObjectAndAStatusString() throws IOException {
        Path file = write("sparse.json", gdp("{\"0\":5,\"3\":6}", "\"e\""));
        var sink = new RecordingSink();
        ImportSummary s = importer.importFile(file, sink, ImportProgress.NONE);
        assertThat(s.observations()).isEqualTo(2);
        assertThat(s.skipped()).isEqualTo(6);
        assertThat(sink.get(Measure.GDP, "NL21", "TOTAL", 2022, PriceBasis.CP).status())
                .isEqualTo(Status.ESTIMATED);
    }

    @Test
    void shouldRefuseAFileThatIsNotJson() throws IOException {
        Path file = write("x.json", "{ this is not json");
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> importer.importFile(file, new RecordingSink(), ImportProgress.NONE), ImportException.class);
        assertThat(e.getMessage())
                .startsWith("x.json line 1: the file is not valid JSON: ")
                .contains("column");
        assertThat(e.code()).isEqualTo("not-json");
    }

    @Test
    void shouldRefuseJsonThatIsNotJsonStat() throws IOException {
        assertRejected(
                importer,
                write("a.json", "[1,2]"),
                "a.json line 1: the file is not a JSON-stat dataset: it must hold one JSON object (line 1, column 2)",
                "",
                0);
        assertRejected(
                importer,
                write("b.json", "{\"class\":\"collection\",\"link\":{}}"),
                "b.json: the file is a JSON-stat 'collection', not a dataset; import one dataset at a time",
                "/class",
                0);
    }

    @Test
    void shouldRefuseAValueArrayThatDoesNotFitTheSizes() throws IOException {
        ImportException e = assertRejected(
                importer,
                write("short.json", gdp("[1,2,3]", null)),
                "short.json: size/value mismatch: the value array has 3 entries, the sizes [1, 2, 2, 2] give 8 cells",
                "/value",
                0);
        assertThat(e.code()).isEqualTo("value-length");
    }

    @Test
    void shouldRefuseASizeThatDoesNotFitTheCategories() throws IOException {
        String text = gdp("[1,2,3,4,5,6,7,8]", null).replace("\"size\":[1,2,2,2]", "\"size\":[1,2,3,2]");
        assertRejected(
                importer,
                write("size.json", text),
                "size.json: size/category mismatch: size 3 for dimension geo, which has 2 categories",
                "/size/2",
                0);
    }

    @Test
    void shouldRefuseAnUnknownDimension() throws IOException {
        String undescribed = gdp("[1,2,3,4,5,6,7,8]", null)
                .replace("\"id\":[\"freq\",", "\"id\":[\"sex\",\"freq\",")
                .replace("\"size\":[1,", "\"size\":[1,1,");
        assertRejected(
                importer,
                write("undescribed.json", undescribed),
                "undescribed.json: unknown dimension: 'sex' is named in id but not described under dimension",
                "/dimension/sex",
                0);
        String extra =
                undescribed.replace("\"dimension\":{", "\"dimension\":{\"sex\":{\"category\":{\"index\":[\"T\"]}},");
        assertRejected(
                importer,
                write("extra.json", extra),
                "extra.json: unknown dimension 'sex' for nama_10r_3gdp, whose dimensions are freq,unit,geo,time"
                        + " at /dimension/sex",
                "sex",
                0);
    }

    @Test
    void shouldRefuseABadStatus() throws IOException {
        ImportException unknown = assertRejected(
                importer,
                write("flag.json", gdp("[1,2,3,4,5,6,7,8]", "{\"1\":\"x\"}")),
                "flag.json line 1: bad status 'x': unknown flag 'x'; Eurostat's flags are bcdefnprsuz at /value/1"
                        + " (line 1, column 79)",
                "status",
                1);
        assertThat(unknown.code()).isEqualTo("unknown-flag");
        assertRejected(
                importer,
                write("key.json", gdp("[1,2,3,4,5,6,7,8]", "{\"first\":\"p\"}")),
                "key.json line 1: bad status: 'first' at /status/first is not a cell number (line 1, column 113)",
                "/status/first",
                0);
        assertRejected(
                importer,
                write("beyond.json", gdp("[1,2,3,4,5,6,7,8]", "{\"8\":\"p\"}")),
                "beyond.json: bad status: cell 8 does not exist (the sizes give 8 cells)",
                "/status/8",
                0);
        assertRejected(
                importer,
                write("conf.json", gdp("[1,2,3,4,5,6,7,8]", "[null,null,\"|Q\",null,null,null,null,null]")),
                "conf.json line 1: bad status '|Q': unknown confidentiality status 'Q' after '|' (F free; A, C, D,"
                        + " G, M, N, O, S, T confidential) at /value/2 (line 1, column 81)",
                "status",
                2);
    }

    @Test
    void shouldRefuseATruncatedFileBeforePassingOnAnyCell() throws IOException {
        String whole = Files.readString(RealFiles.path(GVA_CONSTRUCTED));
        Path cut = write("cut.json", whole.substring(0, whole.length() / 2));
        var e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> importer.importFile(cut, new RecordingSink(), ImportProgress.NONE), ImportException.class);
        var sink = new RecordingSink();
        assertThat(e.getMessage())
                .startsWith("cut.json line 1: the file ends in the middle of the JSON: it was cut off")
                .contains("nothing was imported");
        assertThat(e.code()).isEqualTo("json-truncated");
        assertThat(sink.received()).isEmpty();
    }

    @Test
    void shouldRefuseValuesThatAreNotNumbersOrCells() throws IOException {
        assertRejected(
                importer,
                write("text.json", gdp("[1,\"2\",3,4,5,6,7,8]", null)),
                "text.json line 1: value at /value/1 is the text '2', not a number or null (line 1, column 79)",
                "/value/1",
                1);
        assertRejected(
                importer,
                write("cell.json", gdp("{\"0\":1,\"9\":2}", null)),
                "cell.json line 1: '9' at /value/9 is not a cell number: the sizes give 8 cells, numbered 0 to 7"
                        + " (line 1, column 83)",
                "/value/9",
                1);
        assertRejected(
                importer,
                write("twice.json", gdp("{\"0\":1,\"0\":2}", null)),
                "twice.json line 1: a key is given twice in one object: Duplicate field '0' (line 1, column 86)",
                "",
                0);
    }

    @Test
    void shouldRefuseAnUnknownPeriodOrRegionNamingTheCategory() throws IOException {
        assertRejected(
                importer,
                write(
                        "month.json",
                        gdp("[1,2,3,4,5,6,7,8]", null).replace("[\"2021\",\"2022\"]", "[\"2021-01\",\"2022\"]")),
                "month.json: period '2021-01' in column time is not a year (2015) or a quarter (2015Q1) at"
                        + " /dimension/time/category/index/2021-01",
                "time",
                0);
        assertRejected(
                importer,
                write("region.json", gdp("[1,2,3,4,5,6,7,8]", null).replace("\"NL21\":1", "\"NL99\":1")),
                "region.json line 1: unknown region code 'NL99' in dimension geo (NUTS 2024) at /value/2 (line 1,"
                        + " column 81)",
                "geo",
                2);
    }

    @Test
    void shouldReportAnErrorAnswerOfEurostat() throws IOException {
        ImportException e = assertRejected(
                importer,
                write(
                        "error.json",
                        "{\"error\":{\"status\":400,\"id\":\"400\",\"label\":\"ERR_NOT_FOUND: Dataset not found\"}}"),
                "error.json: the file is an error answer of the statistics service, not data: status 400, id 400,"
                        + " label ERR_NOT_FOUND: Dataset not found",
                "/error",
                0);
        assertThat(e.code()).isEqualTo("source-error");
    }
}
