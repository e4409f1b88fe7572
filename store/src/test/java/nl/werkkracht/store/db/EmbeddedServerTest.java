package nl.werkkracht.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** While the platform serves the embedded database, another process's config reaches it through the port. */
class EmbeddedServerTest {

    @TempDir
    Path dir;

    @Test
    void shouldLetASecondUserInThroughTheLoopbackPortWhileServing() {
        try (Database serving = Database.open(DatabaseConfig.embedded(dir));
                EmbeddedServer server = EmbeddedServer.start(dir)) {
            DatabaseConfig command = DatabaseConfig.embedded(dir);

            assertThat(command.url()).startsWith("jdbc:h2:tcp://127.0.0.1:" + server.port() + "/");
            try (Database second = Database.open(command)) {
                assertThat(new ScheduledLocks(second, Clock.systemUTC(), "command").tryLock("x", Duration.ofMinutes(1)))
                        .isTrue();
            }
            assertThat(new ScheduledLocks(serving, Clock.systemUTC(), "serve").tryLock("x", Duration.ofMinutes(1)))
                    .as("the serving process sees the command's write")
                    .isFalse();
        }
        assertThat(Files.exists(dir.resolve(EmbeddedServer.PORT_FILE))).isFalse();
        assertThat(DatabaseConfig.embedded(dir).url()).startsWith("jdbc:h2:file:");
    }
}
