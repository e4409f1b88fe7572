package nl.werkkracht.store.observation;

import static nl.werkkracht.core.observation.Measure.GVA;
import static nl.werkkracht.core.observation.Measure.HOURS;
import static nl.werkkracht.core.observation.Measure.JOBS;
import static nl.werkkracht.store.observation.SampleObservations.NAMA;
import static nl.werkkracht.store.observation.SampleObservations.NOW;
import static nl.werkkracht.store.observation.SampleObservations.REGIONAL;
import static nl.werkkracht.store.observation.SampleObservations.SAMPLE;
import static nl.werkkracht.store.observation.SampleObservations.many;
import static nl.werkkracht.store.observation.SampleObservations.sorted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.core.observation.ObservationRejectedException;
import nl.werkkracht.core.observation.Period;
import nl.werkkracht.core.observation.PriceBasis;
import nl.werkkracht.core.observation.Status;
import nl.werkkracht.core.observation.Unit;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link ObservationStore} promises on every database it supports. Subclasses say which database;
 * every test starts from empty tables.
 */
abstract class ObservationStoreContract {

    /** The database under test. */
    protected abstract DatabaseConfig config();

    protected Database database;
    protected ObservationStore store;

    @BeforeEach
    void openStore() {
        database = Database.open(config());
        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("DELETE FROM dataset");
            }
        });
        store = new ObservationStore(database, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void closeStore() {
        database.close();
    }

    @Test
    void shouldRoundTripEveryFieldOfEveryObservation() {
        ImportOutcome outcome = store.importInto(NAMA, sink -> SAMPLE.forEach(sink));

        assertThat(outcome).isEqualTo(new ImportOutcome("nama_10_a64", true, SAMPLE.size()));
        assertThat(store.find(ObservationQuery.all("nama_10_a64"))).containsExactlyElementsOf(sorted(SAMPLE));
    }

    @Test
    void shouldReadConfidentialAndMissingObservationsBackWithoutAValue() {
        store.importInto(NAMA, sink -> SAMPLE.forEach(sink));

        List<Observation> absent = store.find(
                ObservationQuery.all("nama_10_a64").withRegions("PV20").withSectors("B-E"));

        assertThat(absent).extracting(Observation::status).containsExactly(Status.CONFIDENTIAL, Status.MISSING);
        assertThat(absent).allSatisfy(o -> assertThat(o.value()).isEmpty());
    }

    @Test
    void shouldRoundTripTheDatasetMetadata() {
        store.importInto(NAMA, sink -> {});

        assertThat(store.dataset("nama_10_a64")).get().satisfies(summary -> {
            assertThat(summary.info()).isEqualTo(NAMA);
            assertThat(summary.importedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void shouldRejectADuplicateWithinOneImportAndStoreNothing() {
        Observation first = SAMPLE.get(0);

        assertThatThrownBy(() -> store.importInto(NAMA, sink -> {
                    SAMPLE.forEach(sink);
                    sink.accept(first);
                }))
                .isInstanceOf(ObservationRejectedException.class)
                .hasMessage("duplicate of an observation earlier in this import into dataset nama_10_a64: "
                        + "GVA,NL,TOTAL,2015,CP")
                .satisfies(e ->
                        assertThat(((ObservationRejectedException) e).key()).isEqualTo(first.key()));
        assertThat(store.datasets()).isEmpty();
        assertThat(store.find(ObservationQuery.all("nama_10_a64"))).isEmpty();
    }

    @Test
    void shouldRejectADuplicateOfAStoredObservationAndKeepWhatWasStored() {
        store.importInto(NAMA, sink -> SAMPLE.forEach(sink));
        Observation fresh = Observation.of(
                JOBS, "NL", "TOTAL", Period.year(2017), 9_000, Unit.THS_JOB, PriceBasis.NONE, Status.DEFINITIVE);
        Observation stored = SAMPLE.get(5);
        DatasetInfo renamed = DatasetInfo.of("nama_10_a64", "A new title that must not stick");

        assertThatThrownBy(() -> store.importInto(renamed, sink -> {
                    sink.accept(fresh);
                    sink.accept(stored);
                }))
                .isInstanceOf(ObservationRejectedException.class)
                .hasMessage("duplicate of an observation already in dataset nama_10_a64: HOURS,NL,TOTAL,2015");
        assertThat(store.find(ObservationQuery.all("nama_10_a64"))).containsExactlyElementsOf(sorted(SAMPLE));
        assertThat(store.dataset("nama_10_a64"))
                .get()
                .extracting(DatasetSummary::info)
                .isEqualTo(NAMA);
    }

    @Test
    void shouldNameADuplicateOfAnEarlierBatchByItsOriginAndStoreNothing() {
        List<Observation> rows = many(ObservationBatch.BATCH_SIZE + 10);

        assertThatThrownBy(() -> store.importInto(NAMA, sink -> {
                    for (int i = 0; i < rows.size(); i++) {
                        sink.accept(rows.get(i), i + 2);
                    }
                    sink.accept(rows.get(3), 99_999); // line 5 again, in the second batch
                    sink.flush();
                }))
                .isInstanceOf(ObservationRejectedException.class)
                .hasMessage("duplicate of an observation earlier in this import into dataset nama_10_a64: "
                        + rows.get(3).key())
                .satisfies(e ->
                        assertThat(((ObservationRejectedException) e).origin()).isEqualTo(99_999));
        assertThat(store.datasets()).isEmpty();
    }

    @Test
    void shouldNameADuplicateOfAStoredObservationByItsOriginWhenItsBatchIsWritten() {
        store.importInto(NAMA, sink -> SAMPLE.forEach(sink));
        List<Observation> rows = many(ObservationBatch.BATCH_SIZE + 10);

        assertThatThrownBy(() -> store.importInto(NAMA, sink -> {
                    for (int i = 0; i < rows.size(); i++) {
                        sink.accept(rows.get(i), i + 2);
                    }
                    sink.accept(SAMPLE.get(5), 7_000);
                }))
                .isInstanceOf(ObservationRejectedException.class)
                .hasMessage("duplicate of an observation already in dataset nama_10_a64: HOURS,NL,TOTAL,2015")
                .satisfies(e ->
                        assertThat(((ObservationRejectedException) e).origin()).isEqualTo(7_000));
        assertThat(store.dataset("nama_10_a64")).get().satisfies(summary -> assertThat(summary.observations())
                .isEqualTo(SAMPLE.size()));
    }

    @Test
    void shouldLetAProducerSkipARefusedObservationAndGoOn() {
        List<ObservationRejectedException> skipped = new ArrayList<>();

        ImportOutcome outcome = store.importInto(NAMA, sink -> {
            for (Observation observation : List.of(SAMPLE.get(0), SAMPLE.get(0), SAMPLE.get(1))) {
                try {
                    sink.accept(observation);
                } catch (ObservationRejectedException e) {
                    skipped.add(e);
                }
            }
        });

        assertThat(outcome.written()).isEqualTo(2);
        assertThat(skipped)
                .singleElement()
                .extracting(ObservationRejectedException::key)
                .isEqualTo(SAMPLE.get(0).key());
        assertThat(store.find(ObservationQuery.all("nama_10_a64")))
                .containsExactly(SAMPLE.get(1), SAMPLE.get(0)); // CLV2015 before CP
    }

    @Test
    void shouldRollBackWhenProducerFails() {
        IOException failure = new IOException("nama_10_a64.tsv line 2501: unreadable");

        assertThatThrownBy(() -> store.importInto(NAMA, sink -> {
                    many(2_500).forEach(sink); // more than two JDBC batches are already written
                    throw failure;
                }))
                .isSameAs(failure);
        assertThat(store.datasets()).isEmpty();
        assertThat(store.find(ObservationQuery.all("nama_10_a64"))).isEmpty();
    }

    @Test
    void shouldRollBackAnImportIntoAnExistingDatasetWhenProducerFails() {
        store.importInto(NAMA, sink -> SAMPLE.forEach(sink));
        IllegalStateException failure = new IllegalStateException("importer gave up");

        assertThatThrownBy(() -> store.importInto(DatasetInfo.of("nama_10_a64", "Other"), sink -> {
                    many(1_500).forEach(sink);
                    throw failure;
                }))
                .isSameAs(failure);
        assertThat(store.dataset("nama_10_a64")).get().satisfies(summary -> {
            assertThat(summary.info()).isEqualTo(NAMA);
            assertThat(summary.observations()).isEqualTo(SAMPLE.size());
        });
    }

    @Test
    void shouldAddToAnExistingDatasetAndReplaceItsMetadata() {
        store.importInto(NAMA, sink -> SAMPLE.forEach(sink));
        DatasetInfo update =
                new DatasetInfo("nama_10_a64", "New title", "Eurostat (update)", "CC0", "", Optional.empty(), "");
        List<Observation> more = many(10);

        ImportOutcome outcome = store.importInto(update, sink -> more.forEach(sink));

        assertThat(outcome).isEqualTo(new ImportOutcome("nama_10_a64", false, 10));
        List<Observation> all = new ArrayList<>(SAMPLE);
        all.addAll(more);
        assertThat(store.find(ObservationQuery.all("nama_10_a64"))).containsExactlyElementsOf(sorted(all));
        assertThat(store.dataset("nama_10_a64"))
                .get()
                .extracting(DatasetSummary::info)
                .isEqualTo(update);
    }

    @Test
    void shouldKeepTheSameKeyInDifferentDatasetsApart() {
        store.importInto(NAMA, sink -> SAMPLE.forEach(sink));
        store.importInto(REGIONAL, sink -> sink.accept(SAMPLE.get(0)));

        assertThat(store.find(ObservationQuery.all("cbs.regional-2024"))).containsExactly(SAMPLE.get(0));
        assertThat(store.find(ObservationQuery.all("nama_10_a64"))).hasSameSizeAs(SAMPLE);
    }

    @Test
    void shouldRejectACodeLongerThanTheDatabaseHolds() {
        Observation tooLong = Observation.of(
                HOURS, "R".repeat(65), "TOTAL", Period.year(2015), 1, Unit.HW, PriceBasis.NONE, Status.DEFINITIVE);

        assertThatThrownBy(() -> store.importInto(NAMA, sink -> sink.accept(tooLong)))
                .isInstanceOf(ObservationRejectedException.class)
                .hasMessageStartingWith("region code is longer than 64 characters");
        assertThat(store.datasets()).isEmpty();
    }

    @Test
    void shouldRefuseObservationsAfterTheImportHasEnded() {
        List<Consumer<Observation>> kept = new ArrayList<>();
        store.importInto(NAMA, kept::add);

        assertThatThrownBy(() -> kept.get(0).accept(SAMPLE.get(0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has ended");
        assertThat(store.find(ObservationQuery.all("nama_10_a64"))).isEmpty();
    }

    @Test
    void shouldFindByMeasureRegionAndSector() {
        store.importInto(NAMA, sink -> SAMPLE.forEach(sink));

        assertThat(store.find(ObservationQuery.all("nama_10_a64")
                        .withMeasures(HOURS, JOBS)
                        .withRegions("NL", "PV20")))
                .containsExactly(SAMPLE.get(5), SAMPLE.get(7), SAMPLE.get(8));
        assertThat(store.find(ObservationQuery.all("nama_10_a64").withSectors("C")))
                .containsExactly(SAMPLE.get(3), SAMPLE.get(6));
        assertThat(store.find(ObservationQuery.all("nama_10_a64").withRegions("XX")))
                .isEmpty();
    }

    @Test
    void shouldFindByYearsInclusiveIncludingQuarters() {
        store.importInto(NAMA, sink -> SAMPLE.forEach(sink));

        assertThat(store.find(ObservationQuery.all("nama_10_a64").withYears(2016, 2016)))
                .containsExactly(SAMPLE.get(2), SAMPLE.get(3), SAMPLE.get(6));
        assertThat(store.find(ObservationQuery.all("nama_10_a64").withFromYear(2017)))
                .containsExactly(SAMPLE.get(8));
        assertThat(store.find(ObservationQuery.all("nama_10_a64").withToYear(2015)))
                .hasSize(5);
    }

    @Test
    void shouldFindByPriceBasis() {
        store.importInto(NAMA, sink -> SAMPLE.forEach(sink));

        assertThat(store.find(ObservationQuery.all("nama_10_a64").withPriceBasis(PriceBasis.clv(2015))))
                .containsExactly(SAMPLE.get(1));
        assertThat(store.find(
                        ObservationQuery.all("nama_10_a64").withMeasures(GVA).withPriceBasis(PriceBasis.CP)))
                .containsExactly(SAMPLE.get(0), SAMPLE.get(3), SAMPLE.get(4));
        assertThat(store.find(ObservationQuery.all("nama_10_a64").withPriceBasis(PriceBasis.NONE)))
                .extracting(Observation::measure)
                .containsOnly(HOURS, JOBS)
                .hasSize(4);
    }

    @Test
    void shouldOrderByMeasureRegionSectorAndPeriodWhateverTheCollation() {
        List<Observation> scrambled = new ArrayList<>();
        for (String sector : List.of("TOTAL", "b", "BA", "B-E", "B_E", "C10-C12", "C")) {
            for (Period period : List.of(Period.year(2016), new Period(2015, 4), Period.year(2015))) {
                scrambled.add(
                        Observation.of(HOURS, "NL", sector, period, 1, Unit.HW, PriceBasis.NONE, Status.DEFINITIVE));
            }
        }
        store.importInto(NAMA, sink -> scrambled.forEach(sink));

        List<Observation> found = store.find(ObservationQuery.all("nama_10_a64"));

        assertThat(found)
                .extracting(Observation::sector)
                .startsWith("B-E", "B-E", "B-E", "BA")
                .endsWith("b");
        assertThat(found.subList(0, 3))
                .extracting(Observation::period)
                .containsExactly(Period.year(2015), new Period(2015, 4), Period.year(2016));
        assertThat(found).isSortedAccordingTo(ObservationRepository.ORDER);
    }

    @Test
    void shouldFindNothingInADatasetThatDoesNotExist() {
        assertThat(store.find(ObservationQuery.all("nowhere"))).isEmpty();
        assertThat(store.dataset("nowhere")).isEmpty();
    }

    @Test
    void shouldSummariseWhatADatasetHolds() {
        store.importInto(NAMA, sink -> SAMPLE.forEach(sink));

        DatasetSummary summary = store.dataset("nama_10_a64").orElseThrow();

        assertThat(summary.observations()).isEqualTo(9);
        assertThat(summary.measures()).containsExactly(GVA, HOURS, JOBS);
        assertThat(summary.firstPeriod()).contains(Period.year(2015));
        assertThat(summary.lastPeriod()).contains(Period.year(2017));
        assertThat(summary.regions()).isEqualTo(3);
        assertThat(summary.sectors()).isEqualTo(4);
        assertThat(summary.statusCounts())
                .isEqualTo(Map.of(
                        Status.DEFINITIVE, 4L,
                        Status.PROVISIONAL, 2L,
                        Status.ESTIMATED, 1L,
                        Status.CONFIDENTIAL, 1L,
                        Status.MISSING, 1L));
    }

    @Test
    void shouldTakeTheLastPeriodFromQuarters() {
        store.importInto(REGIONAL, sink -> {
            sink.accept(Observation.of(
                    HOURS, "NL", "TOTAL", Period.year(2020), 1, Unit.HW, PriceBasis.NONE, Status.DEFINITIVE));
            sink.accept(Observation.of(
                    HOURS, "NL", "TOTAL", new Period(2020, 3), 1, Unit.HW, PriceBasis.NONE, Status.DEFINITIVE));
            sink.accept(Observation.of(
                    HOURS, "NL", "TOTAL", new Period(2019, 2), 1, Unit.HW, PriceBasis.NONE, Status.DEFINITIVE));
        });

        DatasetSummary summary = store.dataset("cbs.regional-2024").orElseThrow();

        assertThat(summary.firstPeriod()).contains(new Period(2019, 2));
        assertThat(summary.lastPeriod()).contains(new Period(2020, 3));
    }

    @Test
    void shouldListDatasetsByNameIncludingEmptyOnes() {
        store.importInto(NAMA, sink -> SAMPLE.forEach(sink));
        ImportOutcome empty = store.importInto(REGIONAL, sink -> {});

        List<DatasetSummary> datasets = store.datasets();

        assertThat(empty).isEqualTo(new ImportOutcome("cbs.regional-2024", true, 0));
        assertThat(datasets).extracting(DatasetSummary::name).containsExactly("cbs.regional-2024", "nama_10_a64");
        DatasetSummary regional = datasets.get(0);
        assertThat(regional.observations()).isZero();
        assertThat(regional.measures()).isEmpty();
        assertThat(regional.firstPeriod()).isEmpty();
        assertThat(regional.lastPeriod()).isEmpty();
        assertThat(regional.statusCounts())
                .containsOnlyKeys(Set.of(Status.values()))
                .allSatisfy((status, count) -> assertThat(count).isZero());
        assertThat(datasets.get(1).observations()).isEqualTo(SAMPLE.size());
    }

    @Test
    void shouldDeleteADatasetWithItsObservationsAndNothingElse() {
        store.importInto(NAMA, sink -> SAMPLE.forEach(sink));
        store.importInto(REGIONAL, sink -> sink.accept(SAMPLE.get(0)));

        assertThat(store.deleteDataset("nama_10_a64")).isTrue();

        assertThat(store.dataset("nama_10_a64")).isEmpty();
        assertThat(store.find(ObservationQuery.all("nama_10_a64"))).isEmpty();
        assertThat(store.find(ObservationQuery.all("cbs.regional-2024"))).containsExactly(SAMPLE.get(0));
        assertThat(store.importInto(NAMA, sink -> SAMPLE.forEach(sink)).created())
                .isTrue();
    }

    @Test
    void shouldReportThatThereWasNothingToDelete() {
        assertThat(store.deleteDataset("nowhere")).isFalse();
    }

    @Test
    void shouldTellWhetherADatasetExistsWithoutSummarisingIt() {
        assertThat(store.exists("nama_10_a64")).isFalse();
        store.importInto(NAMA, sink -> SAMPLE.forEach(sink));
        assertThat(store.exists("nama_10_a64")).isTrue();
        assertThat(store.exists("cbs.regional-2024")).isFalse();
        store.deleteDataset("nama_10_a64");
        assertThat(store.exists("nama_10_a64")).isFalse();
    }
}
