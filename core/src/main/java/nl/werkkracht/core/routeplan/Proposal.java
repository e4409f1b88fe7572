package nl.werkkracht.core.routeplan;

import java.util.List;

/**
 * An intervention the plan proposes.
 *
 * @param rank 1 for the first proposal of the plan
 * @param priority the ordering score (see {@link RoutePlanner}); higher comes first within its group
 * @param why the conditions that selected it, each holding, with the actual values
 * @param prerequisites its prerequisites, each holding, with the actual values
 * @param strengthens the guarded dimensions that score low and that it is expected to raise
 * @param unmeasuredRisks the guarded dimensions it may lower that were not measured: check them first
 * @param watch the guarded dimensions it may lower that score well enough now: follow them
 */
public record Proposal(
        Intervention intervention,
        int rank,
        double priority,
        List<Check> why,
        List<Check> prerequisites,
        List<GuardedDimension> strengthens,
        List<GuardedDimension> unmeasuredRisks,
        List<GuardedDimension> watch) {
    public Proposal {
        why = List.copyOf(why);
        prerequisites = List.copyOf(prerequisites);
        strengthens = List.copyOf(strengthens);
        unmeasuredRisks = List.copyOf(unmeasuredRisks);
        watch = List.copyOf(watch);
        if (intervention == null || rank < 1 || why.isEmpty()) {
            throw new IllegalArgumentException("a proposal needs an intervention, a rank from 1 and a reason");
        }
    }
}
