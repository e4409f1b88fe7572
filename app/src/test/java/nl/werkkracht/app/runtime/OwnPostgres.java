package nl.werkkracht.app.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.werkkracht.store.db.DatabaseConfig;

/**
 * A PostgreSQL server of the test's own (initdb into a temporary directory, pg_ctl on a free port), so that a
 * test may restart it or terminate its backends without touching the shared cluster on 5432. Run as root, the
 * server runs as the {@code postgres} user (PostgreSQL refuses to run as root).
 */
final class OwnPostgres implements AutoCloseable {

    private final Path bin;
    private final Path dir;
    private final int port;

    private OwnPostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** The newest installed server binaries ({@code /usr/lib/postgresql/N/bin}), if any. */
    static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> versionOf(b.getParent())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int versionOf(Path dir) {
        try {
            return Integer.parseInt(dir.getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static OwnPostgres start(Path bin) {
        try {
            Path dir = Files.createTempDirectory("werkkracht-pg-");
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            var pg = new OwnPostgres(bin, dir, AppProcess.freePort());
            if (root()) {
                run(List.of("chown", "postgres:postgres", dir.toString()));
            }
            pg.asServerUser(List.of(
                    bin.resolve("initdb").toString(),
                    "-D",
                    dir.resolve("data").toString(),
                    "-U",
                    "postgres",
                    "--auth=trust",
                    "-E",
                    "UTF8",
                    "--no-sync"));
            pg.pgCtl("start");
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    DatabaseConfig config() {
        return new DatabaseConfig("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", "");
    }

    /** A fast restart: every backend is terminated, then the server starts again. */
    void restart() {
        pgCtl("restart");
    }

    /** Terminates every other backend (as an administrator or a crashing backend would), returns how many. */
    int terminateBackends() {
        try (Connection c = DriverManager.getConnection(config().url(), "postgres", "");
                Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        + " WHERE pid <> pg_backend_pid() AND backend_type = 'client backend'")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void pgCtl(String action) {
        List<String> command = new ArrayList<>(List.of(
                bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-w", "-t", "60"));
        if (!action.equals("stop")) {
            command.addAll(List.of(
                    "-l",
                    dir.resolve("server.log").toString(),
                    "-o",
                    "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"));
        }
        command.addAll(List.of("-m", "fast", action));
        asServerUser(command);
    }

    private void asServerUser(List<String> command) {
        List<String> full = new ArrayList<>();
        if (root()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            pgCtl("stop");
        } catch (RuntimeException e) {
            // already stopped
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory
        }
    }
}
