package nl.werkkracht.statdata.eurostat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

class EurostatTsvImporterTest {

    private static final String GDP_HEADER = "freq,unit,geo\\TIME_PERIOD\t2019 \t2020 \t2021 \n";
    private static final String GDP_GOOD_ROW = "A,MIO_EUR,NL11\t24848.33 \t22993.62 \t26203.14 p\n";
    private static final String EMPERS_HEADER = "freq,unit,wstatus,nace_r2,geo\\TIME_PERIOD\t2020\t2021\n";

    private final EurostatTsvImporter importer = new EurostatTsvImporter(CodeListLoader.standard());

    @TempDir
    Path dir;

    // --- nama_10r_3gdp, the real file -----------------------------------------------------------

    @Test
    void shouldImportRegionalGdpInMillionEuroOnly() {
        var sink = new RecordingSink();
        ImportSummary summary =
                importer.importFile(RealFiles.path(RealFiles.NAMA_10R_3GDP_TSV), sink, ImportProgress.NONE);

        // 60 MIO_EUR rows x 23 years, minus 41 ':' cells (NUTS-3 in 2022).
        assertThat(summary.observations()).isEqualTo(1339);
        assertThat(sink.received()).hasSize(1339);
        assertThat(sink.received()).allSatisfy(o -> {
            assertThat(o.measure()).isEqualTo(Measure.GDP);
            assertThat(o.unit()).isEqualTo(Unit.MIO_EUR);
            assertThat(o.priceBasis()).isEqualTo(PriceBasis.CP);
            assertThat(o.sector()).isEqualTo("TOTAL");
        });
        assertThat(sink.received())
                .filteredOn(o -> o.status() == Status.PROVISIONAL)
                .hasSize(79);
        assertThat(sink.received().stream().map(Observation::region).distinct()).hasSize(60);
    }

    @Test
    void shouldReadGroningenIn2021AsProvisionalFieldByField() {
        var sink = new RecordingSink();
        importer.importFile(RealFiles.path(RealFiles.NAMA_10R_3GDP_TSV), sink, ImportProgress.NONE);

        Observation nl11 = sink.get(Measure.GDP, "NL11", "TOTAL", 2021, PriceBasis.CP);
        assertThat(nl11.region()).isEqualTo("NL11");
        assertThat(nl11.period()).isEqualTo(Period.year(2021));
        assertThat(nl11.value().getAsDouble()).isCloseTo(26203.14, within(1e-9));
        assertThat(nl11.unit()).isEqualTo(Unit.MIO_EUR);
        assertThat(nl11.priceBasis()).isEqualTo(PriceBasis.CP);
        assertThat(nl11.status()).isEqualTo(Status.PROVISIONAL);
        Observation nl2019 = sink.get(Measure.GDP, "NL", "TOTAL", 2019, PriceBasis.CP);
        assertThat(nl2019.value().getAsDouble()).isCloseTo(813055, within(1e-9));
        assertThat(nl2019.status()).isEqualTo(Status.DEFINITIVE);
        assertThat(sink.get(Measure.GDP, "NLZZZ", "TOTAL", 2019, PriceBasis.CP)
                        .value()
                        .getAsDouble())
                .isCloseTo(1776.48, within(1e-9));
    }

    @Test
    void shouldSkipDerivedUnitsNationalCurrencyAndUnavailableCellsWithNotes() {
        ImportSummary summary = importer.importFile(
                RealFiles.path(RealFiles.NAMA_10R_3GDP_TSV), new RecordingSink(), ImportProgress.NONE);

        // 408 rows x 23 periods: every cell is either imported or counted as skipped.
        assertThat(summary.observations() + summary.skipped()).isEqualTo(408L * 23);
        assertThat(summary.skipped()).isEqualTo(8045);
        assertThat(summary.notes())
                .containsExactly(
                        "skipped 6624 values: per-inhabitant or PPS figures derived from GDP (EUR_HAB 1311, "
                                + "EUR_HAB_EU27_2020 1311, MIO_PPS_EU27_2020 1380, PPS_EU27_2020_HAB 1311, "
                                + "PPS_HAB_EU27_2020 1311)",
                        "skipped 41 values: not available (':') (GDP 41)",
                        "skipped 1380 values: national currency MIO_NAC, equal to MIO_EUR for the Netherlands and never"
                                + " read as euro (MIO_NAC 1380)");
    }

    @Test
    void shouldNeverReadNationalCurrencyAsEuro() throws IOException {
        var sink = new RecordingSink();
        ImportSummary summary = importer.importFile(
                write(GDP_HEADER + "A,MIO_NAC,NL11\t24848.33 \t22993.62 \t26203.14 p\n"), sink, ImportProgress.NONE);

        assertThat(sink.received()).isEmpty();
        assertThat(summary.skipped()).isEqualTo(3);
    }

    // --- nama_10r_3empers, the real sample ------------------------------------------------------

    @Test
    void shouldImportPersonsAndEmployeesBySectorFromTheEmpersSample() {
        var sink = new RecordingSink();
        ImportSummary summary =
                importer.importFile(RealFiles.path(RealFiles.NAMA_10R_3EMPERS_TSV_SAMPLE), sink, ImportProgress.NONE);

        // 7 rows x 28 years (1995-2022); 1995-1999 and 2022 are ':'.
        assertThat(summary.observations()).isEqualTo(154);
        assertThat(summary.skipped()).isEqualTo(42);
        Observation employees = sink.get(Measure.EMPLOYEES, "NL423", "L", 2021, PriceBasis.NONE);
        assertThat(employees.value().getAsDouble()).isCloseTo(2.1, within(1e-9));
        assertThat(employees.unit()).isEqualTo(Unit.THS_PER);
        assertThat(employees.status()).isEqualTo(Status.PROVISIONAL);
        Observation persons = sink.get(Measure.PERSONS, "NL", "B-E", 2017, PriceBasis.NONE);
        assertThat(persons.value().getAsDouble()).isCloseTo(839.2, within(1e-9));
        assertThat(persons.status()).isEqualTo(Status.DEFINITIVE);
        assertThat(sink.get(Measure.PERSONS, "NL33C", "K-N", 2018, PriceBasis.NONE)
                        .value()
                        .getAsDouble())
                .isCloseTo(204.7, within(1e-9));
        assertThat(sink.find(Measure.PERSONS, "NL", "B-E", 1999, PriceBasis.NONE))
                .isEmpty();
        assertThat(sink.received())
                .extracting(Observation::sector)
                .containsOnly("L", "J", "R-U", "B-E", "K-N", "G-J", "K");
    }

    @Test
    void shouldMapEurostatSectorAliases() throws IOException {
        var sink = read(EMPERS_HEADER + "A,THS,EMP,M-N,NL\t1290.5 \t1310 p\n");

        assertThat(sink.received()).extracting(Observation::sector).containsOnly("M_N");
    }

    // --- flags and missing cells ----------------------------------------------------------------

    @Test
    void shouldPassConfidentialCellAsObservationWithoutValue() throws IOException {
        var sink = read(EMPERS_HEADER + "A,THS,EMP,K,NL124\t: c\t4.3 p\n");

        assertThat(sink.received())
                .containsExactly(
                        Observation.absent(
                                Measure.PERSONS,
                                "NL124",
                                "K",
                                Period.year(2020),
                                Unit.THS_PER,
                                PriceBasis.NONE,
                                Status.CONFIDENTIAL),
                        Observation.of(
                                Measure.PERSONS,
                                "NL124",
                                "K",
                                Period.year(2021),
                                4.3,
                                Unit.THS_PER,
                                PriceBasis.NONE,
                                Status.PROVISIONAL));
    }

    @Test
    void shouldReadEstimatedAndIgnoreFlagsThatDoNotChangeTheStatus() throws IOException {
        var sink = read("freq,unit,geo\\TIME_PERIOD\t2016\t2017\t2018\t2019\t2020\t2021\n"
                + "A,MIO_EUR,NL\t123 e\t5 b\t7 bdu\t8 bp\t9 ep\t10 nrsfz\n");

        assertThat(sink.received())
                .extracting(Observation::status)
                .containsExactly(
                        Status.ESTIMATED,
                        Status.DEFINITIVE,
                        Status.DEFINITIVE,
                        Status.PROVISIONAL,
                        Status.ESTIMATED,
                        Status.DEFINITIVE);
        assertThat(sink.received().get(0).value().getAsDouble()).isCloseTo(123, within(1e-9));
    }

    @Test
    void shouldSkipPlainNotAvailableCellsAndCountThem() throws IOException {
        var sink = new RecordingSink();
        ImportSummary summary =
                importer.importFile(write(GDP_HEADER + "A,MIO_EUR,NL11\t: \t:\t: z\n"), sink, ImportProgress.NONE);

        assertThat(sink.received()).isEmpty();
        assertThat(summary.skipped()).isEqualTo(3);
        assertThat(summary.notes()).containsExactly("skipped 3 values: not available (':') (GDP 3)");
    }

    @Test
    void shouldSkipRegionsOutsideTheNetherlands() throws IOException {
        var sink = new RecordingSink();
        ImportSummary summary = importer.importFile(
                write(GDP_HEADER + "A,MIO_EUR,BE1\t1 \t2 \t3 \n" + GDP_GOOD_ROW), sink, ImportProgress.NONE);

        assertThat(sink.received()).hasSize(3);
        assertThat(summary.notes()).containsExactly("skipped 3 values: regions outside the Netherlands (BE1 3)");
    }

    private RecordingSink read(String content) throws IOException {
        var sink = new RecordingSink();
        importer.importFile(write(content), sink, ImportProgress.NONE);
        return sink;
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("bad.tsv"), content);
    }
}
