package nl.werkkracht.core.routeplan;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The route-plan catalogue: the guard of the dual-objective rule and the interventions, in catalogue
 * order (which breaks ties when a plan is ordered).
 *
 * @param version the catalogue's version, to tell which catalogue made a plan
 */
public record Catalogue(int version, Guard guard, List<Intervention> interventions) {

    public Catalogue {
        if (version < 1) {
            throw new IllegalArgumentException("catalogue version must be 1 or more, got " + version);
        }
        if (guard == null) {
            throw new IllegalArgumentException("a catalogue needs a guard");
        }
        interventions = List.copyOf(interventions);
        if (interventions.isEmpty()) {
            throw new IllegalArgumentException("a catalogue needs at least one intervention");
        }
        Set<String> ids = new HashSet<>();
        for (Intervention i : interventions) {
            if (!ids.add(i.id())) {
                throw new IllegalArgumentException("intervention id " + i.id() + " occurs more than once");
            }
        }
    }

    /** The intervention with this id. */
    public Optional<Intervention> find(String id) {
        return interventions.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The interventions of one route, in catalogue order. */
    public List<Intervention> of(Route route) {
        return interventions.stream().filter(i -> i.route() == route).toList();
    }
}
