package nl.werkkracht.statdata.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.core.observation.Period;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Status;
import nl.werkkracht.core.observation.Unit;
import nl.werkkracht.statdata.codelist.CodeListLoader;
import nl.werkkracht.statdata.importer.ImportProgress;
import nl.werkkracht.statdata.testing.RealFiles;
import nl.werkkracht.statdata.testing.RecordingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WerkkrachtCsvWriterTest {

    private final WerkkrachtCsvReader reader = new WerkkrachtCsvReader(CodeListLoader.standard());

    @TempDir
    Path dir;

    @Test
    void shouldRoundTripNama10A64() throws IOException {
        assertRoundTrip(RealFiles.path(RealFiles.NAMA_10_A64));
    }

    @Test
    void shouldRoundTripRegionalPersonsEmployed() throws IOException {
        assertRoundTrip(RealFiles.path(RealFiles.NAMA_10R_3EMPERS_CSV));
    }

    @Test
    void shouldWriteTheRealFileBackLineForLine() throws IOException {
        // The shared file was written in the same canonical form, so the export reproduces every line
        // (the source ends its lines with CRLF, the writer with LF).
        Path source = RealFiles.path(RealFiles.NAMA_10_A64);
        Path copy = dir.resolve("copy.csv");
        try (var writer = WerkkrachtCsvWriter.open(copy)) {
            reader.importFile(source, writer, ImportProgress.NONE);
        }

        assertThat(Files.readAllLines(copy)).containsExactlyElementsOf(Files.readAllLines(source));
    }

    @Test
    void shouldRoundTripValuesWithoutValueQuartersAndAwkwardNumbers() throws IOException {
        List<Observation> observations = List.of(
                Observation.absent(
                        Measure.GVA, "NL11", "C", Period.year(2019), Unit.MIO_EUR, PriceBasis.CP, Status.CONFIDENTIAL),
                Observation.absent(
                        Measure.HOURS,
                        "NL",
                        "TOTAL",
                        new Period(2020, 3),
                        Unit.THS_HW,
                        PriceBasis.NONE,
                        Status.MISSING),
                Observation.of(
                        Measure.LP_CONTRIB_TFP,
                        "NL",
                        "M_N",
                        Period.year(2001),
                        -6.78274300298654e-05,
                        Unit.PCT,
                        PriceBasis.NONE,
                        Status.DEFINITIVE),
                Observation.of(
                        Measure.GVA,
                        "NL",
                        "TOTAL",
                        Period.year(2019),
                        677661.521137334,
                        Unit.MIO_EUR,
                        PriceBasis.clv(2015),
                        Status.ESTIMATED),
                Observation.of(
                        Measure.GVA,
                        "NL",
                        "C19",
                        Period.year(2014),
                        -339,
                        Unit.MIO_EUR,
                        PriceBasis.CP,
                        Status.PROVISIONAL),
                Observation.of(
                        Measure.GVA, "NL", "C20", Period.year(2014), 1e20, Unit.EUR, PriceBasis.CP, Status.DEFINITIVE),
                Observation.of(
                        Measure.GVA, "NL", "C21", Period.year(2014), -0.0, Unit.EUR, PriceBasis.CP, Status.DEFINITIVE),
                Observation.of(
                        Measure.PERSONS,
                        "NL",
                        "A",
                        Period.year(2000),
                        0.1,
                        Unit.THS_PER,
                        PriceBasis.NONE,
                        Status.DEFINITIVE));
        Path file = dir.resolve("export.csv");
        try (var writer = WerkkrachtCsvWriter.open(file)) {
            observations.forEach(writer::accept);
        }

        var sink = new RecordingSink();
        reader.importFile(file, sink, ImportProgress.NONE);

        assertThat(sink.received()).containsExactlyElementsOf(observations);
    }

    @Test
    void shouldWriteHeaderPlainDecimalsAndFlags() throws IOException {
        var out = new StringWriter();
        try (var writer = new WerkkrachtCsvWriter(out)) {
            writer.accept(Observation.of(
                    Measure.GVA,
                    "NL",
                    "TOTAL",
                    Period.year(2019),
                    724960,
                    Unit.MIO_EUR,
                    PriceBasis.CP,
                    Status.DEFINITIVE));
            writer.accept(Observation.of(
                    Measure.PERSONS,
                    "NL33C",
                    "M_N",
                    Period.year(2021),
                    0.0000678,
                    Unit.THS_PER,
                    PriceBasis.NONE,
                    Status.PROVISIONAL));
            writer.accept(Observation.absent(
                    Measure.GDP,
                    "NL11",
                    "TOTAL",
                    new Period(2022, 1),
                    Unit.MIO_EUR,
                    PriceBasis.CP,
                    Status.CONFIDENTIAL));
        }

        assertThat(out.toString())
                .isEqualTo("measure,region,sector,period,value,unit,price_basis,status\n"
                        + "GVA,NL,TOTAL,2019,724960,MIO_EUR,CP,\n"
                        + "PERSONS,NL33C,M_N,2021,0.0000678,THS_PER,,p\n"
                        + "GDP,NL11,TOTAL,2022Q1,,MIO_EUR,CP,c\n");
    }

    private void assertRoundTrip(Path source) throws IOException {
        var first = new RecordingSink();
        reader.importFile(source, first, ImportProgress.NONE);
        Path exported = dir.resolve("export.csv");
        try (var writer = WerkkrachtCsvWriter.open(exported)) {
            first.received().forEach(writer::accept);
        }

        var second = new RecordingSink();
        reader.importFile(exported, second, ImportProgress.NONE);

        assertThat(first.received()).isNotEmpty();
        assertThat(second.received()).containsExactlyElementsOf(first.received());
    }
}
