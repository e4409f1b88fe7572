package nl.werkkracht.core.followup;

import java.time.LocalDate;
import java.util.Objects;
import nl.werkkracht.core.routeplan.Route;

/**
 * An intervention chosen from the route plan (METHODS.md §13), as follow-up marks it on the timeline.
 *
 * @param id the intervention's catalogue id
 * @param route its route: technology and organisation interventions have an adjustment period in which a
 *     dip is expected (the J-curve, METHODS.md §14)
 * @param start the date the organisation started it
 */
public record Intervention(String id, Route route, LocalDate start) {

    public Intervention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(start, "start");
        if (id.isBlank()) {
            throw new IllegalArgumentException("an intervention needs an id");
        }
    }

    /**
     * Whether a fall after this intervention is expected at first: technology and organisation changes
     * need new routines and complementary investment before they pay off; employee-route interventions
     * (training, scheduling) are not known for a J-curve and get no such allowance.
     */
    public boolean hasAdjustmentPeriod() {
        return route == Route.TECHNOLOGY || route == Route.ORGANISATION;
    }
}
