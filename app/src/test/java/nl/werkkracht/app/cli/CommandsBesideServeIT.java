package nl.werkkracht.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.werkkracht.store.account.AccountStore;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The operator's commands work while the platform serves the embedded database (issue 14, ADR 0028):
 * {@code users add} and {@code backup} run beside it instead of failing with "file is locked".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommandsBesideServeIT {

    @Autowired
    Database database;

    @Autowired
    AccountStore accounts;

    @TempDir
    Path dir;

    private int run(Map<String, String> env, String stdin, String... args) {
        var out = new ByteArrayOutputStream();
        var main = new Main(
                env,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                false);
        int code = main.execute(args);
        assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isZero();
        return code;
    }

    @Test
    void shouldAddAUserAndMakeABackupWhileServing() {
        Path dataDir = database.embeddedDirectory().orElseThrow();
        var env = Map.of(DatabaseConfig.DATA_DIR_VARIABLE, dataDir.toString());
        Path backup = dir.resolve("werkkracht-backup.zip");

        run(env, "beside the server 2026\n", "users", "add", "beside-serve", "--role", "ANALYST", "--password-stdin");
        run(env, "", "backup", backup.toString());

        assertThat(accounts.user("beside-serve"))
                .as("the server sees the command's user")
                .isPresent();
        assertThat(backup).isRegularFile();
        assertThat(backup.toFile().length()).isGreaterThan(1000);
        assertThat(Files.exists(dataDir.resolve("werkkracht.server"))).isTrue();
    }

    @Test
    void shouldRefuseASecondServeWithOneLine() {
        Path dataDir = database.embeddedDirectory().orElseThrow();
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var main = new Main(
                Map.of(DatabaseConfig.DATA_DIR_VARIABLE, dataDir.toString()),
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false);

        int code = main.execute("serve", "--server.port=0");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).strip().lines())
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("in use by another process");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
