package nl.werkkracht.store.policy;

import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.core.policy.Implementation;

/**
 * A recommendation with its follow-up: adopted (empty while undecided), carried out, and the effect seen.
 *
 * @param catalogueId the catalogue recommendation it is, if any
 */
public record RecommendationData(
        Optional<String> catalogueId,
        String text,
        Optional<Boolean> adopted,
        Implementation carriedOut,
        String effect) {
    public RecommendationData {
        Objects.requireNonNull(catalogueId, "catalogueId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(adopted, "adopted");
        Objects.requireNonNull(carriedOut, "carriedOut");
        Objects.requireNonNull(effect, "effect");
    }
}
