package nl.werkkracht.core.observation;

/**
 * Thrown by a sink that refuses an observation (e.g. a duplicate of one already stored). Importers
 * catch it and report it with the file, line and field of the record that caused it.
 */
public final class ObservationRejectedException extends RuntimeException {

    private final ObservationKey key;

    public ObservationRejectedException(ObservationKey key, String reason) {
        super(reason);
        this.key = key;
    }

    public ObservationKey key() {
        return key;
    }
}
