package nl.werkkracht.store.valuestream;

import java.time.Instant;
import java.util.Objects;
import nl.werkkracht.core.valuestream.ValueStream;

/**
 * A value stream as stored for an organisation.
 *
 * @param id the value stream's id
 * @param organisationId the organisation it belongs to
 * @param stream the process: name, volume per year and ordered steps
 * @param createdAt when it was first saved
 * @param updatedAt when it was last saved (equal to {@code createdAt} until it is replaced)
 */
public record StoredValueStream(
        long id, long organisationId, ValueStream stream, Instant createdAt, Instant updatedAt) {
    public StoredValueStream {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
