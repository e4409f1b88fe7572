package nl.werkkracht.store.policy;

import java.util.Objects;

/** A measure of a programme. */
public record StoredMeasure(long id, long programmeId, MeasureData data) {
    public StoredMeasure {
        Objects.requireNonNull(data, "data");
    }
}
