package nl.werkkracht.app.account;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Requests authenticated by a token the operator made on the machine ({@code ./werkkracht users token
 * NAME}): they carry {@link #AUTHORITY}, and organisation data is closed to them, whoever the user is
 * (ADR 0015). A user's own tokens (made at {@code /account/tokens} or by the API for themselves) carry
 * nothing extra.
 */
public final class OperatorTokens {

    /** The authority of a request made with an operator's token. */
    public static final GrantedAuthority AUTHORITY = new SimpleGrantedAuthority("OPERATOR_TOKEN");

    private OperatorTokens() {}

    /** Whether {@code auth} came from a token the operator made. */
    public static boolean used(Authentication auth) {
        return auth != null
                && auth.getAuthorities().stream()
                        .anyMatch(a -> AUTHORITY.getAuthority().equals(a.getAuthority()));
    }
}
