package nl.werkkracht.app.benchmark;

import java.util.List;

/**
 * A network as its coordinators and members see it: no organisation's name.
 *
 * @param coordinator whether the caller coordinates it
 * @param organisations the caller's own organisations that are members, as {id, name}
 */
public record NetworkView(
        long id, String name, String sectorLevel, boolean coordinator, List<OwnOrganisation> organisations) {

    /** One of the caller's own organisations. */
    public record OwnOrganisation(long id, String name) {}
}
