package nl.werkkracht.store.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An evaluation as specified (its estimates are computed from the current data whenever shown).
 *
 * @param indicator a monitor indicator id
 * @param region the treated region
 * @param donors donor regions; empty for every other region of the same level
 * @param comparison the comparison group of the difference-in-differences; empty for the donors
 */
public record EvaluationData(
        Optional<Long> measureId,
        String indicator,
        String region,
        int treatmentStart,
        List<String> donors,
        List<String> comparison,
        String note) {
    public EvaluationData {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(region, "region");
        donors = List.copyOf(donors);
        comparison = List.copyOf(comparison);
        Objects.requireNonNull(note, "note");
    }
}
