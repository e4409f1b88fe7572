package nl.werkkracht.core.routeplan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.werkkracht.core.scan.Pillar;
import nl.werkkracht.core.scan.TopBalance;

/**
 * Generates a route plan from a catalogue and an organisation's figures (METHODS.md §13).
 *
 * <p>For each intervention, in catalogue order:
 *
 * <ol>
 *   <li>it is <b>relevant</b> when its selection holds ({@link Selection}); a condition on something not
 *       measured does not hold, so nothing is proposed without a reason in the data;
 *   <li>the <b>dual-objective rule</b>: a relevant intervention with an expected effect of −1 on a
 *       {@link GuardedDimension} that already scores low ({@link Guard}) is <b>excluded</b>, with the
 *       evidence;
 *   <li>otherwise, when a prerequisite fails or was not measured, it is put off until <b>later</b>,
 *       naming what is needed first;
 *   <li>otherwise it is <b>proposed</b>. A possible lowering effect is named: as a risk to check first
 *       when the dimension was not measured, as something to watch when it scores well enough now.
 * </ol>
 *
 * <p><b>Order</b> of the proposals (and of the postponed ones): when the TOP balance is flagged, the
 * interventions of the lagging pillar's route come first (METHODS.md §11); then by priority, highest
 * first; then by catalogue order. The priority is
 *
 * <pre>
 *   Σ severity of each selecting condition that holds                (each 0–1, see {@link Unit})
 *   + 0.5  × number of low guarded dimensions it is expected to raise
 *   + 0.25 × its expected effect on productivity (−1, 0, +1)
 * </pre>
 *
 * so an intervention ranks higher the further the figures that select it are past their thresholds,
 * and higher still when it also repairs a weak part of good work: repairing a low dimension weighs twice
 * as much as the productivity effect, because the plan serves both aims and never trades good work for
 * output. Conditions on the number of employees
 * select but do not weigh. The result depends only on the catalogue and the input.
 */
public final class RoutePlanner {

    /** Weight of each low guarded dimension that an intervention is expected to raise. */
    static final double REPAIR_WEIGHT = 0.5;
    /** Weight of the expected effect on productivity. */
    static final double PRODUCTIVITY_WEIGHT = 0.25;

    private final Catalogue catalogue;

    public RoutePlanner(Catalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** The plan for this input. */
    public RoutePlan plan(RoutePlanInput input) {
        Objects.requireNonNull(input, "input");
        Guard guard = catalogue.guard();
        Optional<Pillar> laggingFirst =
                input.balance().filter(TopBalance::flagged).map(TopBalance::lagging);
        List<Ranked> proposals = new ArrayList<>();
        List<Ranked> postponed = new ArrayList<>();
        List<Exclusion> excluded = new ArrayList<>();
        List<Intervention> all = catalogue.interventions();
        for (int index = 0; index < all.size(); index++) {
            Intervention intervention = all.get(index);
            List<Check> why = intervention.when().holdingChecks(input);
            if (why.isEmpty()) {
                continue;
            }
            List<GuardBreach> breaches = breaches(intervention, guard, input);
            if (!breaches.isEmpty()) {
                excluded.add(new Exclusion(intervention, why, breaches));
                continue;
            }
            List<Check> prerequisites = intervention.prerequisites().stream()
                    .map(c -> c.check(input))
                    .toList();
            Ranked ranked =
                    new Ranked(intervention, index, why, priority(intervention, why, guard, input), prerequisites);
            (ranked.unmet().isEmpty() ? proposals : postponed).add(ranked);
        }
        Comparator<Ranked> order = order(laggingFirst);
        proposals.sort(order);
        postponed.sort(order);
        List<Proposal> proposed = new ArrayList<>();
        for (Ranked r : proposals) {
            proposed.add(new Proposal(
                    r.intervention,
                    proposed.size() + 1,
                    r.priority,
                    r.why,
                    r.prerequisites,
                    strengthens(r.intervention, guard, input),
                    unmeasuredRisks(r.intervention, guard, input),
                    watch(r.intervention, guard, input)));
        }
        List<Postponed> later = postponed.stream()
                .map(r -> new Postponed(r.intervention, r.why, r.unmet()))
                .toList();
        Set<DataSource> used = input.sources();
        List<DataSource> missing =
                EnumSet.complementOf(toEnumSet(used)).stream().toList();
        return new RoutePlan(catalogue.version(), used, missing, laggingFirst, proposed, later, excluded);
    }

    private static EnumSet<DataSource> toEnumSet(Set<DataSource> sources) {
        EnumSet<DataSource> set = EnumSet.noneOf(DataSource.class);
        set.addAll(sources);
        return set;
    }

    /** Lagging route first when flagged, then priority (highest first), then catalogue order. */
    private static Comparator<Ranked> order(Optional<Pillar> laggingFirst) {
        Comparator<Ranked> byRoute = Comparator.comparingInt(r -> laggingFirst
                .map(p -> r.intervention.route() == Route.of(p) ? 0 : 1)
                .orElse(0));
        return byRoute.thenComparing(
                        Comparator.comparingDouble((Ranked r) -> r.priority).reversed())
                .thenComparingInt(r -> r.index);
    }

    private static List<GuardBreach> breaches(Intervention intervention, Guard guard, RoutePlanInput input) {
        List<GuardBreach> breaches = new ArrayList<>();
        for (GuardedDimension d : GuardedDimension.values()) {
            if (intervention.effects().on(d) < 0) {
                List<Check> evidence = guard.evidence(d, input);
                if (!evidence.isEmpty()) {
                    breaches.add(new GuardBreach(d, evidence));
                }
            }
        }
        return breaches;
    }

    private static List<GuardedDimension> strengthens(Intervention intervention, Guard guard, RoutePlanInput input) {
        return EnumSet.allOf(GuardedDimension.class).stream()
                .filter(d -> intervention.effects().on(d) > 0)
                .filter(d -> !guard.evidence(d, input).isEmpty())
                .toList();
    }

    private static List<GuardedDimension> unmeasuredRisks(
            Intervention intervention, Guard guard, RoutePlanInput input) {
        return EnumSet.allOf(GuardedDimension.class).stream()
                .filter(d -> intervention.effects().on(d) < 0)
                .filter(d -> !guard.measured(d, input))
                .toList();
    }

    /** Dimensions it may lower that were measured and are not low (else it would have been excluded). */
    private static List<GuardedDimension> watch(Intervention intervention, Guard guard, RoutePlanInput input) {
        return EnumSet.allOf(GuardedDimension.class).stream()
                .filter(d -> intervention.effects().on(d) < 0)
                .filter(d -> guard.measured(d, input))
                .toList();
    }

    static double priority(Intervention intervention, List<Check> why, Guard guard, RoutePlanInput input) {
        double severity = why.stream().mapToDouble(Check::severity).sum();
        int repairs = strengthens(intervention, guard, input).size();
        return severity
                + REPAIR_WEIGHT * repairs
                + PRODUCTIVITY_WEIGHT * intervention.effects().productivity();
    }

    private record Ranked(
            Intervention intervention, int index, List<Check> why, double priority, List<Check> prerequisites) {
        List<Check> unmet() {
            return prerequisites.stream().filter(c -> !c.holds()).toList();
        }
    }
}
