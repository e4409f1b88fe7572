package nl.werkkracht.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup FILE} / {@code restore FILE} of the embedded database: a round trip keeps every table. */
class BackupTest {

    @TempDir
    Path dir;

    @Test
    void shouldRestoreEveryTableAsItWasBackedUp() {
        DatabaseConfig original = DatabaseConfig.embedded(dir.resolve("original"));
        TableContents.migrateTo(original, "13.1");
        TableContents.runScript(original, "/upgrade/release-v13_1-data.sql");
        Database.open(original).close();
        TableContents before = TableContents.of(original);
        Path file = dir.resolve("werkkracht-backup.zip");

        EmbeddedBackup.backup(original, file);
        DatabaseConfig elsewhere = DatabaseConfig.embedded(dir.resolve("elsewhere"));
        Database.open(elsewhere).close();
        EmbeddedBackup.restore(elsewhere, file);

        TableContents after = TableContents.of(elsewhere);
        assertThat(before.rowCount()).isGreaterThan(10);
        assertThat(after.tables()).isEqualTo(before.tables());
    }

    @Test
    void shouldPutBackWhatWasChangedAfterTheBackup() throws Exception {
        DatabaseConfig config = DatabaseConfig.embedded(dir.resolve("db"));
        TableContents.migrateTo(config, "13.1");
        TableContents.runScript(config, "/upgrade/release-v13_1-data.sql");
        Database.open(config).close();
        TableContents before = TableContents.of(config);
        Path file = dir.resolve("backup.zip");
        EmbeddedBackup.backup(config, file);
        try (var c = java.sql.DriverManager.getConnection(config.url(), config.user(), config.password());
                var s = c.createStatement()) {
            s.execute("DELETE FROM observation");
            s.execute("UPDATE app_user SET role = 'ADMIN'");
        }

        EmbeddedBackup.restore(config, file);

        assertThat(TableContents.of(config).tables()).isEqualTo(before.tables());
        assertThatThrownBy(() -> EmbeddedBackup.backup(config, file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("will not overwrite");
        assertThatThrownBy(() -> EmbeddedBackup.backup(
                        new DatabaseConfig("jdbc:postgresql://127.0.0.1/x", "u", ""), dir.resolve("pg.zip")))
                .hasMessageContaining("pg_dump");
    }
}
