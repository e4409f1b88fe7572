package nl.werkkracht.app.organisation;

import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.app.account.OperatorTokens;
import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.organisation.Organisation;
import nl.werkkracht.store.organisation.OrganisationStore;
import nl.werkkracht.store.organisation.SupportAccessStore;
import nl.werkkracht.store.organisation.SupportGrant;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tenant isolation in one place: a user reaches an organisation's data as one of its members (the
 * employer who registered it, the advisers and colleagues they added), and an administrator only while
 * the organisation grants support access, every request of which goes into the organisation's audit log
 * under the administrator's own name (ADR 0015). Analysts have no access at all, and a token the
 * operator made on the machine opens nothing. Every endpoint and page that touches organisation data
 * starts with {@link #require}, or with {@link #requireMember} for what only members decide (who else has
 * access, support access itself, deletion, the full data export).
 */
public final class OrganisationAccess {

    /** The request attribute holding the {@link SupportGrant} when a request reads through support access. */
    public static final String SUPPORT_GRANT = OrganisationAccess.class.getName() + ".supportGrant";

    private final OrganisationStore organisations;
    private final SupportAccessStore support;
    private final AuditLog audit;

    public OrganisationAccess(OrganisationStore organisations, SupportAccessStore support, AuditLog audit) {
        this.organisations = Objects.requireNonNull(organisations, "organisations");
        this.support = Objects.requireNonNull(support, "support");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /**
     * The organisation, when {@code auth} is one of its members, or an administrator while the
     * organisation grants support access (then the request is recorded in its audit log).
     *
     * @throws OrganisationNotFoundException when it does not exist or the user may not reach it (the same
     *     answer, so that existence does not leak)
     */
    public Organisation require(Authentication auth, long organisationId) {
        if (isMember(auth, organisationId)) {
            return find(organisationId);
        }
        Optional<SupportGrant> grant = supportGrant(auth, organisationId);
        if (grant.isEmpty()) {
            throw notFound(organisationId);
        }
        recordSupport(auth, grant.get());
        return find(organisationId);
    }

    /**
     * The organisation, when {@code auth} is one of its members; support access does not count.
     *
     * @throws OrganisationNotFoundException otherwise
     */
    public Organisation requireMember(Authentication auth, long organisationId) {
        if (!isMember(auth, organisationId)) {
            throw notFound(organisationId);
        }
        return find(organisationId);
    }

    /** The logged-in user's name (never null: the security configuration lets no anonymous user here). */
    public String username(Authentication auth) {
        if (auth == null || !auth.isAuthenticated() || auth.getName() == null) {
            throw new OrganisationNotFoundException("organisation");
        }
        return auth.getName();
    }

    private boolean isMember(Authentication auth, long organisationId) {
        String username = username(auth);
        return !OperatorTokens.used(auth) && organisations.isMember(organisationId, username);
    }

    private Optional<SupportGrant> supportGrant(Authentication auth, long organisationId) {
        boolean administrator = auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        if (!administrator || OperatorTokens.used(auth)) {
            return Optional.empty();
        }
        return support.active(organisationId);
    }

    /**
     * One audit line per request and organisation: "support.used" with the method and path, under the
     * administrator's own name; also marks the request so that pages can say so.
     */
    private void recordSupport(Authentication auth, SupportGrant grant) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String detail = "";
        if (request != null) {
            String key = SUPPORT_GRANT + "." + grant.organisationId();
            if (request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) != null) {
                return;
            }
            request.setAttribute(key, Boolean.TRUE, RequestAttributes.SCOPE_REQUEST);
            request.setAttribute(SUPPORT_GRANT, grant, RequestAttributes.SCOPE_REQUEST);
            if (request instanceof ServletRequestAttributes servlet) {
                detail = servlet.getRequest().getMethod() + " "
                        + servlet.getRequest().getRequestURI();
            }
        }
        audit.record(username(auth), grant.organisationId(), "support.used", detail);
    }

    private Organisation find(long organisationId) {
        return organisations.find(organisationId).orElseThrow(() -> notFound(organisationId));
    }

    private static OrganisationNotFoundException notFound(long organisationId) {
        return new OrganisationNotFoundException("organisation " + organisationId);
    }
}
