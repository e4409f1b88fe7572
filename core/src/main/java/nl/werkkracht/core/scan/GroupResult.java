package nl.werkkracht.core.scan;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The scores of one group of respondents after disclosure control.
 *
 * <p>A suppressed group carries no values at all: both maps are empty. A shown group has a scale score
 * for each scale on which at least {@code k} of its respondents have a score and the differencing rule
 * allows it (see {@link AnonymityRule}); other scales are absent. A pillar score is the unweighted mean
 * of the group's present (whole) scale scores of that pillar, so it is computed from shown values only,
 * and is absent when the group has none of them. Every score is a whole point on 0–100.
 *
 * @param group {@link ScanResults#ALL} or a team name
 * @param n respondents in the group (for the caller to band; do not show it for a suppressed group)
 * @param suppressed whether the group is hidden
 * @param scales scale score 0–100 in whole points by scale id, in instrument order
 * @param pillars pillar score 0–100 in whole points by pillar
 */
public record GroupResult(
        String group, int n, boolean suppressed, Map<String, Integer> scales, Map<Pillar, Integer> pillars) {

    public GroupResult {
        Objects.requireNonNull(group, "group");
        if (n < 0) {
            throw new IllegalArgumentException("n must be ≥ 0, got " + n);
        }
        if (suppressed && (!scales.isEmpty() || !pillars.isEmpty())) {
            throw new IllegalArgumentException("a suppressed group carries no values: " + group);
        }
        scales.values().forEach(GroupResult::requireScore);
        pillars.values().forEach(GroupResult::requireScore);
        scales = Collections.unmodifiableMap(new LinkedHashMap<>(scales));
        pillars = pillars.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(pillars));
    }

    private static void requireScore(Integer score) {
        if (score == null || score < 0 || score > 100) {
            throw new IllegalArgumentException("a score is a whole point 0..100, got " + score);
        }
    }

    /** A suppressed group: no values. */
    public static GroupResult suppressed(String group, int n) {
        return new GroupResult(group, n, true, Map.of(), Map.of());
    }
}
