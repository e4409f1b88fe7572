package nl.werkkracht.statdata.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.werkkracht.statdata.codelist.CodeListLoader;
import nl.werkkracht.statdata.testing.RealFiles;
import nl.werkkracht.statdata.testing.RecordingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: what the importers must refuse instead of storing, and how they say it. Every case is a small
 * change to a real published file (or its header) as a broken download or a crafted file would make it.
 */
class StrictImportTest {

    private static final String KLEMS_HEADER = "\"geo\",\"nace_r2\",\"nace_r2_name\",\"year\",\"var\",\"value\"\n";
    private static final String CSV_HEADER = "measure,region,sector,period,value,unit,price_basis,status\n";
    private static final String TSV_HEADER = "freq,unit,geo\\TIME_PERIOD\t2020 \t2021 \n";

    private final Importers importers = new Importers(CodeListLoader.standard());

    @TempDir
    Path dir;

    @Test
    void shouldRefuseAKlemsFileCutInsideItsLastValue() throws IOException {
        String text = KLEMS_HEADER + "\"NL\",\"TOT\",\"Total - all NACE activities\",2018,\"EMP\",9000\n"
                + "\"NL\",\"TOT\",\"Total - all NACE activities\",2019,\"EMP\",17";
        ImportException e = refused("cut.csv", text);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).contains("does not end with a line break");
    }

    @Test
    void shouldRefuseATsvCutInsideItsLastCell() throws IOException {
        ImportException e = refused("cut.tsv", TSV_HEADER + "A,MIO_EUR,NL\t800000 \t254");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).contains("does not end with a line break");
    }

    @Test
    void shouldReadACompleteFileWhoseLastLineIsBlankWithoutBreak() throws IOException {
        var sink = new RecordingSink();
        importers.importFile(
                write("ok.tsv", TSV_HEADER + "A,MIO_EUR,NL\t800000 \t810000 p\n  "), sink, ImportProgress.NONE);
        assertThat(sink.received()).hasSize(2);
    }

    @Test
    void shouldReadGzipAndRefuseATruncatedOne() throws IOException {
        byte[] gz = gzip(Files.readAllBytes(RealFiles.path(RealFiles.NAMA_10R_3GDP_TSV)));
        Path good = dir.resolve("nama_10r_3gdp_NL.tsv.gz");
        Files.write(good, gz);
        var sink = new RecordingSink();
        importers.importFile(good, sink, ImportProgress.NONE);
        assertThat(sink.received()).hasSizeGreaterThan(100);

        Path cut = dir.resolve("cut.tsv.gz");
        Files.write(cut, java.util.Arrays.copyOf(gz, gz.length - 20));
        ImportException e = catchThrowableOfType(
                () -> importers.importFile(cut, new RecordingSink(), ImportProgress.NONE), ImportException.class);
        assertThat(e).isNotNull();
        assertThat(e.reason()).contains("compressed file is damaged or incomplete");
        assertPeopleMessage(e);
    }

    @Test
    void shouldReadAZipWithItsChecksumAndRefuseADamagedOne() throws IOException {
        byte[] csv = (CSV_HEADER + "GVA,NL,TOTAL,2019,724960,MIO_EUR,CP,\n").getBytes(StandardCharsets.UTF_8);
        Path good = dir.resolve("good.zip");
        Files.write(good, zip("data.csv", csv));
        var sink = new RecordingSink();
        importers.importFile(good, sink, ImportProgress.NONE);
        assertThat(sink.received()).hasSize(1);

        byte[] damaged = zip("data.csv", csv);
        // the stored (uncompressed) entry: change one digit of the value, the CRC no longer matches
        String asText = new String(damaged, StandardCharsets.ISO_8859_1);
        int at = asText.indexOf("724960");
        damaged[at] = '9';
        Path bad = dir.resolve("bad.zip");
        Files.write(bad, damaged);
        ImportException e = catchThrowableOfType(
                () -> importers.importFile(bad, new RecordingSink(), ImportProgress.NONE), ImportException.class);
        assertThat(e).isNotNull();
        assertThat(e.reason()).contains("compressed file is damaged or incomplete");
    }

    @Test
    void shouldRefuseNulInsideAField() throws IOException {
        ImportException e = refused("nul.csv", CSV_HEADER + "GVA,NL,TOTAL,2019,7249\u000060,MIO_EUR,CP,\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.reason()).contains("control character U+0000");
    }

    @Test
    void shouldRefuseANumberThatUnderflowsToZero() throws IOException {
        ImportException e = refused("tiny.csv", CSV_HEADER + "GVA,NL,TOTAL,2019,1e-400,MIO_EUR,CP,\n");
        assertThat(e.field()).isEqualTo("value");
        assertThat(e.reason()).contains("out of range");
    }

    @Test
    void shouldRefuseAFrequencyTheHeaderDoesNotHold() throws IOException {
        ImportException e = refused("freq.tsv", TSV_HEADER + "Q,MIO_EUR,NL\t800000 \t810000 p\n");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.field()).isEqualTo("freq");
    }

    @Test
    void shouldRefuseAnUnknownFlag() throws IOException {
        ImportException e = refused("flag.tsv", TSV_HEADER + "A,MIO_EUR,NL\t800000 \t810000 q\n");
        assertThat(e.reason()).contains("unknown status flag 'q'");
    }

    @Test
    void shouldSayInWordsThatAFileIsNotUtf8() throws IOException {
        byte[] latin1 =
                (CSV_HEADER + "GVA,NL,TOTAL,2019,724960,MIO_EUR,CP,\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
        Path file = dir.resolve("latin1.csv");
        Files.write(file, latin1);
        ImportException e = catchThrowableOfType(
                () -> importers.importFile(file, new RecordingSink(), ImportProgress.NONE), ImportException.class);
        assertThat(e.reason()).isEqualTo("the file is not UTF-8 text");
        assertThat(e.code()).isEqualTo("not-utf8");
        assertThat(e.line())
                .as("the line of the bad byte, not of the decoder's read-ahead")
                .isEqualTo(2);
        assertPeopleMessage(e);

        Path first = dir.resolve("first.csv");
        Files.write(first, "\u00ff\u00fe;x\n".getBytes(StandardCharsets.ISO_8859_1));
        ImportException detect = catchThrowableOfType(
                () -> importers.importFile(first, new RecordingSink(), ImportProgress.NONE), ImportException.class);
        assertThat(detect.reason()).isEqualTo("the file is not UTF-8 text");
        assertPeopleMessage(detect);
    }

    @Test
    void shouldEchoABadFieldShortAndWithoutControlCharacters() throws IOException {
        String evil = "\u001b[31mRED\u001b[0m";
        ImportException e = refused("evil.csv", CSV_HEADER + "GVA," + evil + ",TOTAL,2019,1,MIO_EUR,CP,\n");
        assertThat(e.getMessage()).doesNotContain("\u001b").contains("U+001B (ESC)");

        ImportException longField =
                refused("long.csv", CSV_HEADER + "GVA," + "NL".repeat(500) + ",TOTAL,2019,1,MIO_EUR,CP,\n");
        assertThat(longField.getMessage()).contains("'" + "NL".repeat(40) + "…'");
        assertThat(longField.getMessage().length()).isLessThan(200);
    }

    @Test
    void shouldGiveNoDeveloperHintForCbsOdataThroughTheFileImporters() throws IOException {
        ImportException e = refused("odata.json", "{\"odata.metadata\":\"x\",\"value\":[]}\n");
        assertPeopleMessage(e);
        assertThat(e.getMessage()).doesNotContain("Importers.with").doesNotContain("nl.werkkracht");
    }

    static void assertPeopleMessage(ImportException e) {
        assertThat(e.getMessage())
                .doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Z][A-Za-z]+")
                .doesNotContain("Exception")
                .doesNotContain("java.");
    }

    private ImportException refused(String name, String text) throws IOException {
        Path file = write(name, text);
        var sink = new RecordingSink();
        ImportException e = catchThrowableOfType(
                () -> importers.importFile(file, sink, ImportProgress.NONE), ImportException.class);
        assertThat(e).as("refused").isNotNull();
        assertPeopleMessage(e);
        return e;
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static byte[] gzip(byte[] data) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] zip(String name, byte[] data) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            var entry = new ZipEntry(name);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(data.length);
            var crc = new java.util.zip.CRC32();
            crc.update(data);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(data);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
