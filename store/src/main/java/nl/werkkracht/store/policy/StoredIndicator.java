package nl.werkkracht.store.policy;

import java.util.Map;
import java.util.Objects;

/**
 * An indicator of a measure.
 *
 * @param values a manual indicator's values by year (empty for the others, whose values come from the data)
 */
public record StoredIndicator(long id, long measureId, IndicatorData data, Map<Integer, Double> values) {
    public StoredIndicator {
        Objects.requireNonNull(data, "data");
        values = Map.copyOf(values);
    }
}
