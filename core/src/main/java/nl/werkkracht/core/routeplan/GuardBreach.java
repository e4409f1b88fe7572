package nl.werkkracht.core.routeplan;

import java.util.List;

/**
 * Why the dual-objective rule keeps an intervention out of a plan: it is expected to lower this
 * dimension, and the evidence shows the dimension already scores low.
 *
 * @param evidence the checks that hold and show the dimension is low (e.g. {@code job.autonomy < 50}
 *     with the actual score), at least one
 */
public record GuardBreach(GuardedDimension dimension, List<Check> evidence) {
    public GuardBreach {
        evidence = List.copyOf(evidence);
        if (dimension == null || evidence.isEmpty()) {
            throw new IllegalArgumentException("a guard breach needs a dimension and evidence");
        }
    }
}
