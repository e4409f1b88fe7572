package nl.werkkracht.store.observation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.store.db.Database;

/**
 * The outcome of every import, in the database so that it survives a restart and every instance sees the
 * same jobs. A job is written when it starts ({@link #start}); its success is written by {@link #succeeded}
 * inside the import's own transaction, so "succeeded" and the stored data commit together; a failure is
 * written after the rollback ({@link #failed}). A job whose process died keeps "running" while its heartbeat
 * ages; {@link #interruptStale} marks it failed, code {@value ImportJobRecord.Failure#INTERRUPTED}.
 *
 * <p>Every method is one transaction (except {@link #succeeded}, which joins the import's) and throws a
 * {@link nl.werkkracht.store.db.DatabaseException} when the database fails.
 */
public final class ImportJobStore {

    private static final String COLUMNS =
            """
            id, dataset, source, format, started_by, started_at, finished_at, status, records, observations,
            created_dataset, skipped, notes, message, line, field, code, arguments
            """;

    private final Database database;
    private final Clock clock;

    public ImportJobStore(Database database) {
        this(database, Clock.systemUTC());
    }

    public ImportJobStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Records that an import starts now. */
    public void start(String id, String dataset, String source, String format, String startedBy) {
        Instant now = now();
        database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    """
                    INSERT INTO import_job (id, dataset, source, format, started_by, started_at, heartbeat_at, status)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'running')
                    """)) {
                insert.setString(1, id);
                insert.setString(2, cut(dataset, 63));
                insert.setString(3, cut(source, 255));
                insert.setString(4, cut(format, 20));
                insert.setString(5, cut(startedBy, 64));
                insert.setObject(6, timestamp(now));
                insert.setObject(7, timestamp(now));
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** Renews the heartbeat of running jobs and stores how far each got. */
    public void heartbeat(Collection<Progress> jobs) {
        if (jobs.isEmpty()) {
            return;
        }
        Instant now = now();
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE import_job SET heartbeat_at = ?, records = ? WHERE id = ? AND status = 'running'")) {
                for (Progress p : jobs) {
                    update.setObject(1, timestamp(now));
                    update.setLong(2, p.records());
                    update.setString(3, p.id());
                    update.addBatch();
                }
                update.executeBatch();
            }
            return null;
        });
    }

    /** How far a running job got. */
    public record Progress(String id, long records) {}

    /**
     * What to do inside the import's transaction once the data are written: mark the job succeeded. Runs on
     * the import's connection, so it commits (or rolls back) with the data.
     */
    public ObservationStore.OnCommit succeeded(String id, long records, long skipped, List<String> notes) {
        return (connection, outcome) -> {
            try (PreparedStatement update = connection.prepareStatement(
                    """
                    UPDATE import_job SET status = 'succeeded', finished_at = ?, heartbeat_at = ?, records = ?,
                           observations = ?, created_dataset = ?, skipped = ?, notes = ?
                     WHERE id = ?
                    """)) {
                Instant now = now();
                update.setObject(1, timestamp(now));
                update.setObject(2, timestamp(now));
                update.setLong(3, records);
                update.setLong(4, outcome.written());
                update.setBoolean(5, outcome.created());
                update.setLong(6, skipped);
                update.setString(7, cut(String.join("\n", notes), 4000));
                update.setString(8, id);
                update.executeUpdate();
            }
        };
    }

    /** Records that a job failed (after its transaction rolled back); a job already ended stays as it is. */
    public void failed(String id, long records, ImportJobRecord.Failure failure) {
        Instant now = now();
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    """
                    UPDATE import_job SET status = 'failed', finished_at = ?, heartbeat_at = ?, records = ?,
                           message = ?, line = ?, field = ?, code = ?, arguments = ?
                     WHERE id = ? AND status = 'running'
                    """)) {
                update.setObject(1, timestamp(now));
                update.setObject(2, timestamp(now));
                update.setLong(3, records);
                update.setString(4, cut(failure.message(), 2000));
                update.setLong(5, failure.line());
                update.setString(6, cut(failure.field(), 100));
                update.setString(7, cut(failure.code(), 40));
                update.setString(8, cut(String.join("\n", failure.arguments()), 1000));
                update.setString(9, id);
                update.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Marks every running job whose heartbeat is older than {@code silence} as failed: interrupted, its process
     * stopped or died before the import ended (nothing was stored, as success commits with the data).
     *
     * @return how many jobs were marked
     */
    public int interruptStale(Duration silence) {
        Instant now = now();
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    """
                    UPDATE import_job SET status = 'failed', finished_at = ?, code = ?,
                           message = 'the import was interrupted: the server stopped before it ended; nothing was stored'
                     WHERE status = 'running' AND heartbeat_at < ?
                    """)) {
                update.setObject(1, timestamp(now));
                update.setString(2, ImportJobRecord.Failure.INTERRUPTED);
                update.setObject(3, timestamp(now.minus(silence)));
                return update.executeUpdate();
            }
        });
    }

    /** The job with {@code id}. */
    public Optional<ImportJobRecord> find(String id) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT " + COLUMNS + " FROM import_job WHERE id = ?")) {
                select.setString(1, id);
                return read(select).stream().findFirst();
            }
        });
    }

    /** The latest {@code limit} jobs, newest first. */
    public List<ImportJobRecord> recent(int limit) {
        return database.inTransaction(connection -> recent(connection, limit));
    }

    private static List<ImportJobRecord> recent(Connection connection, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM import_job ORDER BY started_at DESC, id FETCH FIRST ? ROWS ONLY")) {
            select.setInt(1, limit);
            return read(select);
        }
    }

    private static List<ImportJobRecord> read(PreparedStatement select) throws SQLException {
        var jobs = new ArrayList<ImportJobRecord>();
        try (ResultSet r = select.executeQuery()) {
            while (r.next()) {
                var status = ImportJobRecord.Status.valueOf(r.getString(8).toUpperCase(java.util.Locale.ROOT));
                Optional<ImportJobRecord.Failure> failure = status == ImportJobRecord.Status.FAILED
                        ? Optional.of(new ImportJobRecord.Failure(
                                r.getString(14),
                                r.getLong(15),
                                r.getString(16),
                                r.getString(17),
                                lines(r.getString(18))))
                        : Optional.empty();
                long observations = r.getLong(10);
                Optional<Long> stored = r.wasNull() ? Optional.empty() : Optional.of(observations);
                boolean created = r.getBoolean(11);
                Optional<Boolean> createdDataset = r.wasNull() ? Optional.empty() : Optional.of(created);
                long skipped = r.getLong(12);
                Optional<Long> skippedValues = r.wasNull() ? Optional.empty() : Optional.of(skipped);
                OffsetDateTime finished = r.getObject(7, OffsetDateTime.class);
                jobs.add(new ImportJobRecord(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        r.getObject(6, OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(finished).map(OffsetDateTime::toInstant),
                        status,
                        r.getLong(9),
                        stored,
                        createdDataset,
                        skippedValues,
                        lines(r.getString(13)),
                        failure));
            }
        }
        return jobs;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n", -1));
    }

    private static String cut(String text, int max) {
        String t = text == null ? "" : text;
        return t.length() > max ? t.substring(0, max) : t;
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
