package nl.werkkracht.store.observation;

/**
 * Produces the observations of an import into the sink it is given, typically by reading a file. The
 * sink is valid only while {@link #produce} runs.
 *
 * @param <X> a checked exception the producer may throw (e.g. {@link java.io.IOException}); use a
 *     lambda that throws none and it is inferred as {@link RuntimeException}
 */
@FunctionalInterface
public interface ObservationProducer<X extends Exception> {

    /**
     * Passes every observation to {@code sink}. The sink throws {@link
     * nl.werkkracht.core.observation.ObservationRejectedException} for an observation it refuses; the
     * producer may catch it to add the file and line, and rethrow. A duplicate of an observation written in an
     * earlier batch is refused late, naming the observation by its origin ({@link ImportSink}).
     */
    void produce(ImportSink sink) throws X;
}
