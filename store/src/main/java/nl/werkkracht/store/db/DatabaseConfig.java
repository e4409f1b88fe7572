package nl.werkkracht.store.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the Werkkracht database lives: a JDBC URL with the credentials to use it.
 *
 * <p>By default Werkkracht keeps its data in an embedded H2 file database, so that it starts on a fresh
 * machine with nothing but a JDK; production points {@code WERKKRACHT_DB_URL} at PostgreSQL. Both run
 * the same migrations.
 *
 * @param url the JDBC URL
 * @param user the user name; empty to let the driver decide
 * @param password the password; empty for none
 */
public record DatabaseConfig(String url, String user, String password) {

    /** Environment variable with the JDBC URL; when set, the embedded database is not used. */
    public static final String URL_VARIABLE = "WERKKRACHT_DB_URL";

    public static final String USER_VARIABLE = "WERKKRACHT_DB_USER";
    public static final String PASSWORD_VARIABLE = "WERKKRACHT_DB_PASSWORD";

    /** Environment variable with the directory of the embedded database (default {@code ./data}). */
    public static final String DATA_DIR_VARIABLE = "WERKKRACHT_DATA_DIR";

    /** The user of the embedded database; H2 makes whoever creates the file its administrator. */
    static final String EMBEDDED_USER = "sa";

    private static final String DEFAULT_DATA_DIR = "data";
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^&;]*");

    public DatabaseConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!url.startsWith("jdbc:")) {
            throw new IllegalArgumentException("not a JDBC URL (it must start with jdbc:): " + redact(url));
        }
    }

    /**
     * The embedded H2 database in {@code dataDir/werkkracht.mv.db}, creating the directory if it is missing.
     *
     * <p>Options: {@code DB_CLOSE_ON_EXIT=FALSE} because {@link Database#close()} owns the shutdown (H2's
     * own shutdown hook would otherwise close the database under a pool that is still in use);
     * {@code LOCK_TIMEOUT=10000} because an import holds its dataset row for seconds, and H2's default of
     * one second would fail a second writer that could simply wait. {@code WRITE_DELAY=0} because an answer
     * acknowledged to its sender must survive the process being killed: with H2's default of 500 ms, a
     * {@code kill -9} lost the commits of the last half second (issue 10); with 0 every commit is written to
     * the file before it returns. While {@code serve} runs it also offers the database on a loopback port
     * ({@link EmbeddedServer}, ADR 0028); then this returns a URL through that port, so that the operator's
     * commands work beside the server. No compatibility {@code MODE}: the
     * migrations and queries are portable SQL, tested on both databases.
     *
     * @throws UncheckedIOException when the directory cannot be created
     */
    public static DatabaseConfig embedded(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        if (dir.toString().contains(";")) {
            throw new IllegalArgumentException("the data directory must not contain ';': " + dir);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dir + ": " + e.getMessage(), e);
        }
        var server = EmbeddedServer.runningPort(dir);
        if (server.isPresent()) {
            String remote =
                    "jdbc:h2:tcp://127.0.0.1:" + server.get() + "/" + dir.resolve("werkkracht") + ";LOCK_TIMEOUT=10000";
            return new DatabaseConfig(remote, EMBEDDED_USER, "");
        }
        String url = "jdbc:h2:file:" + dir.resolve("werkkracht")
                + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0";
        return new DatabaseConfig(url, EMBEDDED_USER, "");
    }

    /**
     * The database the environment selects: {@code WERKKRACHT_DB_URL} with {@code WERKKRACHT_DB_USER} and
     * {@code WERKKRACHT_DB_PASSWORD} when the URL is set and not blank, otherwise the embedded database in
     * {@code WERKKRACHT_DATA_DIR} (default {@code ./data}).
     */
    public static DatabaseConfig fromEnvironment(Map<String, String> env) {
        String url = env.getOrDefault(URL_VARIABLE, "").trim();
        if (!url.isEmpty()) {
            return new DatabaseConfig(
                    url, env.getOrDefault(USER_VARIABLE, "").trim(), env.getOrDefault(PASSWORD_VARIABLE, ""));
        }
        return embedded(dataDirectory(env));
    }

    /** The directory of the embedded database: {@code WERKKRACHT_DATA_DIR}, default {@code ./data}. */
    public static Path dataDirectory(Map<String, String> env) {
        String dataDir = env.getOrDefault(DATA_DIR_VARIABLE, "").trim();
        return Path.of(dataDir.isEmpty() ? DEFAULT_DATA_DIR : dataDir);
    }

    /** Whether this is an H2 database (embedded or otherwise). */
    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    /** Whether this is a PostgreSQL database. */
    public boolean isPostgreSql() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The URL with any {@code password=} parameter blanked out, for messages and logs. */
    public String redactedUrl() {
        return redact(url);
    }

    private static String redact(String url) {
        return PASSWORD_IN_URL.matcher(url).replaceAll("$1***");
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "DatabaseConfig[url=" + redactedUrl() + ", user=" + user + ", password="
                + (password.isEmpty() ? "" : "***") + "]";
    }
}
