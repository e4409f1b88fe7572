package nl.werkkracht.core.techimpact;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import nl.werkkracht.core.benchmark.SuppressionReason;

/**
 * One published version of one cell of a network's role-exposure table (METHODS.md §9, over time): shown, with
 * its rounded figures and the parts it counted, or suppressed with a reason (no figures, no parts).
 *
 * @param number 1 for the first version of the cell, then 2, 3, …
 * @param publishedAt when it was published (shown with it)
 * @param n the number of organisations at the time
 * @param parts the parts a shown version counted (fewer once an organisation was deleted)
 */
public record ExposureVersion(
        ExposureCell cell,
        int number,
        Instant publishedAt,
        int n,
        Optional<SuppressionReason> suppression,
        Optional<NetworkExposure.Figures> figures,
        List<NetworkExposure.Part> parts) {

    public ExposureVersion {
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(publishedAt, "publishedAt");
        parts = List.copyOf(parts);
        if (number < 1 || n < 0) {
            throw new IllegalArgumentException("a version has a number ≥ 1 and n ≥ 0");
        }
        if (suppression.isPresent() == figures.isPresent() || (suppression.isPresent() && !parts.isEmpty())) {
            throw new IllegalArgumentException("a version is either shown with figures or suppressed without parts");
        }
    }

    public boolean shown() {
        return suppression.isEmpty();
    }

    /** Per organisation, the fingerprints of its parts (equal text: the organisation counted the same). */
    public Map<String, String> contributors() {
        return contributors(parts);
    }

    static Map<String, String> contributors(List<NetworkExposure.Part> parts) {
        Map<String, String> out = new TreeMap<>();
        parts.stream()
                .sorted(java.util.Comparator.comparing(NetworkExposure.Part::atom))
                .forEach(p -> out.merge(p.organisationId(), p.fingerprint(), (a, b) -> a + ";" + b));
        return out;
    }
}
