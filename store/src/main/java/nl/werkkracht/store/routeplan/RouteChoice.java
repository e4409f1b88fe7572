package nl.werkkracht.store.routeplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an organisation decided about one intervention of its route plan (METHODS.md §13).
 *
 * @param interventionId the catalogue id of the intervention
 * @param chosen whether the organisation chose to carry it out
 * @param owner who takes it on (a name or a role), at most {@value #MAX_OWNER} characters
 * @param startDate the planned or actual start
 * @param note a free-text note, at most {@value #MAX_NOTE} characters
 * @param updatedAt when this choice was last saved (the store sets it)
 */
public record RouteChoice(
        long organisationId,
        String interventionId,
        boolean chosen,
        Optional<String> owner,
        Optional<LocalDate> startDate,
        Optional<String> note,
        Instant updatedAt) {

    public static final int MAX_OWNER = 200;
    public static final int MAX_NOTE = 1000;

    private static final Pattern INTERVENTION_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public RouteChoice {
        requireInterventionId(interventionId);
        owner = text(owner, "owner", MAX_OWNER);
        note = text(note, "note", MAX_NOTE);
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A choice to save; {@link #updatedAt} is set by the store. */
    public static RouteChoice of(
            long organisationId,
            String interventionId,
            boolean chosen,
            Optional<String> owner,
            Optional<LocalDate> startDate,
            Optional<String> note) {
        return new RouteChoice(organisationId, interventionId, chosen, owner, startDate, note, Instant.EPOCH);
    }

    static void requireInterventionId(String id) {
        if (id == null || id.length() > 64 || !INTERVENTION_ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "interventionId must be lower case letters, digits and hyphens (at most 64), got '" + id + "'");
        }
    }

    /** Stripped; blank counts as absent. */
    private static Optional<String> text(Optional<String> value, String field, int max) {
        Objects.requireNonNull(value, field);
        Optional<String> stripped = value.map(String::strip).filter(s -> !s.isEmpty());
        if (stripped.isPresent() && stripped.get().length() > max) {
            throw new IllegalArgumentException(field + " must have at most " + max + " characters");
        }
        return stripped;
    }
}
