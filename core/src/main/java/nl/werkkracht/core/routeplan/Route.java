package nl.werkkracht.core.routeplan;

import nl.werkkracht.core.scan.Pillar;

/**
 * The three routes of a route plan (METHODS.md §13), one per TOP pillar (§11): technology, organisation
 * and the employee (TNO's "personeel"). The route of the people pillar is called {@link #EMPLOYEE}.
 */
public enum Route {
    TECHNOLOGY,
    ORGANISATION,
    EMPLOYEE;

    /** The TOP pillar this route improves. */
    public Pillar pillar() {
        return switch (this) {
            case TECHNOLOGY -> Pillar.TECHNOLOGY;
            case ORGANISATION -> Pillar.ORGANISATION;
            case EMPLOYEE -> Pillar.PEOPLE;
        };
    }

    /** The route that strengthens this pillar: {@link Pillar#PEOPLE} has the {@link #EMPLOYEE} route. */
    public static Route of(Pillar pillar) {
        return switch (pillar) {
            case TECHNOLOGY -> TECHNOLOGY;
            case ORGANISATION -> ORGANISATION;
            case PEOPLE -> EMPLOYEE;
        };
    }
}
