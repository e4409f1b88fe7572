package nl.werkkracht.store.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A PostgreSQL schema of its own for one integration test class, {@code wk_it_<random>}: created before
 * the class's tests and dropped after them, so that test runs never see each other's tables.
 *
 * <p>Connects to {@code jdbc:postgresql://127.0.0.1:5432/test} as {@code postgres} unless
 * {@code WERKKRACHT_TEST_PG_URL}, {@code WERKKRACHT_TEST_PG_USER} and {@code WERKKRACHT_TEST_PG_PASSWORD}
 * say otherwise. When PostgreSQL cannot be reached the tests fail, on CI and elsewhere: a skipped
 * integration test would hide that the migrations were never run on PostgreSQL.
 *
 * <p>Register it as {@code @RegisterExtension static final PostgresTestSchema POSTGRES = new
 * PostgresTestSchema();}.
 */
public final class PostgresTestSchema implements BeforeAllCallback, AfterAllCallback {

    public static final String URL_VARIABLE = "WERKKRACHT_TEST_PG_URL";
    public static final String USER_VARIABLE = "WERKKRACHT_TEST_PG_USER";
    public static final String PASSWORD_VARIABLE = "WERKKRACHT_TEST_PG_PASSWORD";

    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String DEFAULT_USER = "postgres";

    private final String url;
    private final String user;
    private final String password;
    private String schema;

    public PostgresTestSchema() {
        this(System.getenv());
    }

    PostgresTestSchema(Map<String, String> env) {
        this.url = nonBlank(env.get(URL_VARIABLE), DEFAULT_URL);
        this.user = nonBlank(env.get(USER_VARIABLE), DEFAULT_USER);
        this.password = env.getOrDefault(PASSWORD_VARIABLE, "");
    }

    private static String nonBlank(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.trim();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String name = "wk_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE SCHEMA " + name);
        schema = name;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (schema != null) {
            execute("DROP SCHEMA " + schema + " CASCADE");
            schema = null;
        }
    }

    /** The schema of the running test class. */
    public String schema() {
        if (schema == null) {
            throw new IllegalStateException("register PostgresTestSchema as a static @RegisterExtension field");
        }
        return schema;
    }

    /** The database of the running test class: its own schema, selected with {@code currentSchema}. */
    public DatabaseConfig config() {
        String separator = url.contains("?") ? "&" : "?";
        return new DatabaseConfig(url + separator + "currentSchema=" + schema(), user, password);
    }

    /**
     * The environment variables that point Werkkracht at this schema ({@code WERKKRACHT_DB_URL},
     * {@code _USER}, {@code _PASSWORD}), for tests that run the CLI or the application on PostgreSQL.
     */
    public java.util.Map<String, String> environment() {
        DatabaseConfig c = config();
        return java.util.Map.of(
                DatabaseConfig.URL_VARIABLE, c.url(),
                DatabaseConfig.USER_VARIABLE, c.user(),
                DatabaseConfig.PASSWORD_VARIABLE, c.password());
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL for the integration tests failed at " + url + " as " + user + " (" + e.getMessage()
                            + "). Start it (bash .ci/run does) or point " + URL_VARIABLE + ", " + USER_VARIABLE
                            + " and " + PASSWORD_VARIABLE + " at one.",
                    e);
        }
    }
}
