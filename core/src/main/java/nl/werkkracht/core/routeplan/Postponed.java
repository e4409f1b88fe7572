package nl.werkkracht.core.routeplan;

import java.util.List;

/**
 * An intervention that is relevant but not yet possible: "later, first: …".
 *
 * @param why the conditions that make it relevant
 * @param firstNeeded its prerequisites that fail or were not measured, with the actual values
 */
public record Postponed(Intervention intervention, List<Check> why, List<Check> firstNeeded) {
    public Postponed {
        why = List.copyOf(why);
        firstNeeded = List.copyOf(firstNeeded);
        if (intervention == null || why.isEmpty() || firstNeeded.isEmpty()) {
            throw new IllegalArgumentException("a postponed intervention needs a reason and an unmet prerequisite");
        }
    }
}
