package nl.werkkracht.core.routeplan;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.werkkracht.core.scan.Pillar;

/**
 * A generated route plan (METHODS.md §13).
 *
 * @param catalogueVersion the version of the catalogue that made it
 * @param used the sources that gave figures
 * @param missing the sources not measured yet, in the order to measure them
 * @param laggingFirst the lagging pillar whose route leads the plan when the TOP balance is flagged
 * @param proposed the proposals, in order, ranked from 1
 * @param later relevant interventions whose prerequisites are not met yet
 * @param excluded interventions kept out by the dual-objective rule
 */
public record RoutePlan(
        int catalogueVersion,
        Set<DataSource> used,
        List<DataSource> missing,
        Optional<Pillar> laggingFirst,
        List<Proposal> proposed,
        List<Postponed> later,
        List<Exclusion> excluded) {

    public RoutePlan {
        used = Set.copyOf(used);
        missing = List.copyOf(missing);
        proposed = List.copyOf(proposed);
        later = List.copyOf(later);
        excluded = List.copyOf(excluded);
        if (laggingFirst == null) {
            throw new IllegalArgumentException("use Optional.empty() when no pillar lags");
        }
    }

    /**
     * Whether nothing was measured: the plan then proposes nothing and {@link #missing} says what to
     * measure first.
     */
    public boolean noData() {
        return used.isEmpty();
    }

    /** The proposals of one route, in plan order. */
    public List<Proposal> proposed(Route route) {
        return proposed.stream().filter(p -> p.intervention().route() == route).toList();
    }
}
