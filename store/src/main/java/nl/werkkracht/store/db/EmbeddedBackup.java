package nl.werkkracht.store.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * Backup and restore of the embedded H2 database (issue 14, ADR 0028): a backup is H2's own SQL script of
 * the whole database (schema, data and Flyway's history), zipped; it is made from one consistent snapshot
 * and may be taken while {@code serve} runs. A restore replaces everything in the database with the
 * backup's contents and then brings the schema up to date, so a backup of an older release restores into
 * a newer one. PostgreSQL is backed up with its own tools ({@code pg_dump -Fc} / {@code pg_restore}).
 */
public final class EmbeddedBackup {

    /** What to say when the database is not the embedded one. */
    public static final String POSTGRESQL_HINT =
            "backup and restore here are for the embedded database; for PostgreSQL use"
                    + " pg_dump -Fc -f FILE DBNAME and pg_restore --clean --if-exists -d DBNAME FILE (README, 'Operating Werkkracht')";

    private EmbeddedBackup() {}

    /**
     * Writes a backup of the database to {@code file} (a ZIP holding one SQL script).
     *
     * @throws IllegalArgumentException when the database is not H2 or the file exists
     */
    public static void backup(DatabaseConfig config, Path file) {
        requireH2(config);
        Path target = file.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new IllegalArgumentException("will not overwrite " + target + "; choose a new file name");
        }
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password());
                PreparedStatement script = c.prepareStatement("SCRIPT TO ? COMPRESSION ZIP")) {
            script.setString(1, target.toString());
            script.execute();
        } catch (SQLException e) {
            throw new DatabaseException("cannot back up " + config.redactedUrl() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the whole database with the backup in {@code file}, then migrates it to the current schema.
     * Refuses while another process (such as {@code serve}) has the database open.
     *
     * @throws IllegalArgumentException when the database is not H2 or the file is missing
     */
    public static void restore(DatabaseConfig config, Path file) {
        requireH2(config);
        Path source = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new IllegalArgumentException("no backup file " + source);
        }
        if (config.url().startsWith("jdbc:h2:tcp:")) {
            throw new IllegalArgumentException("the database is in use by 'serve': stop it before restoring");
        }
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password())) {
            try (Statement drop = c.createStatement()) {
                drop.execute("DROP ALL OBJECTS");
            }
            try (PreparedStatement run = c.prepareStatement("RUNSCRIPT FROM ? COMPRESSION ZIP")) {
                run.setString(1, source.toString());
                run.execute();
            }
            try (Statement shutdown = c.createStatement()) {
                shutdown.execute("SHUTDOWN");
            }
        } catch (SQLException e) {
            String inUse = e.getMessage() != null && e.getMessage().contains("in use")
                    ? " (stop 'serve' and every other command using it first)"
                    : "";
            throw new DatabaseException("cannot restore " + config.redactedUrl() + inUse + ": " + e.getMessage(), e);
        }
        Database.open(config).close();
    }

    private static void requireH2(DatabaseConfig config) {
        Objects.requireNonNull(config, "config");
        if (!config.isH2()) {
            throw new IllegalArgumentException(POSTGRESQL_HINT);
        }
    }
}
