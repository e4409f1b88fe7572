package nl.werkkracht.store.observation;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.core.observation.ObservationKey;
import nl.werkkracht.core.observation.ObservationRejectedException;
import nl.werkkracht.store.db.DatabaseException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The sink of one import: writes observations in batches (JDBC batches on H2, COPY on PostgreSQL) on the import's connection and lets the
 * primary key of {@code observation} refuse duplicates, so that memory does not grow with the size of the
 * import (issue 14: before, every key of the dataset and of the import was held in memory).
 *
 * <p>A duplicate within the batch being filled is refused at once (its keys are in memory). A duplicate of
 * an observation written before makes the batch fail; the batch is then undone to a savepoint and written
 * again row by row, to find the observation that was refused and its origin (line). Whether its key was in
 * the dataset before this import is asked on another connection, which does not see this import's rows.
 * After such a refusal the sink refuses everything; the import's transaction is rolled back.
 *
 * <p>It never commits; the import's transaction does, or rolls everything back.
 */
final class ObservationBatch implements ImportSink, AutoCloseable {

    /** Rows per JDBC batch: large enough to amortise round trips, small enough to bound memory. */
    static final int BATCH_SIZE = 5000;

    /** The longest region and sector codes the observation table holds. */
    static final int MAX_CODE_LENGTH = 64;

    /** SQLSTATE of a unique (primary key) violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String INSERT =
            """
            INSERT INTO observation (dataset_id, measure, region, sector, period, period_year, period_quarter,
                                     price_basis, obs_value, unit, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    /** Whether the dataset held a key before this import (asked outside the import's transaction). */
    @FunctionalInterface
    interface StoredBefore {
        boolean contains(ObservationKey key) throws SQLException;
    }

    private static final String COPY =
            """
            COPY observation (dataset_id, measure, region, sector, period, period_year, period_quarter,
                              price_basis, obs_value, unit, status) FROM STDIN
            """;

    private final Connection connection;
    private final PreparedStatement insert;
    /** PostgreSQL's COPY, several times faster than batched INSERTs; null on H2. */
    private final CopyManager copy;

    private final StringBuilder copyText = new StringBuilder(1 << 16);
    private final long datasetId;
    private final String datasetName;
    private final StoredBefore storedBefore;
    private final Set<ObservationKey> pendingKeys = new HashSet<>();
    private final Observation[] pending = new Observation[BATCH_SIZE];
    private final long[] origins = new long[BATCH_SIZE];
    private int count;
    private long written;
    private boolean closed;
    private ObservationRejectedException refused;

    /**
     * @param storedBefore tells whether the dataset held a key before this import, for the message of a
     *     duplicate (asked only when one is found)
     */
    ObservationBatch(Connection connection, long datasetId, String datasetName, StoredBefore storedBefore)
            throws SQLException {
        this.connection = connection;
        this.insert = connection.prepareStatement(INSERT);
        this.copy = connection.isWrapperFor(PGConnection.class)
                ? connection.unwrap(PGConnection.class).getCopyAPI()
                : null;
        this.datasetId = datasetId;
        this.datasetName = datasetName;
        this.storedBefore = storedBefore;
    }

    /**
     * Queues {@code observation} for writing.
     *
     * @throws ObservationRejectedException when this batch already holds its key or a code is too long for
     *     the database (this observation), or when writing the full batch found a duplicate (the
     *     observation its {@link ObservationRejectedException#origin()} names)
     * @throws DatabaseException when writing a full batch fails otherwise
     * @throws IllegalStateException when the import has ended
     */
    @Override
    public void accept(Observation observation, long origin) {
        Objects.requireNonNull(observation, "observation");
        if (closed) {
            throw new IllegalStateException("the import into dataset " + datasetName + " has ended");
        }
        if (refused != null) {
            throw refused;
        }
        ObservationKey key = observation.key();
        requireStorable(key, origin);
        if (!pendingKeys.add(key)) {
            throw new ObservationRejectedException(key, earlierInThisImport(key), origin);
        }
        if (copy == null) {
            try {
                bind(insert, observation);
                insert.addBatch();
            } catch (SQLException e) {
                throw failure(e);
            }
        }
        pending[count] = observation;
        origins[count] = origin;
        if (++count == BATCH_SIZE) {
            flush();
        }
    }

    private String earlierInThisImport(ObservationKey key) {
        return "duplicate of an observation earlier in this import into dataset " + datasetName + ": " + key;
    }

    private void requireStorable(ObservationKey key, long origin) {
        if (key.region().length() > MAX_CODE_LENGTH) {
            throw new ObservationRejectedException(
                    key, "region code is longer than " + MAX_CODE_LENGTH + " characters: " + key.region(), origin);
        }
        if (key.sector().length() > MAX_CODE_LENGTH) {
            throw new ObservationRejectedException(
                    key, "sector code is longer than " + MAX_CODE_LENGTH + " characters: " + key.sector(), origin);
        }
    }

    private void bind(PreparedStatement statement, Observation o) throws SQLException {
        statement.setLong(1, datasetId);
        statement.setString(2, o.measure().name());
        statement.setString(3, o.region());
        statement.setString(4, o.sector());
        statement.setString(5, o.period().code());
        statement.setInt(6, o.period().year());
        statement.setInt(7, o.period().quarter());
        statement.setString(8, o.priceBasis().code());
        if (o.value().isPresent()) {
            statement.setDouble(9, o.value().getAsDouble());
        } else {
            statement.setNull(9, Types.DOUBLE);
        }
        statement.setString(10, o.unit().name());
        statement.setString(11, o.status().name());
    }

    /**
     * Writes the queued observations.
     *
     * @throws ObservationRejectedException when one of them duplicates an observation written before
     * @throws DatabaseException when writing fails otherwise
     */
    @Override
    public void flush() {
        if (refused != null) {
            throw refused;
        }
        if (count == 0) {
            return;
        }
        try {
            Savepoint before = connection.setSavepoint();
            try {
                if (copy == null) {
                    insert.executeBatch();
                } else {
                    copyPending();
                }
            } catch (SQLException e) {
                if (!isUniqueViolation(e)) {
                    throw e;
                }
                if (copy == null) {
                    insert.clearBatch();
                }
                connection.rollback(before);
                refused = findDuplicate();
                throw refused;
            }
            connection.releaseSavepoint(before);
            written += count;
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            Arrays.fill(pending, 0, count, null);
            count = 0;
            pendingKeys.clear();
        }
    }

    /** Sends the queued observations with COPY, in its text format. */
    private void copyPending() throws SQLException {
        StringBuilder text = copyText;
        text.setLength(0);
        for (int i = 0; i < count; i++) {
            Observation o = pending[i];
            text.append(datasetId).append('\t').append(o.measure().name()).append('\t');
            copyField(text, o.region());
            text.append('\t');
            copyField(text, o.sector());
            text.append('\t').append(o.period().code());
            text.append('\t').append(o.period().year());
            text.append('\t').append(o.period().quarter());
            text.append('\t').append(o.priceBasis().code()).append('\t');
            if (o.value().isPresent()) {
                // Double.toString round-trips exactly, as setDouble does
                text.append(o.value().getAsDouble());
            } else {
                text.append("\\N");
            }
            text.append('\t').append(o.unit().name());
            text.append('\t').append(o.status().name()).append('\n');
        }
        try {
            copy.copyIn(COPY, new java.io.StringReader(text.toString()));
        } catch (java.io.IOException e) {
            throw new SQLException("cannot send observations with COPY: " + e.getMessage(), e);
        }
    }

    /** A text field of COPY's text format: backslash, tab and line breaks escaped. */
    private static void copyField(StringBuilder text, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    /** Writes the failed batch again one row at a time; the first row the database refuses is the duplicate. */
    private ObservationRejectedException findDuplicate() throws SQLException {
        try (PreparedStatement one = connection.prepareStatement(INSERT)) {
            for (int i = 0; i < count; i++) {
                ObservationKey key = pending[i].key();
                Savepoint before = connection.setSavepoint();
                try {
                    bind(one, pending[i]);
                    one.executeUpdate();
                    connection.releaseSavepoint(before);
                } catch (SQLException e) {
                    if (!isUniqueViolation(e)) {
                        throw e;
                    }
                    connection.rollback(before);
                    String reason = storedBefore.contains(key)
                            ? "duplicate of an observation already in dataset " + datasetName + ": " + key
                            : earlierInThisImport(key);
                    return new ObservationRejectedException(key, reason, origins[i]);
                }
            }
        }
        throw new SQLException("a batch of observations was refused as a duplicate, but no single row was");
    }

    static boolean isUniqueViolation(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            for (Throwable t = s; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return e instanceof BatchUpdateException b && UNIQUE_VIOLATION.equals(b.getSQLState());
    }

    private DatabaseException failure(SQLException e) {
        return new DatabaseException(
                "cannot write observations into dataset " + datasetName + ": " + e.getMessage(), e);
    }

    /** The number of observations written so far (queued ones not included). */
    long written() {
        return written;
    }

    /** Ends the import: the sink refuses further observations. Queued ones are discarded, not written. */
    @Override
    public void close() throws SQLException {
        closed = true;
        insert.close();
    }
}
