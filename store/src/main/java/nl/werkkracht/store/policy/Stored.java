package nl.werkkracht.store.policy;

import java.util.Objects;

/**
 * A stored row of a programme: its id, the programme and the data.
 *
 * @param <T> the data
 */
public record Stored<T>(long id, long programmeId, T data) {
    public Stored {
        Objects.requireNonNull(data, "data");
    }
}
