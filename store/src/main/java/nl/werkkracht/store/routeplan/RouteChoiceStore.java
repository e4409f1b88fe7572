package nl.werkkracht.store.routeplan;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.store.db.Database;

/**
 * The choices an organisation made about the interventions of its route plan: chosen or not, owner,
 * start date and a note, one row per organisation and intervention. The store does not know the
 * catalogue; the application checks that an intervention exists before saving a choice for it.
 *
 * <p>Every method is one transaction and throws a {@link nl.werkkracht.store.db.DatabaseException} when
 * the database fails. Deleting the organisation deletes its choices.
 */
public final class RouteChoiceStore {

    private final Database database;
    private final Clock clock;
    private final RouteChoiceRepository choices = new RouteChoiceRepository();

    public RouteChoiceStore(Database database) {
        this(database, Clock.systemUTC());
    }

    /** @param clock tells when a choice is saved */
    public RouteChoiceStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Every choice of the organisation, by intervention id; empty for an unknown organisation. */
    public List<RouteChoice> choices(long organisationId) {
        return database.inTransaction(connection -> choices.all(connection, organisationId));
    }

    /** The organisation's choice about one intervention. */
    public Optional<RouteChoice> choice(long organisationId, String interventionId) {
        RouteChoice.requireInterventionId(interventionId);
        return database.inTransaction(connection -> choices.find(connection, organisationId, interventionId));
    }

    /**
     * Saves a choice, replacing an earlier one for the same intervention; its {@code updatedAt} is now.
     *
     * @return the saved choice; empty when there is no such organisation
     */
    public Optional<RouteChoice> save(RouteChoice choice) {
        Objects.requireNonNull(choice, "choice");
        return database.inTransaction(connection -> choices.save(connection, choice, now())
                ? choices.find(connection, choice.organisationId(), choice.interventionId())
                : Optional.empty());
    }

    /** Forgets the organisation's choice about one intervention; false when there was none. */
    public boolean delete(long organisationId, String interventionId) {
        RouteChoice.requireInterventionId(interventionId);
        return database.inTransaction(connection -> choices.delete(connection, organisationId, interventionId));
    }
}
