package nl.werkkracht.core.observation;

/**
 * Thrown by a sink that refuses an observation (e.g. a duplicate of one already stored). Importers
 * catch it and report it with the file, line and field of the record that caused it.
 *
 * <p>A sink that checks in batches (the database) may refuse an observation only when a later one is
 * given, or when the import ends; then {@link #origin()} tells which observation it was, by the origin
 * (normally the line number) it was given with, and the sink refuses everything after it.
 */
public final class ObservationRejectedException extends RuntimeException {

    private final ObservationKey key;
    private final long origin;

    public ObservationRejectedException(ObservationKey key, String reason) {
        this(key, reason, 0);
    }

    /** @param origin where the refused observation came from (a line number); 0 when not known */
    public ObservationRejectedException(ObservationKey key, String reason, long origin) {
        super(reason);
        this.key = key;
        this.origin = origin;
    }

    public ObservationKey key() {
        return key;
    }

    /** Where the refused observation came from, as its producer told the sink (a line number); 0 when not known. */
    public long origin() {
        return origin;
    }
}
