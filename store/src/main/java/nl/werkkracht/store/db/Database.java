package nl.werkkracht.store.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The Werkkracht database: a connection pool whose schema Flyway has brought up to date.
 *
 * <p>Flyway is the only thing that changes the schema; the migrations in {@code db/migration} on the
 * class path run on every {@link #open}, on H2 and PostgreSQL alike. Closing the database closes the
 * pool; for the embedded H2 database that also closes and flushes its file, so close it (with
 * try-with-resources or the application's lifecycle) before the JVM exits.
 */
public final class Database implements AutoCloseable {

    /** Where the migrations live. */
    public static final String MIGRATIONS = "classpath:db/migration";

    private static final int MAX_POOL_SIZE = 10;

    /** H2's error code for a database file locked by another process. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private final HikariDataSource pool;
    private final String description;
    private final String url;

    private Database(HikariDataSource pool, String description, String url) {
        this.pool = pool;
        this.description = description;
        this.url = url;
    }

    /**
     * Connects to the database and migrates its schema to the latest version.
     *
     * @throws DatabaseException when the database cannot be reached or a migration fails; nothing is left
     *     open then
     */
    public static Database open(DatabaseConfig config) {
        Objects.requireNonNull(config, "config");
        String description = config.redactedUrl() + (config.user().isEmpty() ? "" : " as " + config.user());
        if (config.url().startsWith("jdbc:h2:file:")) {
            refuseWhenInUse(config, description);
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hikariConfig(config));
        } catch (RuntimeException e) {
            if (inUseByAnotherProcess(e)) {
                throw inUse(description, e);
            }
            throw new DatabaseException("cannot connect to " + description + ": " + rootMessage(e), e);
        }
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(pool)
                    .locations(MIGRATIONS)
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new DatabaseException("cannot migrate the schema of " + description + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            pool.close();
            throw e;
        }
        return new Database(pool, description, config.url());
    }

    private static HikariConfig hikariConfig(DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("werkkracht");
        hikari.setJdbcUrl(config.url());
        if (!config.user().isEmpty()) {
            hikari.setUsername(config.user());
        }
        if (!config.password().isEmpty()) {
            hikari.setPassword(config.password());
        }
        hikari.setMaximumPoolSize(MAX_POOL_SIZE);
        hikari.setAutoCommit(true);
        if (config.isPostgreSql()) {
            // Lets the driver send a JDBC batch of inserts as multi-row INSERTs: several times faster imports.
            hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return hikari;
    }

    /**
     * The directory of the embedded database when this process opened its file itself (not through
     * another process's {@link EmbeddedServer}); empty for PostgreSQL.
     */
    public java.util.Optional<java.nio.file.Path> embeddedDirectory() {
        if (!url.startsWith("jdbc:h2:file:")) {
            return java.util.Optional.empty();
        }
        String file = url.substring("jdbc:h2:file:".length()).split(";", 2)[0];
        return java.util.Optional.ofNullable(java.nio.file.Path.of(file).getParent());
    }

    /** The pooled data source, for code that manages its own connections. */
    public DataSource dataSource() {
        return pool;
    }

    /**
     * Runs {@code work} in one transaction: commits when it returns, rolls back when it throws anything and
     * rethrows that exception unchanged. Only an {@link SQLException} (from the work or from committing) is
     * wrapped, in a {@link DatabaseException}.
     *
     * @param <X> a checked exception of the work, passed on unchanged
     */
    public <T, X extends Exception> T inTransaction(TransactionWork<T, X> work) throws X {
        Objects.requireNonNull(work, "work");
        try (Connection connection = pool.getConnection()) {
            // The pool resets auto-commit when the connection is returned.
            connection.setAutoCommit(false);
            try {
                T result = work.execute(connection);
                connection.commit();
                return result;
            } catch (Throwable failure) {
                rollback(connection, failure);
                throw failure;
            }
        } catch (SQLException e) {
            throw new DatabaseException("database error on " + description + ": " + e.getMessage(), e);
        }
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * An embedded file that another process holds (a running {@code serve}) is told in one line, before the
     * pool would log its failure with a stack trace. Opening and closing one plain connection first costs
     * little: the pool opens the file again at once.
     */
    private static void refuseWhenInUse(DatabaseConfig config, String description) {
        try (Connection probe = java.sql.DriverManager.getConnection(config.url(), config.user(), config.password())) {
            // free: the pool may open it
        } catch (SQLException e) {
            if (inUseByAnotherProcess(e)) {
                throw inUse(description, e);
            }
            // any other problem is reported by the pool below, as for every database
        }
    }

    private static DatabaseException inUse(String description, Exception e) {
        return new DatabaseException(inUseMessage(description), e);
    }

    /**
     * The one line for a database that another process holds: the embedded file, or (told by {@code serve})
     * the embedded database that another {@code serve} offers on its loopback port.
     */
    public static String inUseMessage(String description) {
        return "the database " + description + " is in use by another process (is werkkracht serve running?);"
                + " stop that process first";
    }

    /** H2's "Database may be already in use" (error 90020): another process holds the embedded file. */
    static boolean inUseByAnotherProcess(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /** The URL and user, without the password. */
    @Override
    public String toString() {
        return "Database[" + description + "]";
    }

    /** Closes the pool and, for the embedded database, the database file. */
    @Override
    public void close() {
        pool.close();
    }
}
