package nl.werkkracht.statdata.importer;

import nl.werkkracht.core.observation.Observation;

/**
 * Receives the observations an importer reads, one at a time (importers stream). The sink belongs to
 * the caller, which wraps the whole import in one transaction.
 */
@FunctionalInterface
public interface ObservationSink {
    void accept(Observation observation);

    /**
     * As {@link #accept(Observation)}, telling the line the observation was read from. A sink that checks
     * keys in batches (the database) may refuse an observation late, at a later call: its {@link
     * nl.werkkracht.core.observation.ObservationRejectedException#origin()} then names the line.
     */
    default void accept(Observation observation, long line) {
        accept(observation);
    }

    /**
     * Whether the sink refuses a duplicate key itself (the database's primary key does). Then {@link
     * CheckedDelivery} does not remember the keys of the file, so memory does not grow with its size;
     * otherwise it refuses duplicates in memory, naming the line of the first occurrence.
     */
    default boolean refusesDuplicates() {
        return false;
    }
}
