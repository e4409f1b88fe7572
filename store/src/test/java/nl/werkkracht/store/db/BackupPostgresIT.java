package nl.werkkracht.store.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented PostgreSQL backup ({@code pg_dump -Fc}, {@code pg_restore}; README "Operating
 * Werkkracht") round-trips every table: two fresh databases on the test cluster, dropped afterwards.
 */
class BackupPostgresIT {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+).*");

    @TempDir
    Path dir;

    @Test
    void shouldRestoreEveryTableWithPgDumpAndPgRestore() throws Exception {
        String url = envOr(PostgresTestSchema.URL_VARIABLE, "jdbc:postgresql://127.0.0.1:5432/test");
        String user = envOr(PostgresTestSchema.USER_VARIABLE, "postgres");
        String password = System.getenv().getOrDefault(PostgresTestSchema.PASSWORD_VARIABLE, "");
        Matcher m = URL.matcher(url);
        assertThat(m.matches()).as(url).isTrue();
        String host = m.group(1);
        String port = m.group(2) == null ? "5432" : m.group(2);
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String source = "wk_backup_src_" + suffix;
        String target = "wk_backup_dst_" + suffix;
        String base = "jdbc:postgresql://" + host + ":" + port + "/";
        sql(url, user, password, "CREATE DATABASE " + source);
        sql(url, user, password, "CREATE DATABASE " + target);
        try {
            DatabaseConfig original = new DatabaseConfig(base + source, user, password);
            TableContents.migrateTo(original, "13.1");
            TableContents.runScript(original, "/upgrade/release-v13_1-data.sql");
            Database.open(original).close();
            TableContents before = TableContents.of(original);
            Path file = dir.resolve("werkkracht.dump");

            run(password, tool("pg_dump"), "-h", host, "-p", port, "-U", user, "-Fc", "-f", file.toString(), source);
            run(
                    password,
                    tool("pg_restore"),
                    "-h",
                    host,
                    "-p",
                    port,
                    "-U",
                    user,
                    "--no-owner",
                    "-d",
                    target,
                    file.toString());

            TableContents after = TableContents.of(new DatabaseConfig(base + target, user, password));
            assertThat(before.rowCount()).isGreaterThan(10);
            assertThat(after.tables()).isEqualTo(before.tables());
        } finally {
            sql(url, user, password, "DROP DATABASE IF EXISTS " + source + " WITH (FORCE)");
            sql(url, user, password, "DROP DATABASE IF EXISTS " + target + " WITH (FORCE)");
        }
    }

    private static String envOr(String name, String otherwise) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? otherwise : v.trim();
    }

    private static void sql(String url, String user, String password, String statement) throws Exception {
        try (var c = DriverManager.getConnection(url, user, password);
                var s = c.createStatement()) {
            s.execute(statement);
        }
    }

    /** The PostgreSQL client tool on the PATH, else in Debian's versioned directory. */
    static String tool(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name).toString();
            }
        }
        File[] versions = new File("/usr/lib/postgresql").listFiles();
        if (versions != null) {
            for (File v : versions) {
                File candidate = new File(v, "bin/" + name);
                if (candidate.canExecute()) {
                    return candidate.getPath();
                }
            }
        }
        throw new IllegalStateException(name + " is not installed (Debian package postgresql-client)");
    }

    private static void run(String password, String... command) throws Exception {
        var builder = new ProcessBuilder(List.of(command)).redirectErrorStream(true);
        if (!password.isEmpty()) {
            builder.environment().put("PGPASSWORD", password);
        }
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor())
                .as(String.join(" ", new ArrayList<>(List.of(command))) + "\n" + output)
                .isZero();
    }
}
