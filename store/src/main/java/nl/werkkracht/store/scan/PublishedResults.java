package nl.werkkracht.store.scan;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one published version of a closed scan's results (ADR 0011): what every view and export shows.
 *
 * @param publishedAt when it was made
 * @param responses the responses it rests on
 * @param k the anonymity threshold applied
 * @param answersDeletedAt when the raw answers and ideas were deleted after the retention period; empty
 *     while they are kept
 * @param groups all respondents first, then each team in the scan's order
 */
public record PublishedResults(
        Instant publishedAt, int responses, int k, Optional<Instant> answersDeletedAt, List<PublishedGroup> groups) {

    public PublishedResults {
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(answersDeletedAt, "answersDeletedAt");
        if (responses < 0 || k < 5) {
            throw new IllegalArgumentException("responses ≥ 0 and k ≥ 5, got " + responses + ", " + k);
        }
        groups = List.copyOf(groups);
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("a publication has at least the group of all respondents");
        }
    }

    /** Whether a group is shown, and if not, why. */
    public enum Visibility {
        /** Shown, with its size and scores. */
        SHOWN,
        /** Hidden: fewer than k respondents. */
        FEW,
        /** Hidden so that a smaller group cannot be derived by subtraction. */
        PROTECTS
    }

    /**
     * One group as published.
     *
     * @param name {@code ALL} or the team's name
     * @param visibility shown, or why hidden
     * @param respondents the group's size; empty when hidden
     * @param scores whole scale scores 0–100 by scale id, in instrument order; empty when hidden
     * @param ideas released ideas in alphabetical order; empty when hidden
     */
    public record PublishedGroup(
            String name,
            Visibility visibility,
            OptionalInt respondents,
            Map<String, Integer> scores,
            List<String> ideas) {

        public PublishedGroup {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(visibility, "visibility");
            Objects.requireNonNull(respondents, "respondents");
            boolean shown = visibility == Visibility.SHOWN;
            if (shown != respondents.isPresent() || (!shown && (!scores.isEmpty() || !ideas.isEmpty()))) {
                throw new IllegalArgumentException("a hidden group has no size, scores or ideas: " + name);
            }
            scores.values().forEach(s -> {
                if (s == null || s < 0 || s > 100) {
                    throw new IllegalArgumentException("a score is a whole point 0..100, got " + s);
                }
            });
            scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
            ideas = List.copyOf(ideas);
        }

        /** A hidden group. */
        public static PublishedGroup hidden(String name, Visibility why) {
            if (why == Visibility.SHOWN) {
                throw new IllegalArgumentException("a hidden group needs a reason");
            }
            return new PublishedGroup(name, why, OptionalInt.empty(), Map.of(), List.of());
        }
    }
}
