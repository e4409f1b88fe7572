package nl.werkkracht.app.organisation;

import java.util.Objects;
import nl.werkkracht.store.organisation.Organisation;
import nl.werkkracht.store.organisation.OrganisationStore;
import org.springframework.security.core.Authentication;

/**
 * Tenant isolation in one place: a user reaches an organisation's data only as one of its members
 * (the employer who registered it, the advisers and colleagues they added). Administrators and analysts
 * have no implicit access: organisations' figures and employees' answers are confidential to them
 * (ADR 0009). Every endpoint and page that touches organisation data starts with {@link #require}.
 */
public final class OrganisationAccess {

    private final OrganisationStore organisations;

    public OrganisationAccess(OrganisationStore organisations) {
        this.organisations = Objects.requireNonNull(organisations, "organisations");
    }

    /**
     * The organisation, when {@code auth} is one of its members.
     *
     * @throws OrganisationNotFoundException when it does not exist or the user is not a member (the same
     *     answer, so that existence does not leak)
     */
    public Organisation require(Authentication auth, long organisationId) {
        String username = username(auth);
        if (!organisations.isMember(organisationId, username)) {
            throw new OrganisationNotFoundException("organisation " + organisationId);
        }
        return organisations
                .find(organisationId)
                .orElseThrow(() -> new OrganisationNotFoundException("organisation " + organisationId));
    }

    /** The logged-in user's name (never null: the security configuration lets no anonymous user here). */
    public String username(Authentication auth) {
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
            throw new OrganisationNotFoundException("organisation");
        }
        return auth.getName();
    }
}
