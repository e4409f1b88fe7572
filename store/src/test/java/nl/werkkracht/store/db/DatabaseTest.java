package nl.werkkracht.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DatabaseContract} on the embedded H2 database, plus what only the embedded database does. */
class DatabaseTest extends DatabaseContract {

    @TempDir
    Path dataDir;

    @Override
    protected DatabaseConfig config() {
        return DatabaseConfig.embedded(dataDir);
    }

    @Test
    void shouldKeepTheDatabaseInOneFileInTheDataDirectory() {
        assertThat(dataDir.resolve("werkkracht.mv.db")).isRegularFile();
    }

    @Test
    void shouldFailWithTheUrlButNotThePasswordWhenTheDatabaseIsUnreachable() {
        DatabaseConfig unreachable = new DatabaseConfig(
                "jdbc:postgresql://127.0.0.1:1/nowhere?connectTimeout=2&password=secret", "someone", "secret");

        assertThatThrownBy(() -> Database.open(unreachable))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("cannot connect to jdbc:postgresql://127.0.0.1:1/nowhere")
                .hasMessageContaining("as someone")
                .hasMessageNotContaining("secret");
    }
}
