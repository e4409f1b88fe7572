package nl.werkkracht.store.observation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.core.observation.ObservationKey;
import nl.werkkracht.core.observation.ObservationRejectedException;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseException;

/**
 * Datasets of observations in the database: importing into them, listing, finding and deleting.
 *
 * <p>An import is one transaction: it either writes every observation its producer gives, or nothing at
 * all (not even a new dataset row). Within a dataset an observation is identified by its {@link
 * ObservationKey}; a second observation with the same key is refused, whether the dataset already holds
 * it or the same import gave it before.
 *
 * <p>Every method throws a {@link DatabaseException} when the database fails.
 */
public final class ObservationStore {

    private final Database database;
    private final Clock clock;
    private final DatasetRepository datasets = new DatasetRepository();
    private final ObservationRepository observations = new ObservationRepository();

    public ObservationStore(Database database) {
        this(database, Clock.systemUTC());
    }

    /** @param clock tells when an import happened ({@link DatasetSummary#importedAt()}) */
    public ObservationStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Imports the observations {@code producer} gives into dataset {@code info.name()}, in one transaction.
     * Creates the dataset when it does not exist, and otherwise replaces its metadata with {@code info} and
     * adds to its observations.
     *
     * <p>Duplicates are refused by the database's primary key, in batches ({@link ImportSink}): memory does not
     * grow with the size of the dataset or the import. A duplicate within the batch being filled is refused at
     * once and not queued (a producer that wants to skip it may catch the exception and go on); a duplicate of
     * an observation written before is refused when its batch is written, naming it by its origin, and ends
     * the import.
     *
     * @return what was written, once committed
     * @throws ObservationRejectedException (from the sink, unless the producer turns it into its own
     *     exception) for an observation whose key the dataset already holds or this import already gave;
     *     nothing is written then
     * @throws X whatever the producer throws, unchanged; nothing is written then
     */
    public <X extends Exception> ImportOutcome importInto(DatasetInfo info, ObservationProducer<X> producer) throws X {
        return importInto(info, producer, (connection, outcome) -> {});
    }

    /**
     * Work that commits together with an import's data, such as recording that the import succeeded
     * ({@link ImportJobStore#succeeded}): it runs on the import's connection after the last observation is
     * written, and an exception rolls the whole import back.
     */
    @FunctionalInterface
    public interface OnCommit {
        void run(java.sql.Connection connection, ImportOutcome outcome) throws java.sql.SQLException;
    }

    /** As {@link #importInto(DatasetInfo, ObservationProducer)}, running {@code onCommit} in the same transaction. */
    public <X extends Exception> ImportOutcome importInto(
            DatasetInfo info, ObservationProducer<X> producer, OnCommit onCommit) throws X {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(onCommit, "onCommit");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return database.inTransaction(connection -> {
            DatasetRepository.Target target = datasets.createOrUpdate(connection, info, now);
            ObservationBatch.StoredBefore storedBefore =
                    target.created() ? key -> false : key -> storedBefore(target.id(), key);
            try (ObservationBatch batch = new ObservationBatch(connection, target.id(), info.name(), storedBefore)) {
                producer.produce(batch);
                batch.flush();
                ImportOutcome outcome = new ImportOutcome(info.name(), target.created(), batch.written());
                onCommit.run(connection, outcome);
                return outcome;
            }
        });
    }

    /**
     * Whether the dataset held {@code key} before the running import: asked on another connection, which
     * does not see the import's uncommitted rows. Only asked to word the message of a duplicate.
     */
    private boolean storedBefore(long datasetId, ObservationKey key) throws java.sql.SQLException {
        try (java.sql.Connection other = database.dataSource().getConnection()) {
            return observations.contains(other, datasetId, key);
        }
    }

    /** Every dataset with a summary of what it holds, ordered by name. */
    public List<DatasetSummary> datasets() {
        return database.inTransaction(connection -> datasets.summaries(connection, Optional.empty()));
    }

    /** Whether a dataset called {@code name} exists; cheap, unlike {@link #dataset(String)}, which counts. */
    public boolean exists(String name) {
        Objects.requireNonNull(name, "name");
        return database.inTransaction(connection -> DatasetRepository.exists(connection, name));
    }

    /** The dataset called {@code name}, if there is one. */
    public Optional<DatasetSummary> dataset(String name) {
        Objects.requireNonNull(name, "name");
        return database.inTransaction(connection -> datasets.summaries(connection, Optional.of(name))).stream()
                .findFirst();
    }

    /**
     * Deletes the dataset called {@code name} with all its observations.
     *
     * @return false when there was no such dataset
     */
    public boolean deleteDataset(String name) {
        Objects.requireNonNull(name, "name");
        return database.inTransaction(connection -> datasets.delete(connection, name));
    }

    /**
     * The observations {@code query} selects, ordered by measure (in {@link
     * nl.werkkracht.core.observation.Measure} order), region, sector, period and price basis. Empty when
     * the dataset does not exist. Confidential and missing observations are included, without a value.
     */
    public List<Observation> find(ObservationQuery query) {
        Objects.requireNonNull(query, "query");
        return database.inTransaction(connection -> observations.find(connection, query));
    }
}
