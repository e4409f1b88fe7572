package nl.werkkracht.app.policy;

import java.util.Optional;
import nl.werkkracht.store.policy.MemberRole;
import nl.werkkracht.store.policy.Programme;
import nl.werkkracht.store.policy.ProgrammeStore;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Who may do what with a programme (ADR 0021). Anyone may read a published programme; a draft only its members;
 * owners change it; owners and advisers invite employers to a scan for it. Everything else is answered with
 * {@link ProgrammeNotFoundException} (404), whether the programme does not exist or is a draft of others, so a
 * draft's existence never leaks. Administrators have no implicit access.
 */
final class ProgrammeAccess {

    /** What the request needs. */
    enum Need {
        READ,
        ADVISE,
        OWN
    }

    private final ProgrammeStore store;

    ProgrammeAccess(ProgrammeStore store) {
        this.store = store;
    }

    /** The programme, when {@code auth} may do what is needed; otherwise 404. */
    Programme require(Authentication auth, long id, Need need) {
        Programme p = store.find(id).orElseThrow(() -> new ProgrammeNotFoundException(id));
        Optional<MemberRole> role = role(auth, id);
        boolean allowed =
                switch (need) {
                    case READ -> p.published() || role.isPresent();
                    case ADVISE -> role.isPresent();
                    case OWN -> role.filter(r -> r == MemberRole.OWNER).isPresent();
                };
        if (!allowed) {
            throw new ProgrammeNotFoundException(id);
        }
        return p;
    }

    /** The user's role in the programme; empty for anonymous visitors and non-members. */
    Optional<MemberRole> role(Authentication auth, long id) {
        return loggedIn(auth) ? store.role(id, auth.getName()) : Optional.empty();
    }

    static boolean loggedIn(Authentication auth) {
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    static boolean hasRole(Authentication auth, String role) {
        return loggedIn(auth)
                && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }
}
