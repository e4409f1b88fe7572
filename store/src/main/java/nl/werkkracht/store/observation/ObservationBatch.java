package nl.werkkracht.store.observation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.core.observation.ObservationKey;
import nl.werkkracht.core.observation.ObservationRejectedException;
import nl.werkkracht.store.db.DatabaseException;

/**
 * The sink of one import: refuses duplicates and writes the rest in JDBC batches on the import's
 * connection. It never commits; the import's transaction does, or rolls everything back.
 */
final class ObservationBatch implements Consumer<Observation>, AutoCloseable {

    /** Rows per JDBC batch: large enough to amortise round trips, small enough to bound memory. */
    static final int BATCH_SIZE = 1000;

    /** The longest region and sector codes the observation table holds. */
    static final int MAX_CODE_LENGTH = 64;

    private static final String INSERT =
            """
            INSERT INTO observation (dataset_id, measure, region, sector, period, period_year, period_quarter,
                                     price_basis, obs_value, unit, status)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final PreparedStatement insert;
    private final long datasetId;
    private final String datasetName;
    private final Set<ObservationKey> stored;
    private final Set<ObservationKey> received = new HashSet<>();
    private int pending;
    private long written;
    private boolean closed;

    /**
     * @param stored the keys the dataset already holds (not copied; not changed)
     */
    ObservationBatch(Connection connection, long datasetId, String datasetName, Set<ObservationKey> stored)
            throws SQLException {
        this.insert = connection.prepareStatement(INSERT);
        this.datasetId = datasetId;
        this.datasetName = datasetName;
        this.stored = stored;
    }

    /**
     * Queues {@code observation} for writing.
     *
     * @throws ObservationRejectedException when the dataset already holds its key, this import already
     *     received it, or a code is too long for the database
     * @throws DatabaseException when writing a full batch fails
     * @throws IllegalStateException when the import has ended
     */
    @Override
    public void accept(Observation observation) {
        Objects.requireNonNull(observation, "observation");
        if (closed) {
            throw new IllegalStateException("the import into dataset " + datasetName + " has ended");
        }
        ObservationKey key = observation.key();
        requireStorable(key);
        if (stored.contains(key)) {
            throw new ObservationRejectedException(
                    key, "duplicate of an observation already in dataset " + datasetName + ": " + key);
        }
        if (!received.add(key)) {
            throw new ObservationRejectedException(
                    key, "duplicate of an observation earlier in this import into dataset " + datasetName + ": " + key);
        }
        try {
            bind(observation);
            insert.addBatch();
            if (++pending == BATCH_SIZE) {
                flush();
            }
        } catch (SQLException e) {
            throw new DatabaseException(
                    "cannot write observations into dataset " + datasetName + ": " + e.getMessage(), e);
        }
    }

    private void requireStorable(ObservationKey key) {
        if (key.region().length() > MAX_CODE_LENGTH) {
            throw new ObservationRejectedException(
                    key, "region code is longer than " + MAX_CODE_LENGTH + " characters: " + key.region());
        }
        if (key.sector().length() > MAX_CODE_LENGTH) {
            throw new ObservationRejectedException(
                    key, "sector code is longer than " + MAX_CODE_LENGTH + " characters: " + key.sector());
        }
    }

    private void bind(Observation o) throws SQLException {
        insert.setLong(1, datasetId);
        insert.setString(2, o.measure().name());
        insert.setString(3, o.region());
        insert.setString(4, o.sector());
        insert.setString(5, o.period().code());
        insert.setInt(6, o.period().year());
        insert.setInt(7, o.period().quarter());
        insert.setString(8, o.priceBasis().code());
        if (o.value().isPresent()) {
            insert.setDouble(9, o.value().getAsDouble());
        } else {
            insert.setNull(9, Types.DOUBLE);
        }
        insert.setString(10, o.unit().name());
        insert.setString(11, o.status().name());
    }

    /** Writes the queued observations. */
    void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            written += pending;
            pending = 0;
        }
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
