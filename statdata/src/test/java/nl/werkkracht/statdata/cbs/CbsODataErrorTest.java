package nl.werkkracht.statdata.cbs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.ObservationRejectedException;
import nl.werkkracht.statdata.codelist.CodeListLoader;
import nl.werkkracht.statdata.importer.ImportException;
import nl.werkkracht.statdata.importer.ImportProgress;
import nl.werkkracht.statdata.importer.ImportSummary;
import nl.werkkracht.statdata.importer.ObservationSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors name the resource, the 1-based row and the JSON property, and say what is wrong. */
class CbsODataErrorTest {

    private static final CodeLists CODES = CodeListLoader.standard();

    @TempDir
    Path dir;

    @Test
    void shouldRejectANonNumericValueWithRowAndTopic() {
        CbsSamples.copy(CbsSamples.V3_80137, dir);
        CbsSamples.replaceFirst(
                dir.resolve("80137ned_TypedDataSet.json"), "\"Totaal_1\":8811.0", "\"Totaal_1\":\"abc\"");

        ImportException e = importFails("80137ned");

        assertThat(e.file()).isEqualTo("80137ned/TypedDataSet");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.field()).isEqualTo("Totaal_1");
        assertThat(e)
                .hasMessage("80137ned/TypedDataSet line 1: topic Totaal_1: value 'abc' is not a number or a "
                        + "CBS symbol (. x - ? or empty)");
    }

    @Test
    void shouldRejectAnUnknownRegionAndSayWhichMappingLineToAdd() {
        CbsSamples.copy(CbsSamples.SYNTHETIC_84419, dir);
        CbsSamples.replaceFirst(dir.resolve("84419NED_UntypedDataSet.json"), "\"PV20  \"", "\"PV99  \"");

        ImportException e = importFails("84419NED");

        assertThat(e.file()).isEqualTo("84419NED/UntypedDataSet");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.field()).isEqualTo("RegioS");
        assertThat(e.getMessage())
                .contains(
                        "region PV99 is not in the mapping 84419NED.properties nor in the Werkkracht region code list")
                .contains("region.code.PV99 = <code>");
    }

    @Test
    void shouldRejectNegativeLabourInputButCarryNegativeGva() {
        CbsSamples.copy(CbsSamples.SYNTHETIC_84419, dir);
        Path data = dir.resolve("84419NED_UntypedDataSet.json");
        CbsSamples.replaceFirst(data, "\"   774497\"", "\"  -774497\"");
        var sink = new CbsSamples.CollectingSink();
        CbsODataImporter.importTable("84419NED", new DirectoryODataSource(dir), CODES, sink, ImportProgress.NONE);
        assertThat(sink.observations)
                .filteredOn(o -> o.measure() == Measure.GVA
                        && o.region().equals("NL")
                        && o.sector().equals("TOTAL"))
                .singleElement()
                .satisfies(o -> assertThat(o.value().getAsDouble()).isCloseTo(-774_497, within(1e-9)));

        CbsSamples.replaceFirst(data, "\"   7858.8\"", "\"  -7858.8\"");
        ImportException e = importFails("84419NED");

        assertThat(e.line()).isEqualTo(1);
        assertThat(e.field()).isEqualTo("ArbeidsvolumeTotaal_8");
        assertThat(e.getMessage()).contains("labour input cannot be negative, got -7858.8 1 000 arbeidsjaren (FTE)");
    }

    @Test
    void shouldRejectADuplicateKeyNamingBothRows() {
        CbsSamples.copy(CbsSamples.V3_80137, dir);
        CbsSamples.replaceFirst(dir.resolve("80137ned_TypedDataSet.json"), "2002JJ00", "2001JJ00");

        ImportException e = importFails("80137ned");

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("duplicate observation JOBS,NL,TOTAL,2001, first read in record 1");
    }

    @Test
    void shouldWrapASinkRejectionWithTheRowNumber() {
        var reject = new ObservationRejectedException(null, "already stored by another import");
        ObservationSink sink = o -> {
            if (o.measure() == Measure.HOURS && o.period().year() == 2003) {
                throw reject;
            }
        };
        ImportException e = assertThrows(() -> CbsODataImporter.importTable(
                "80137ned", CbsSamples.source(CbsSamples.V3_80137), CODES, sink, ImportProgress.NONE));

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("observation HOURS,NL,TOTAL,2003 was refused: already stored");
        assertThat(e.getCause()).isSameAs(reject);
    }

    @Test
    void shouldReportMalformedJsonWithTheParserPosition() throws IOException {
        CbsSamples.copy(CbsSamples.V3_80137, dir);
        Path data = dir.resolve("80137ned_TypedDataSet.json");
        Files.writeString(data, Files.readString(data).substring(0, 1000) + "}"); // rows 1-2 complete, row 3 cut

        ImportException e = importFails("80137ned");

        assertThat(e.file()).isEqualTo("80137ned/TypedDataSet");
        assertThat(e.getMessage())
                .matches("80137ned/TypedDataSet line 3: the JSON ends too early at line 1, column \\d+: the file is"
                        + " incomplete");
    }

    @Test
    void shouldListTheTablesTopicsWhenAMappedKeyIsMissing() {
        CbsTableMapping wrong =
                mapping80137("topic.Totaal_99 = JOBS, THS_JOB, , 1 000 banen\n" + "filter.Persoonskenmerken = 1\n");
        ImportException e = assertThrows(() -> CbsODataImporter.importTable(
                wrong, CbsSamples.source(CbsSamples.V3_80137), CODES, o -> {}, ImportProgress.NONE));

        assertThat(e.file()).isEqualTo("test.properties");
        assertThat(e.field()).isEqualTo("topic.Totaal_99");
        assertThat(e.getMessage())
                .contains("CBS table 80137ned has no topic Totaal_99")
                .contains("Totaal_1 'Totaal' (1 000 banen), Werknemers_2 'Werknemers' (1 000 banen)");
    }

    @Test
    void shouldRejectAMappedTopicPublishedInAnotherUnit() {
        CbsSamples.copy(CbsSamples.V3_80137, dir);
        CbsSamples.replaceFirst(dir.resolve("80137ned_DataProperties.json"), "mld euro", "mln euro");

        ImportException e = importFails("80137ned");

        assertThat(e.field()).isEqualTo("topic.Totaal_10");
        assertThat(e.getMessage()).contains("is published in 'mln euro', but the mapping expects 'mld euro'");
    }

    @Test
    void shouldRequireEveryOtherDimensionToBeFiltered() {
        CbsTableMapping noFilter = mapping80137("topic.Totaal_1 = JOBS, THS_JOB, , 1 000 banen\n");
        ImportException e = assertThrows(() -> CbsODataImporter.importTable(
                noFilter, CbsSamples.source(CbsSamples.V3_80137), CODES, o -> {}, ImportProgress.NONE));

        assertThat(e.getMessage())
                .contains("dimension Persoonskenmerken of CBS table 80137ned is not mapped; add "
                        + "filter.Persoonskenmerken = <the key of its total>");
    }

    @Test
    void shouldRejectASectorKeyWhoseCbsTitleContradictsTheMapping() {
        CbsSamples.copy(CbsSamples.SYNTHETIC_84419, dir);
        CbsSamples.replaceFirst(
                dir.resolve("84419NED_BedrijfstakkenBranchesSBI2008.json"),
                "R-U Cultuur, recreatie, overige diensten",
                "G-I Handel, vervoer en horeca");

        ImportException e = importFails("84419NED");

        assertThat(e.getMessage())
                .contains("sector.code.300014 = R-U, but CBS titles 300014 'G-I Handel, vervoer "
                        + "en horeca', which is G-I");
    }

    @Test
    void shouldCountEveryCellAsImportedOrSkipped() {
        ImportSummary summary = CbsODataImporter.importTable(
                "84419NED", CbsSamples.source(CbsSamples.SYNTHETIC_84419), CODES, o -> {}, ImportProgress.NONE);
        assertThat(summary.notes())
                .anyMatch(n -> n.equals("skipped 8 values: topic ProductieBasisprijzen_1 'Productie basisprijzen' "
                        + "(mln euro) not imported: output (productie) is not a Werkkracht measure"));
        assertThat(summary.skipped()).isEqualTo(75);
    }

    @Test
    void shouldRefuseAnArrayOrObjectWhereCbsWritesAValue() throws IOException {
        for (String nested : new String[] {"[]", "{}"}) {
            Path copy = Files.createDirectories(dir.resolve(nested.equals("[]") ? "array" : "object"));
            CbsSamples.copy(CbsSamples.V3_80137, copy);
            CbsSamples.replaceFirst(
                    copy.resolve("80137ned_TypedDataSet.json"), "\"Totaal_1\":8811.0", "\"Totaal_1\":" + nested);

            ImportException e = assertThrows(() -> CbsODataImporter.importTable(
                    "80137ned", new DirectoryODataSource(copy), CODES, o -> {}, ImportProgress.NONE));

            assertThat(e.line()).isEqualTo(1);
            assertThat(e.field()).isEqualTo("Totaal_1");
            assertThat(e.getMessage()).contains("holds a JSON");
        }
    }

    @Test
    void shouldRefuseAKeyGivenTwice() {
        CbsSamples.copy(CbsSamples.V3_80137, dir);
        CbsSamples.replaceFirst(
                dir.resolve("80137ned_TypedDataSet.json"),
                "\"Totaal_1\":8811.0",
                "\"Totaal_1\":8811.0,\"Totaal_1\":1.0");

        ImportException e = importFails("80137ned");

        assertThat(e.getMessage()).contains("a key is given twice").doesNotContain("Exception");
    }

    @Test
    void shouldRefuseANumberThatUnderflowsToZero() {
        CbsSamples.copy(CbsSamples.V3_80137, dir);
        CbsSamples.replaceFirst(
                dir.resolve("80137ned_TypedDataSet.json"), "\"Totaal_1\":8811.0", "\"Totaal_1\":1e-400");

        ImportException e = importFails("80137ned");

        assertThat(e.field()).isEqualTo("Totaal_1");
        assertThat(e.getMessage()).contains("out of range");
    }

    @Test
    void shouldSayThatAResponseCutShortIsIncomplete() throws IOException {
        CbsSamples.copy(CbsSamples.V3_80137, dir);
        Path data = dir.resolve("80137ned_TypedDataSet.json");
        String text = Files.readString(data);
        Files.writeString(data, text.substring(0, text.length() / 2));

        ImportException e = importFails("80137ned");

        assertThat(e.getMessage())
                .contains("incomplete")
                .doesNotContain("Exception")
                .doesNotContain("com.fasterxml");
    }

    private ImportException importFails(String table) {
        return assertThrows(() -> CbsODataImporter.importTable(
                table, new DirectoryODataSource(dir), CODES, o -> {}, ImportProgress.NONE));
    }

    private static ImportException assertThrows(Runnable importer) {
        return org.junit.jupiter.api.Assertions.assertThrows(ImportException.class, importer::run);
    }

    private static CbsTableMapping mapping80137(String extra) {
        String text = "table = 80137ned\napi = v3\nv3.dataset = TypedDataSet\nregion.fixed = NL\n"
                + "dimension.sector = BedrijfstakkenSBI93\ndimension.period = Perioden\nsector.code.99 = TOTAL\n"
                + "sector.skip.others = test\n" + extra;
        InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        return CbsTableMapping.load("test.properties", in);
    }
}
