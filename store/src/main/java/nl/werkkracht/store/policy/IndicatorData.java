package nl.werkkracht.store.policy;

import java.util.Objects;
import nl.werkkracht.core.policy.IndicatorKind;
import nl.werkkracht.core.policy.Target;

/**
 * An indicator of a measure with its baseline and target.
 *
 * @param metric the monitor or organisation metric id; a short key for a manual indicator
 * @param sourceNote where a manual indicator's values come from
 */
public record IndicatorData(
        IndicatorKind kind, String metric, String name, String unit, String sourceNote, Target target) {
    public IndicatorData {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(sourceNote, "sourceNote");
        Objects.requireNonNull(target, "target");
    }
}
