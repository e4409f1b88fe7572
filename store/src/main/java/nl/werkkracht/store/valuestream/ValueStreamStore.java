package nl.werkkracht.store.valuestream;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.core.valuestream.ValueStream;
import nl.werkkracht.store.db.Database;

/**
 * The value streams of organisations (METHODS.md §12): each a core process as ordered steps. Only the
 * description is stored; the metrics are computed by {@link nl.werkkracht.core.valuestream.ValueStreamAnalysis}.
 *
 * <p>Every method takes the organisation as well as the value stream's id and only ever sees that
 * organisation's value streams: asking for another organisation's value stream gives the same answer as
 * asking for one that does not exist. Deleting the organisation deletes its value streams (cascade).
 *
 * <p>Every method is one transaction and throws a {@link nl.werkkracht.store.db.DatabaseException} when
 * the database fails.
 */
public final class ValueStreamStore {

    private final Database database;
    private final Clock clock;
    private final ValueStreamRepository streams = new ValueStreamRepository();

    public ValueStreamStore(Database database) {
        this(database, Clock.systemUTC());
    }

    /** @param clock tells when value streams are created and changed */
    public ValueStreamStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Saves a new value stream with its steps.
     *
     * @return the stored value stream; empty when there is no such organisation
     */
    public Optional<StoredValueStream> create(long organisationId, ValueStream stream) {
        Objects.requireNonNull(stream, "stream");
        return database.inTransaction(connection -> {
            Optional<Long> id = streams.insert(connection, organisationId, stream, now());
            if (id.isEmpty()) {
                return Optional.empty();
            }
            return first(streams.select(connection, organisationId, id.get()));
        });
    }

    /**
     * Replaces name, volume and every step of a value stream.
     *
     * @return the stored value stream; empty when the organisation has no value stream with that id
     */
    public Optional<StoredValueStream> replace(long organisationId, long id, ValueStream stream) {
        Objects.requireNonNull(stream, "stream");
        return database.inTransaction(connection -> streams.update(connection, organisationId, id, stream, now())
                ? first(streams.select(connection, organisationId, id))
                : Optional.empty());
    }

    /** Deletes a value stream and its steps. @return false when the organisation has no such value stream */
    public boolean delete(long organisationId, long id) {
        return database.inTransaction(connection -> streams.delete(connection, organisationId, id));
    }

    /** A value stream of the organisation; empty when it has none with that id. */
    public Optional<StoredValueStream> find(long organisationId, long id) {
        return database.inTransaction(connection -> first(streams.select(connection, organisationId, id)));
    }

    /** The organisation's value streams, oldest first. */
    public List<StoredValueStream> list(long organisationId) {
        return database.inTransaction(connection -> streams.select(connection, organisationId, null));
    }

    private static Optional<StoredValueStream> first(List<StoredValueStream> found) {
        return found.stream().findFirst();
    }
}
