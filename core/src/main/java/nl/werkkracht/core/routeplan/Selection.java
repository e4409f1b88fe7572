package nl.werkkracht.core.routeplan;

import java.util.ArrayList;
import java.util.List;

/**
 * When an intervention is relevant: every condition of {@code all} holds and, if {@code any} is not
 * empty, at least one of {@code any} holds. At least one condition is required, so that nothing is
 * proposed without a reason in the data.
 */
public record Selection(List<Condition> all, List<Condition> any) {

    public Selection {
        all = List.copyOf(all);
        any = List.copyOf(any);
        if (all.isEmpty() && any.isEmpty()) {
            throw new IllegalArgumentException("a selection needs at least one condition");
        }
    }

    /** Every condition checked, {@code all} first; empty when the selection does not hold. */
    List<Check> holdingChecks(RoutePlanInput input) {
        List<Check> held = new ArrayList<>();
        for (Condition c : all) {
            Check check = c.check(input);
            if (!check.holds()) {
                return List.of();
            }
            held.add(check);
        }
        boolean anyHeld = any.isEmpty();
        for (Condition c : any) {
            Check check = c.check(input);
            if (check.holds()) {
                held.add(check);
                anyHeld = true;
            }
        }
        return anyHeld ? held : List.of();
    }

    /** Every condition, {@code all} first. */
    public List<Condition> conditions() {
        List<Condition> every = new ArrayList<>(all);
        every.addAll(any);
        return every;
    }
}
