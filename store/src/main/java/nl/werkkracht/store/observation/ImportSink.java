package nl.werkkracht.store.observation;

import java.util.function.Consumer;
import nl.werkkracht.core.observation.Observation;

/**
 * Where an import puts its observations ({@link ObservationStore#importInto}). The database checks that
 * every key is new, in batches: a duplicate of an observation given in the same batch is refused at once,
 * a duplicate of one written before (in an earlier batch, or already in the dataset) when its batch is
 * written, i.e. at a later call or at {@link #flush()}. Such a late {@link
 * nl.werkkracht.core.observation.ObservationRejectedException} names the refused observation by the
 * {@code origin} it was given with, and the import cannot go on after it.
 */
public interface ImportSink extends Consumer<Observation> {

    /**
     * Queues {@code observation} for writing.
     *
     * @param origin where it came from (a line number), given back when it is refused later; 0 when none
     */
    void accept(Observation observation, long origin);

    /** As {@link #accept(Observation, long)} without an origin. */
    @Override
    default void accept(Observation observation) {
        accept(observation, 0);
    }

    /** Writes what is queued, so that a duplicate among it is refused now. */
    void flush();
}
