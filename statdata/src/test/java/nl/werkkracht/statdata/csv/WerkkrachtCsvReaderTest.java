package nl.werkkracht.statdata.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.core.observation.Period;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Status;
import nl.werkkracht.core.observation.Unit;
import nl.werkkracht.statdata.codelist.CodeListLoader;
import nl.werkkracht.statdata.importer.ImportProgress;
import nl.werkkracht.statdata.importer.ImportSummary;
import nl.werkkracht.statdata.testing.RealFiles;
import nl.werkkracht.statdata.testing.RecordingSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WerkkrachtCsvReaderTest {

    private static final String HEADER = "measure,region,sector,period,value,unit,price_basis,status\n";
    private static final String GOOD_LINE = "GVA,NL,TOTAL,2019,724960,MIO_EUR,CP,\n";

    private final WerkkrachtCsvReader reader = new WerkkrachtCsvReader(CodeListLoader.standard());

    @TempDir
    Path dir;

    // --- the real files -------------------------------------------------------------------------

    @Test
    void shouldReadEveryLineOfNama10A64() {
        var sink = new RecordingSink();
        ImportSummary summary = reader.importFile(RealFiles.path(RealFiles.NAMA_10_A64), sink, ImportProgress.NONE);

        assertThat(summary.observations()).isEqualTo(5590);
        assertThat(summary.skipped()).isZero();
        assertThat(summary.notes()).isEmpty();
        assertThat(sink.received()).hasSize(5590);
        assertThat(sink.received())
                .filteredOn(o -> o.measure() == Measure.EMPLOYEE_HOURS)
                .hasSize(702);
        assertThat(sink.received())
                .filteredOn(o -> o.measure() == Measure.EMPLOYEES)
                .hasSize(702);
        assertThat(sink.received())
                .filteredOn(o -> o.priceBasis().equals(PriceBasis.PYP))
                .hasSize(676);
    }

    @Test
    void shouldReadGvaOfTheNetherlandsIn2019AtCurrentPricesFieldByField() {
        var sink = new RecordingSink();
        reader.importFile(RealFiles.path(RealFiles.NAMA_10_A64), sink, ImportProgress.NONE);

        Observation gva = sink.get(Measure.GVA, "NL", "TOTAL", 2019, PriceBasis.CP);
        assertThat(gva.measure()).isEqualTo(Measure.GVA);
        assertThat(gva.region()).isEqualTo("NL");
        assertThat(gva.sector()).isEqualTo("TOTAL");
        assertThat(gva.period()).isEqualTo(Period.year(2019));
        assertThat(gva.value().getAsDouble()).isCloseTo(724960, within(1e-9));
        assertThat(gva.unit()).isEqualTo(Unit.MIO_EUR);
        assertThat(gva.priceBasis()).isEqualTo(PriceBasis.CP);
        assertThat(gva.status()).isEqualTo(Status.DEFINITIVE);
        assertThat(sink.get(Measure.GVA, "NL", "TOTAL", 2019, PriceBasis.clv(2015))
                        .value()
                        .getAsDouble())
                .isCloseTo(680168, within(1e-9));
        assertThat(sink.get(Measure.GVA, "NL", "TOTAL", 2019, PriceBasis.PYP)
                        .value()
                        .getAsDouble())
                .isCloseTo(706611, within(1e-9));
    }

    @Test
    void shouldReadHoursAndPersonsWithoutPriceBasis() {
        var sink = new RecordingSink();
        reader.importFile(RealFiles.path(RealFiles.NAMA_10_A64), sink, ImportProgress.NONE);

        Observation hours = sink.get(Measure.HOURS, "NL", "TOTAL", 2019, PriceBasis.NONE);
        assertThat(hours.value().getAsDouble()).isCloseTo(13_867_469, within(1e-9));
        assertThat(hours.unit()).isEqualTo(Unit.THS_HW);
        Observation persons = sink.get(Measure.PERSONS, "NL", "TOTAL", 2019, PriceBasis.NONE);
        assertThat(persons.value().getAsDouble()).isCloseTo(9623, within(1e-9));
        assertThat(persons.unit()).isEqualTo(Unit.THS_PER);
    }

    @Test
    void shouldCarryNegativeGvaOfCokeAndRefinedPetroleum() {
        var sink = new RecordingSink();
        reader.importFile(RealFiles.path(RealFiles.NAMA_10_A64), sink, ImportProgress.NONE);

        assertThat(sink.get(Measure.GVA, "NL", "C19", 2014, PriceBasis.CP)
                        .value()
                        .getAsDouble())
                .isCloseTo(-339, within(1e-9));
    }

    @Test
    void shouldReadRegionalPersonsEmployedIncludingExtraRegio() {
        var sink = new RecordingSink();
        ImportSummary summary =
                reader.importFile(RealFiles.path(RealFiles.NAMA_10R_3EMPERS_CSV), sink, ImportProgress.NONE);

        assertThat(summary.observations()).isEqualTo(16_219);
        assertThat(sink.get(Measure.PERSONS, "NL33C", "M_N", 2017, PriceBasis.NONE)
                        .value()
                        .getAsDouble())
                .isCloseTo(171.1, within(1e-9));
        assertThat(sink.get(Measure.PERSONS, "NLZZZ", "O-Q", 2010, PriceBasis.NONE)
                        .value()
                        .getAsDouble())
                .isCloseTo(2.5, within(1e-9));
        assertThat(sink.get(Measure.PERSONS, "NL", "TOTAL", 2018, PriceBasis.NONE)
                        .value()
                        .getAsDouble())
                .isCloseTo(9366.9, within(1e-9));
        assertThat(sink.received()).allSatisfy(o -> assertThat(o.unit()).isEqualTo(Unit.THS_PER));
    }

    @Test
    void shouldReportProgressAsBytesReadAgainstFileSize() throws IOException {
        Path file = RealFiles.path(RealFiles.NAMA_10R_3EMPERS_CSV);
        var updates = new ArrayList<long[]>();
        reader.importFile(
                file, new RecordingSink(), (records, done, total) -> updates.add(new long[] {records, done, total}));

        // 16,220 lines: every 5,000 lines, then once at the end.
        assertThat(updates).extracting(u -> u[0]).containsExactly(5_000L, 10_000L, 15_000L, 16_220L);
        assertThat(updates).allSatisfy(u -> assertThat(u[2]).isEqualTo(Files.size(file)));
        assertThat(updates).extracting(u -> u[1]).isSorted();
        assertThat(updates.get(updates.size() - 1)[1]).isEqualTo(Files.size(file));
    }

    // --- good edge cases ------------------------------------------------------------------------

    @Test
    void shouldReadConfidentialAndMissingAsObservationsWithoutValue() throws IOException {
        var sink = read(HEADER + "GVA,NL11,C,2019,,MIO_EUR,CP,c\nHOURS,NL11,C,2019Q2,,THS_HW,,:\n");

        assertThat(sink.received())
                .containsExactly(
                        Observation.absent(
                                Measure.GVA,
                                "NL11",
                                "C",
                                Period.year(2019),
                                Unit.MIO_EUR,
                                PriceBasis.CP,
                                Status.CONFIDENTIAL),
                        Observation.absent(
                                Measure.HOURS,
                                "NL11",
                                "C",
                                new Period(2019, 2),
                                Unit.THS_HW,
                                PriceBasis.NONE,
                                Status.MISSING));
    }

    @Test
    void shouldAcceptNegativeGva() throws IOException {
        var sink = read(HEADER + "GVA,NL,C19,2014,-339,MIO_EUR,CP,p\n");

        assertThat(sink.received()).singleElement().satisfies(o -> {
            assertThat(o.value().getAsDouble()).isCloseTo(-339, within(1e-9));
            assertThat(o.status()).isEqualTo(Status.PROVISIONAL);
        });
    }

    @Test
    void shouldIgnoreBlankLinesAndAByteOrderMark() throws IOException {
        var sink = read("\uFEFF" + HEADER + GOOD_LINE + "\n");

        assertThat(sink.received()).hasSize(1);
    }

    private RecordingSink read(String content) throws IOException {
        var sink = new RecordingSink();
        reader.importFile(write(content), sink, ImportProgress.NONE);
        return sink;
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("bad.csv"), content);
    }
}
