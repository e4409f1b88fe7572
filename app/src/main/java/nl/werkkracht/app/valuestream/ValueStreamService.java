package nl.werkkracht.app.valuestream;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.LongFunction;
import nl.werkkracht.app.organisation.OrganisationNotFoundException;
import nl.werkkracht.core.valuestream.ValueStream;
import nl.werkkracht.core.valuestream.ValueStreamAnalysis;
import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.valuestream.StoredValueStream;
import nl.werkkracht.store.valuestream.ValueStreamStore;

/**
 * Value-stream analysis of an organisation's core processes (METHODS.md §12): keeps the processes and
 * computes their metrics, valuing the improvement potential at the organisation's value added per hour
 * worked of its latest year's figures.
 *
 * <p>Callers have checked access with {@link nl.werkkracht.app.organisation.OrganisationAccess}; this
 * service trusts the organisation id it is given, but never shows or changes a value stream of another
 * organisation (such an id is "not found"). The methods that take a username record an audit event; {@link
 * #list(long)} does not, so that the report can record its own.
 */
public final class ValueStreamService {

    private final ValueStreamStore store;
    private final LongFunction<OptionalDouble> valueAddedPerHour;
    private final AuditLog audit;

    /**
     * @param valueAddedPerHour the organisation's value added per hour worked in euro (latest year); empty
     *     when it has no figures
     */
    ValueStreamService(ValueStreamStore store, LongFunction<OptionalDouble> valueAddedPerHour, AuditLog audit) {
        this.store = Objects.requireNonNull(store, "store");
        this.valueAddedPerHour = Objects.requireNonNull(valueAddedPerHour, "valueAddedPerHour");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /** Every value stream of the organisation with its metrics, oldest first; records no audit event. */
    public List<ValueStreamView> list(long organisationId) {
        List<StoredValueStream> stored = store.list(organisationId);
        if (stored.isEmpty()) {
            return List.of();
        }
        OptionalDouble perHour = perHour(organisationId);
        return stored.stream().map(s -> view(s, perHour)).toList();
    }

    /** The list, recorded as viewed by {@code username}. */
    public List<ValueStreamView> list(long organisationId, String username) {
        List<ValueStreamView> views = list(organisationId);
        audit.record(username, organisationId, "valuestream.viewed", "list");
        return views;
    }

    /**
     * One value stream with its metrics, recorded as viewed.
     *
     * @throws OrganisationNotFoundException when the organisation has no such value stream
     */
    public ValueStreamView find(long organisationId, long id, String username) {
        StoredValueStream stored = store.find(organisationId, id).orElseThrow(() -> notFound(id));
        audit.record(username, organisationId, "valuestream.viewed", detail(stored));
        return view(stored, perHour(organisationId));
    }

    /** Saves a new value stream. */
    public ValueStreamView create(long organisationId, ValueStream stream, String username) {
        StoredValueStream stored = store.create(organisationId, stream)
                .orElseThrow(() -> new OrganisationNotFoundException("organisation " + organisationId));
        audit.record(username, organisationId, "valuestream.created", detail(stored));
        return view(stored, perHour(organisationId));
    }

    /**
     * Replaces a value stream's name, volume and steps.
     *
     * @throws OrganisationNotFoundException when the organisation has no such value stream
     */
    public ValueStreamView replace(long organisationId, long id, ValueStream stream, String username) {
        StoredValueStream stored = store.replace(organisationId, id, stream).orElseThrow(() -> notFound(id));
        audit.record(username, organisationId, "valuestream.changed", detail(stored));
        return view(stored, perHour(organisationId));
    }

    /**
     * Deletes a value stream.
     *
     * @throws OrganisationNotFoundException when the organisation has no such value stream
     */
    public void delete(long organisationId, long id, String username) {
        if (!store.delete(organisationId, id)) {
            throw notFound(id);
        }
        audit.record(username, organisationId, "valuestream.deleted", "value stream " + id);
    }

    private OptionalDouble perHour(long organisationId) {
        OptionalDouble value = valueAddedPerHour.apply(organisationId);
        // figures with no hours give no finite value added per hour: no euro figure then
        return value.isPresent() && Double.isFinite(value.getAsDouble()) ? value : OptionalDouble.empty();
    }

    private static ValueStreamView view(StoredValueStream stored, OptionalDouble perHour) {
        return ValueStreamView.of(stored, ValueStreamAnalysis.analyse(stored.stream(), perHour));
    }

    private static String detail(StoredValueStream stored) {
        return "value stream " + stored.id() + " " + stored.stream().name();
    }

    private static OrganisationNotFoundException notFound(long id) {
        return new OrganisationNotFoundException("value stream " + id);
    }
}
