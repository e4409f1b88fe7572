package nl.werkkracht.app.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.werkkracht.app.account.AccountService;
import nl.werkkracht.store.account.AccountStore;
import nl.werkkracht.store.account.Role;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, operator output, with the built application run as a process as an operator runs it: standard
 * output carries only the result ({@code TOKEN=$(./werkkracht users token x)} works; before, spring-jcl's
 * "Standard Commons Logging discovery…" came first), and a second {@code serve} on the same embedded
 * database ends with one line saying it is in use (before: 172 lines of stack trace).
 */
class OperatorOutputIT {

    private static final Duration CLI = Duration.ofSeconds(240);

    @TempDir
    Path dir;

    private Map<String, String> env() {
        return Map.of(DatabaseConfig.DATA_DIR_VARIABLE, dir.resolve("data").toString());
    }

    /** A user made directly in the database, so that the CLI need not load the default datasets first. */
    private void seedUser() {
        try (Database db = Database.open(DatabaseConfig.embedded(dir.resolve("data")))) {
            AccountService.withDefaultHashing(new AccountStore(db))
                    .createUser("operator.x", Role.ANALYST, Optional.of("operator password 2026"));
        }
    }

    @Test
    void shouldPrintOnlyTheResultOnStandardOutput() throws Exception {
        seedUser();

        AppProcess.Run token = AppProcess.cli(env(), null, CLI, "users", "token", "operator.x");
        AppProcess.Run list = AppProcess.cli(env(), null, CLI, "users", "list", "--output", "json");

        assertThat(token.exitCode()).as(token.err()).isZero();
        assertThat(token.out()).matches("wk_[A-Za-z0-9_-]{20,}\\R");
        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode users = new ObjectMapper().readTree(list.out());
        assertThat(users.isArray()).as(list.out()).isTrue();
        assertThat(users.get(0).get("username").asText()).isEqualTo("operator.x");
        assertThat(list.out().strip()).startsWith("[").endsWith("]");
    }

    @Test
    void shouldEndASecondServeOnTheSameDatabaseWithOneLine() throws Exception {
        seedUser();
        // another process holds the database file, as a running serve does
        Process first = HoldEmbeddedDatabase.start(dir.resolve("data"));
        try {
            AppProcess.Run second = AppProcess.cli(env(), null, CLI, "serve", "--server.port=" + AppProcess.freePort());

            assertThat(second.exitCode()).isEqualTo(1);
            List<String> lines = second.err().strip().lines().toList();
            assertThat(lines)
                    .as(second.err())
                    .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .contains("in use by another process");
            assertThat(second.out()).isEmpty();
            assertThat(first.isAlive()).isTrue();
        } finally {
            first.getOutputStream().close();
            if (!first.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                first.destroyForcibly();
            }
        }
    }
}
