package nl.werkkracht.app.support;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.app.organisation.OrganisationNotFoundException;
import nl.werkkracht.core.organisation.FieldProblem;
import nl.werkkracht.core.organisation.InvalidInputException;
import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.organisation.SupportAccessStore;

/**
 * Support access as a member grants and revokes it (ADR 0015): the platform's administrators may reach
 * the organisation for 1 to {@link #MAX_DAYS} days; it ends by itself. Granting and revoking go into the
 * organisation's audit log; so does every request an administrator makes meanwhile ({@code
 * OrganisationAccess}). Callers have checked that the user is a member.
 */
public final class SupportAccessService {

    /** The longest support access one grant gives. */
    public static final int MAX_DAYS = 30;

    private final SupportAccessStore store;
    private final AuditLog audit;

    SupportAccessService(SupportAccessStore store, AuditLog audit) {
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /**
     * Grants support access for {@code days} days from now, replacing an earlier grant.
     *
     * @throws InvalidInputException naming {@code days} unless it is 1 to {@link #MAX_DAYS}
     */
    public SupportAccessView grant(long organisationId, Integer days, String member) {
        if (days == null || days < 1 || days > MAX_DAYS) {
            throw new InvalidInputException(
                    List.of(new FieldProblem("days", "must be a whole number of days from 1 to " + MAX_DAYS)));
        }
        SupportAccessView view = store.grant(organisationId, member, Duration.ofDays(days))
                .map(SupportAccessView::of)
                .orElseThrow(() -> new OrganisationNotFoundException("organisation " + organisationId));
        audit.record(member, organisationId, "support.granted", days + "|" + view.expiresAt());
        return view;
    }

    /** Ends support access now; false when there was none. */
    public boolean revoke(long organisationId, String member) {
        boolean revoked = store.revoke(organisationId);
        if (revoked) {
            audit.record(member, organisationId, "support.revoked", "");
        }
        return revoked;
    }

    /** The organisation's support access while it lasts. */
    public Optional<SupportAccessView> active(long organisationId) {
        return store.active(organisationId).map(SupportAccessView::of);
    }

    /** The choices of days the grant form offers. */
    public List<Integer> dayChoices() {
        return List.of(1, 3, 7, 14, MAX_DAYS);
    }

    /** Every organisation that grants support access now, the soonest to end first (administrators). */
    public List<SupportAccessView> active() {
        return store.active().stream().map(SupportAccessView::of).toList();
    }
}
