package nl.werkkracht.store.observation;

import static nl.werkkracht.store.observation.SampleObservations.NAMA;
import static nl.werkkracht.store.observation.SampleObservations.SAMPLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import jobs on H2: success commits with the data, a failure is recorded after the rollback, dead jobs end. */
class ImportJobStoreTest {

    @TempDir
    Path dataDir;

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-07T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    private Database database;
    private ObservationStore observations;
    private ImportJobStore jobs;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseConfig.embedded(dataDir));
        observations = new ObservationStore(database);
        jobs = new ImportJobStore(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void shouldRecordSuccessTogetherWithTheData() {
        jobs.start("j1", "nama_10_a64", "nama.csv", "csv", "ana");
        assertThat(jobs.find("j1").orElseThrow().status()).isEqualTo(ImportJobRecord.Status.RUNNING);

        observations.importInto(NAMA, sink -> SAMPLE.forEach(sink), jobs.succeeded("j1", 12, 3, List.of("a note")));

        ImportJobRecord job = jobs.find("j1").orElseThrow();
        assertThat(job.status()).isEqualTo(ImportJobRecord.Status.SUCCEEDED);
        assertThat(job.observations()).contains((long) SAMPLE.size());
        assertThat(job.createdDataset()).contains(true);
        assertThat(job.skipped()).contains(3L);
        assertThat(job.notes()).containsExactly("a note");
        assertThat(job.finishedAt()).isPresent();
    }

    @Test
    void shouldNotRecordSuccessWhenTheImportRollsBack() {
        jobs.start("j2", "nama_10_a64", "bad.csv", "csv", "ana");

        assertThatThrownBy(() -> observations.importInto(
                        NAMA,
                        sink -> {
                            SAMPLE.forEach(sink);
                            throw new IllegalStateException("line 3 is bad");
                        },
                        jobs.succeeded("j2", 3, 0, List.of())))
                .isInstanceOf(IllegalStateException.class);
        assertThat(jobs.find("j2").orElseThrow().status()).isEqualTo(ImportJobRecord.Status.RUNNING);

        jobs.failed(
                "j2",
                3,
                new ImportJobRecord.Failure("bad.csv line 3: x", 3, "value", "not-a-number", List.of("x", "value")));

        ImportJobRecord job = jobs.find("j2").orElseThrow();
        assertThat(job.status()).isEqualTo(ImportJobRecord.Status.FAILED);
        assertThat(job.failure().orElseThrow().arguments()).containsExactly("x", "value");
        assertThat(job.failure().orElseThrow().line()).isEqualTo(3);
        assertThat(observations.exists("nama_10_a64")).isFalse();
    }

    @Test
    void shouldMarkJobsWithoutHeartbeatAsInterrupted() {
        jobs.start("dead", "d", "f.csv", "csv", "ana");
        now.set(now.get().plusSeconds(20));
        jobs.start("alive", "d", "g.csv", "csv", "ana");
        now.set(now.get().plusSeconds(20));
        jobs.heartbeat(List.of(new ImportJobStore.Progress("alive", 5000)));

        assertThat(jobs.interruptStale(Duration.ofSeconds(30))).isEqualTo(1);

        assertThat(jobs.find("dead").orElseThrow().failure().orElseThrow().code())
                .isEqualTo(ImportJobRecord.Failure.INTERRUPTED);
        ImportJobRecord alive = jobs.find("alive").orElseThrow();
        assertThat(alive.status()).isEqualTo(ImportJobRecord.Status.RUNNING);
        assertThat(alive.records()).isEqualTo(5000);
        assertThat(jobs.recent(10)).extracting(ImportJobRecord::id).containsExactly("alive", "dead");
    }
}
