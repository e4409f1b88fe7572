package nl.werkkracht.statdata.eurostat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Status;
import nl.werkkracht.core.observation.Unit;
import nl.werkkracht.statdata.codelist.CodeListLoader;
import nl.werkkracht.statdata.importer.FormatDetector;
import nl.werkkracht.statdata.importer.ImportFormat;
import nl.werkkracht.statdata.importer.ImportProgress;
import nl.werkkracht.statdata.importer.ImportSummary;
import nl.werkkracht.statdata.testing.RealFiles;
import nl.werkkracht.statdata.testing.RecordingSink;
import nl.werkkracht.statdata.testing.Rejections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Eurobase flat-file importer on the five real load files of Eurostat's regional accounts (release
 * of September 2022 / April 2022, NL lines), and one error test per kind of bad input.
 */
class EurobaseImporterTest {

    private static final String DIR = "eurostat/regional-eurobase-2022/";
    private static final String HEADER =
            "FLAT_FILE=STANDARD\nID_KEYS=NAMA_10R_2EMHRW\nFIELDS=TIME,GEO, NACE_R2, WSTATUS, UNIT\nUPDATE_MODE=REPLACE\n";
    private static final String GOOD = "2019A00 NL21 TOTAL EMP THS 889259~P\n";

    private final EurobaseImporter importer = new EurobaseImporter(CodeListLoader.standard());

    @TempDir
    Path dir;

    private static Path real(String name) {
        return RealFiles.path(DIR + name);
    }

    private ImportSummary importReal(String name, RecordingSink sink) {
        return importer.importFile(real(name), sink, ImportProgress.NONE);
    }

    @Test
    void shouldDetectTheFormatFromTheFirstLine() {
        assertThat(FormatDetector.detect(real("nama_10r_2emhrw_NL.eurobase.txt")))
                .isEqualTo(ImportFormat.EUROBASE);
        assertThat(ImportFormat.parse("eurobase")).contains(ImportFormat.EUROBASE);
    }

    @Test
    void shouldReadHoursWorkedByProvinceAndSectorWithTheProvisionalFlag() {
        var sink = new RecordingSink();
        ImportSummary s = importReal("nama_10r_2emhrw_NL.eurobase.txt", sink);

        // 19 geos x 15 NACE x {EMP, SAL} x 2000-2019
        assertThat(s.observations()).isEqualTo(11_400);
        assertThat(s.skipped()).isZero();
        var hours = sink.get(Measure.HOURS, "NL21", "TOTAL", 2019, PriceBasis.NONE);
        assertThat(hours.value().getAsDouble()).isEqualTo(889_259);
        assertThat(hours.unit()).isEqualTo(Unit.THS_HW);
        assertThat(hours.status()).isEqualTo(Status.PROVISIONAL);
        assertThat(sink.get(Measure.EMPLOYEE_HOURS, "NL21", "TOTAL", 2019, PriceBasis.NONE)
                        .value()
                        .getAsDouble())
                .isEqualTo(709_851);
        var nl2000 = sink.get(Measure.HOURS, "NL", "TOTAL", 2000, PriceBasis.NONE);
        assertThat(nl2000.value().getAsDouble()).isEqualTo(12_009_000);
        assertThat(nl2000.status()).isEqualTo(Status.DEFINITIVE);
        assertThat(sink.get(Measure.HOURS, "NL21", "M_N", 2018, PriceBasis.NONE))
                .isNotNull();
    }

    @Test
    void shouldReadCompensationInEuroAndSkipTheNationalCurrency() {
        var sink = new RecordingSink();
        ImportSummary s = importReal("nama_10r_2coe_NL.eurobase.txt", sink);

        assertThat(s.observations()).isEqualTo(5_700);
        assertThat(s.skipped()).isEqualTo(5_700);
        assertThat(s.notes())
                .anySatisfy(n -> assertThat(n).startsWith("skipped 5700 values: national currency MIO_NAC"));
        var comp = sink.get(Measure.COMP, "NL", "TOTAL", 2019, PriceBasis.CP);
        assertThat(comp.value().getAsDouble()).isEqualTo(388_869);
        assertThat(comp.unit()).isEqualTo(Unit.MIO_EUR);
        assertThat(sink.get(Measure.COMP, "NL21", "TOTAL", 2019, PriceBasis.CP)
                        .value()
                        .getAsDouble())
                .isEqualTo(22_938);
    }

    @Test
    void shouldReadPersonsByNuts3IncludingTheProvisional2020Totals() {
        var sink = new RecordingSink();
        ImportSummary s = importReal("nama_10r_3empers_NL.eurobase.txt", sink);

        assertThat(s.observations()).isEqualTo(36_019);
        var p = sink.get(Measure.PERSONS, "NL21", "TOTAL", 2019, PriceBasis.NONE);
        assertThat(p.value().getAsDouble()).isCloseTo(640.1, within(1e-9));
        assertThat(p.unit()).isEqualTo(Unit.THS_PER);
        assertThat(sink.get(Measure.PERSONS, "NL21", "TOTAL", 2020, PriceBasis.NONE)
                        .value()
                        .getAsDouble())
                .isCloseTo(636.5, within(1e-9));
        assertThat(sink.find(Measure.PERSONS, "NL211", "TOTAL", 2020, PriceBasis.NONE))
                .isEmpty();
        assertThat(sink.get(Measure.EMPLOYEES, "NLZZZ", "TOTAL", 2000, PriceBasis.NONE)
                        .value()
                        .getAsDouble())
                .isCloseTo(2.9, within(1e-9));
    }

    @Test
    void shouldReadGdpInEuroAndTheRealGvaVolumeIndex() {
        var gdp = new RecordingSink();
        ImportSummary g = importReal("nama_10r_2gdp_NL.eurobase.txt", gdp);
        assertThat(g.observations()).isEqualTo(399);
        assertThat(g.observations() + g.skipped()).isEqualTo(2_625);
        assertThat(gdp.get(Measure.GDP, "NL21", "TOTAL", 2019, PriceBasis.CP)
                        .value()
                        .getAsDouble())
                .isCloseTo(45_727.61, within(1e-9));

        var growth = new RecordingSink();
        ImportSummary v = importReal("nama_10r_2gvagr_NL.eurobase.txt", growth);
        assertThat(v.observations()).isEqualTo(418);
        assertThat(v.observations() + v.skipped()).isEqualTo(817);
        var index = growth.get(Measure.GVA_VOLUME_INDEX, "NL21", "TOTAL", 2018, PriceBasis.NONE);
        assertThat(index.value().getAsDouble()).isCloseTo(108.5, within(1e-9));
        assertThat(index.unit()).isEqualTo(Unit.INDEX);
    }

    // --- one test per kind of bad input: file, line and field, nothing delivered after the error ---

    @Test
    void shouldRefuseAFileCutOffBeforeItsEndLine() throws IOException {
        // complete lines, but the end line is missing (a cut inside a line is refused earlier, by SourceLines)
        Path file = write(HEADER + GOOD + "2018A00 NL21 TOTAL EMP THS 88\n");
        Rejections.assertRejected(
                importer,
                file,
                "bad.txt line 6: the file ends without END_OF_FLAT_FILE: it was cut off (an incomplete download or"
                        + " copy); nothing was imported",
                "",
                2);
    }

    @Test
    void shouldRefuseAnUnknownFlag() throws IOException {
        Rejections.assertRejected(
                importer,
                write(HEADER + GOOD + "2018A00 NL21 TOTAL EMP THS 1~Q\nEND_OF_FLAT_FILE\n"),
                "bad.txt line 6: unknown flag '~Q' in field VALUE (known: ~P, ~E, ~C and the flags that do not change"
                        + " the status, ~B ~D ~F ~N ~R ~S ~U ~Z)",
                "VALUE",
                1);
    }

    @Test
    void shouldRefuseANumberThatIsNotANumber() throws IOException {
        Rejections.assertRejected(
                importer,
                write(HEADER + "2018A00 NL21 TOTAL EMP THS 1,5\nEND_OF_FLAT_FILE\n"),
                "bad.txt line 5: value '1,5' in column VALUE is not a number",
                "VALUE",
                0);
    }

    @Test
    void shouldRefuseAWrongNumberOfFields() throws IOException {
        Rejections.assertRejected(
                importer,
                write(HEADER + "2018A00 NL21 TOTAL EMP 5\nEND_OF_FLAT_FILE\n"),
                "bad.txt line 5: expected 6 space-separated fields (TIME GEO NACE_R2 WSTATUS UNIT VALUE), got 5",
                "",
                0);
    }

    @Test
    void shouldRefuseAPeriodThatIsNotAYear() throws IOException {
        Rejections.assertRejected(
                importer,
                write(HEADER + "2018Q01 NL21 TOTAL EMP THS 5\nEND_OF_FLAT_FILE\n"),
                "bad.txt line 5: period '2018Q01' in field TIME is not a year such as 2019A00",
                "TIME",
                0);
    }

    @Test
    void shouldRefuseAnUnknownDutchRegionAndAnUnknownSector() throws IOException {
        Rejections.assertRejected(
                importer,
                write(HEADER + GOOD + "2019A00 NL35 TOTAL EMP THS 5\nEND_OF_FLAT_FILE\n"),
                "bad.txt line 6: unknown region code 'NL35' in column GEO",
                "GEO",
                1);
        Rejections.assertRejected(
                importer,
                write(HEADER + "2019A00 NL21 XYZ EMP THS 5\nEND_OF_FLAT_FILE\n"),
                "bad.txt line 5: unknown sector code 'XYZ' in column NACE_R2",
                "NACE_R2",
                0);
    }

    @Test
    void shouldRefuseAnUnmappedCode() throws IOException {
        Rejections.assertRejected(
                importer,
                write(HEADER + "2019A00 NL21 TOTAL SELF THS 5\nEND_OF_FLAT_FILE\n"),
                "bad.txt line 5: WSTATUS 'SELF' is neither mapped nor known to be derived (known: EMP/THS, SAL/THS)",
                "WSTATUS",
                0);
    }

    @Test
    void shouldRefuseADuplicateObservation() throws IOException {
        Rejections.assertRejected(
                importer,
                write(HEADER + GOOD + GOOD + "END_OF_FLAT_FILE\n"),
                "bad.txt line 6: duplicate of line 5: HOURS,NL21,TOTAL,2019",
                "",
                1);
    }

    @Test
    void shouldRefuseABadHeader() throws IOException {
        Rejections.assertRejected(
                importer,
                write("FLAT_FILE=STANDARD\nID_KEYS=NAMA_10R_3GVA\nFIELDS=TIME,GEO, NACE_R2, UNIT\nUPDATE_MODE=REPLACE\n"
                        + "END_OF_FLAT_FILE\n"),
                "bad.txt line 2: unknown Eurobase dataset NAMA_10R_3GVA; this importer reads NAMA_10R_2EMHRW,"
                        + " NAMA_10R_3EMPERS, NAMA_10R_2COE, NAMA_10R_2GDP, NAMA_10R_2GVAGR",
                "ID_KEYS",
                0);
        Rejections.assertRejected(
                importer,
                write("FLAT_FILE=STANDARD\nID_KEYS=NAMA_10R_2EMHRW\nFIELDS=TIME,GEO, NACE_R2, WSTATUS, UNIT\n"
                        + "UPDATE_MODE=MERGE\nEND_OF_FLAT_FILE\n"),
                "bad.txt line 4: UPDATE_MODE MERGE is not supported: only a complete table (REPLACE) can be imported",
                "UPDATE_MODE",
                0);
    }

    @Test
    void shouldRefuseNegativeHours() throws IOException {
        Rejections.assertRejected(
                importer,
                write(HEADER + "2019A00 NL21 TOTAL EMP THS -5\nEND_OF_FLAT_FILE\n"),
                "bad.txt line 5: negative labour input -5.0 for HOURS in column VALUE",
                "VALUE",
                0);
    }

    @Test
    void shouldKeepConfidentialCellsWithoutAValueAndSkipNotAvailable() throws IOException {
        var sink = new RecordingSink();
        ImportSummary s = importer.importFile(
                write(HEADER + "2019A00 NL21 TOTAL EMP THS 5~C\n2019A00 NL22 TOTAL EMP THS :\n2019A00 DE11 TOTAL EMP"
                        + " THS 7\nEND_OF_FLAT_FILE\n"),
                sink,
                ImportProgress.NONE);

        assertThat(s.observations()).isEqualTo(1);
        assertThat(s.skipped()).isEqualTo(2);
        var c = sink.get(Measure.HOURS, "NL21", "TOTAL", 2019, PriceBasis.NONE);
        assertThat(c.status()).isEqualTo(Status.CONFIDENTIAL);
        assertThat(c.value()).isEmpty();
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
