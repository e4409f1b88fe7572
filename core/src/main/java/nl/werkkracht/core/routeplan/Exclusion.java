package nl.werkkracht.core.routeplan;

import java.util.List;

/**
 * An intervention the data would select but the dual-objective rule keeps out of the plan.
 *
 * @param why the conditions that would have selected it
 * @param breaches the guarded dimensions it would lower where they already score low
 */
public record Exclusion(Intervention intervention, List<Check> why, List<GuardBreach> breaches) {
    public Exclusion {
        why = List.copyOf(why);
        breaches = List.copyOf(breaches);
        if (intervention == null || breaches.isEmpty()) {
            throw new IllegalArgumentException("an exclusion needs an intervention and a breach");
        }
    }
}
