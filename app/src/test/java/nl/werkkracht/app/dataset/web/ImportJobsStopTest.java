package nl.werkkracht.app.dataset.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.werkkracht.app.dataset.ImportService;
import nl.werkkracht.statdata.codelist.CodeListLoader;
import nl.werkkracht.statdata.importer.Importers;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseConfig;
import nl.werkkracht.store.observation.ImportJobRecord;
import nl.werkkracht.store.observation.ImportJobStore;
import nl.werkkracht.store.observation.ObservationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Issue 10: a graceful stop (SIGTERM: Spring destroys the beans) during an upload import rolls the import back
 * and records that it was interrupted, so the client reads a final status after the restart; a job left
 * running by a process that died is marked interrupted when the next one starts. On the real EU KLEMS file
 * (37,517 lines) on the embedded database.
 */
class ImportJobsStopTest {

    @TempDir
    Path dir;

    @Test
    void shouldRollBackAndRecordAnImportInterruptedByAGracefulStop() throws Exception {
        try (Database database = Database.open(DatabaseConfig.embedded(dir.resolve("db")))) {
            // a job left running by a process that died: marked interrupted when the next one starts
            var old = java.time.Clock.fixed(Instant.now().minus(Duration.ofMinutes(5)), java.time.ZoneOffset.UTC);
            new ImportJobStore(database, old).start("dead-job", "d", "f.csv", "csv", "ana");
            var store = new ObservationStore(database);
            var imports = new ImportService(store, new Importers(CodeListLoader.standard()));
            var jobs = new ImportJobs(imports, CodeListLoader.standard(), database, event -> {});
            ImportJobRecord dead = new ImportJobStore(database).find("dead-job").orElseThrow();
            assertThat(dead.status()).isEqualTo(ImportJobRecord.Status.FAILED);
            assertThat(dead.failure().orElseThrow().code()).isEqualTo(ImportJobRecord.Failure.INTERRUPTED);

            byte[] klems;
            try (InputStream in = getClass()
                    .getResourceAsStream(
                            "/nl/werkkracht/app/dataset/default/euklems/euklems_intanprod_2021_growth_accounts_NL.csv")) {
                klems = in.readAllBytes();
            }
            UploadedFile file = UploadedFile.save(new MockMultipartFile("file", "klems.csv", "text/csv", klems));

            ImportJob job = jobs.submit("ana", "stopped", file, Optional.empty());
            Instant limit = Instant.now().plusSeconds(30);
            while (jobs.find(job.id(), "ana").orElseThrow().records() < 1
                    && Instant.now().isBefore(limit)) {
                Thread.sleep(1);
            }
            jobs.destroy();

            ImportJobRecord recorded =
                    new ImportJobStore(database).find(job.id()).orElseThrow();
            assertThat(recorded.status()).isEqualTo(ImportJobRecord.Status.FAILED);
            assertThat(recorded.failure().orElseThrow().code()).isEqualTo(ImportJobRecord.Failure.INTERRUPTED);
            assertThat(store.exists("stopped")).as("nothing stored").isFalse();
            assertThat(Files.exists(file.path()))
                    .as("the upload's copy is deleted")
                    .isFalse();
        }
    }
}
