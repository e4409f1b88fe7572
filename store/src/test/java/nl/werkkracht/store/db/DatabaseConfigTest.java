package nl.werkkracht.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseConfigTest {

    @TempDir
    Path tempDir;

    @Test
    void shouldSelectTheDatabaseUrlFromTheEnvironment() {
        DatabaseConfig config = DatabaseConfig.fromEnvironment(Map.of(
                "WERKKRACHT_DB_URL", "jdbc:postgresql://db:5432/werkkracht",
                "WERKKRACHT_DB_USER", "werkkracht",
                "WERKKRACHT_DB_PASSWORD", "s3cret",
                "WERKKRACHT_DATA_DIR", tempDir.toString()));

        assertThat(config)
                .isEqualTo(new DatabaseConfig("jdbc:postgresql://db:5432/werkkracht", "werkkracht", "s3cret"));
        assertThat(config.isPostgreSql()).isTrue();
    }

    @Test
    void shouldLeaveUserAndPasswordEmptyWhenNotGiven() {
        DatabaseConfig config =
                DatabaseConfig.fromEnvironment(Map.of("WERKKRACHT_DB_URL", "jdbc:postgresql:werkkracht"));

        assertThat(config.user()).isEmpty();
        assertThat(config.password()).isEmpty();
    }

    @Test
    void shouldUseTheEmbeddedDatabaseInTheDataDirectoryWhenNoUrlIsSet() {
        Path dataDir = tempDir.resolve("not/yet/there");

        DatabaseConfig config = DatabaseConfig.fromEnvironment(
                Map.of("WERKKRACHT_DB_URL", " ", "WERKKRACHT_DATA_DIR", dataDir.toString()));

        assertThat(config.isH2()).isTrue();
        assertThat(config.url())
                .startsWith("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("werkkracht") + ";");
        assertThat(config.user()).isEqualTo("sa");
        assertThat(dataDir).isDirectory();
    }

    @Test
    void shouldRefuseSomethingThatIsNotAJdbcUrl() {
        assertThatThrownBy(() -> new DatabaseConfig("postgres://db/werkkracht", "", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a JDBC URL");
    }

    @Test
    void shouldNeverShowThePassword() {
        DatabaseConfig config =
                new DatabaseConfig("jdbc:postgresql://db/w?user=u&password=hunter2&ssl=true", "u", "pw");

        assertThat(config.toString())
                .doesNotContain("hunter2")
                .doesNotContain("=pw")
                .contains("password=***&ssl=true");
        assertThat(config.redactedUrl()).isEqualTo("jdbc:postgresql://db/w?user=u&password=***&ssl=true");
    }
}
