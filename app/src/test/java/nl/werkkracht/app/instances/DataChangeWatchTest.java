package nl.werkkracht.app.instances;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.werkkracht.app.monitor.DatasetsChanged;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The poll that tells an instance of data changed elsewhere (another instance or the command line). */
class DataChangeWatchTest {

    @TempDir
    Path dir;

    @Test
    void shouldPublishOnceWhenTheDataVersionChanged() throws Exception {
        try (Database database = Database.open(DatabaseConfig.embedded(Files.createDirectories(dir.resolve("db"))))) {
            List<Object> published = new ArrayList<>();
            var watch = new DataChangeWatch(database, published::add, Duration.ofHours(1));
            watch.start(true);
            try {
                watch.poll();
                assertThat(published).isEmpty();

                database.inTransaction(c -> {
                    try (var insert = c.prepareStatement(
                            "INSERT INTO dataset (name, title, source, licence, source_url, description, imported_at)"
                                    + " VALUES ('elsewhere', 't', 's', 'l', 'u', 'd', ?)")) {
                        insert.setTimestamp(1, Timestamp.from(Instant.now()));
                        return insert.executeUpdate();
                    }
                });
                watch.poll();
                watch.poll();

                assertThat(published).containsExactly(new DatasetsChanged(""));
                // a change this instance made itself is not passed on again by the poll
                watch.onDatasetsChanged(new DatasetsChanged("here"));
                watch.poll();
                assertThat(published).hasSize(1);
            } finally {
                watch.close();
            }
        }
    }
}
