package nl.werkkracht.core.benchmark;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who asks (METHODS.md §9, insiders): the organisations the person can access — every one of them, since an
 * adviser holds many and knows all their values — and, optionally, the one whose own position to show.
 *
 * @param known the ids of every organisation the viewer can access; empty for an outsider
 * @param organisation the organisation whose own position is asked for; it must be one of {@code known}
 */
public record Viewer(Set<String> known, Optional<String> organisation) {

    /** Someone who can access no organisation (a coordinator without organisations of their own). */
    public static final Viewer OUTSIDER = new Viewer(Set.of(), Optional.empty());

    public Viewer {
        known = Set.copyOf(known);
        Objects.requireNonNull(organisation, "organisation");
        if (organisation.isPresent() && !known.contains(organisation.get())) {
            throw new IllegalArgumentException("a viewer knows the organisation it asks for");
        }
    }

    /** A viewer who can access these organisations and asks about none in particular. */
    public static Viewer knowing(Set<String> known) {
        return new Viewer(known, Optional.empty());
    }

    /** The same viewer asking for the own position of {@code organisation}. */
    public Viewer as(String organisation) {
        return new Viewer(known, Optional.of(organisation));
    }
}
