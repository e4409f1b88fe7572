package nl.werkkracht.app.account;

import nl.werkkracht.app.web.SecurityProblems;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What the security filter chain takes from accounts: how a login form is checked (database users,
 * Argon2 hashes, the login limit, the last login recorded) and how bearer tokens are checked.
 */
public final class AccountSecurity {

    private final AccountService accounts;
    private final AccountUserDetailsService users;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;

    AccountSecurity(
            AccountService accounts, AccountUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.accounts = accounts;
        this.users = users;
        this.encoder = encoder;
        this.throttle = throttle;
    }

    /**
     * The authentication manager of the login form. It has no parent, so that a refused (or locked)
     * login is never retried by another manager without the limit.
     */
    public AuthenticationManager loginManager() {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        passwords.setUserDetailsPasswordService(users);
        return new ProviderManager(new ThrottledLoginProvider(passwords, throttle, accounts));
    }

    /** A new filter that keeps a login that must choose its own password on {@code /account/password}. */
    public PasswordChangeGate passwordChangeGate(SecurityProblems problems) {
        return new PasswordChangeGate(problems);
    }

    /** A new bearer-token filter for the requests {@code bearer} matches. */
    public BearerTokenFilter bearerFilter(RequestMatcher bearer, SecurityProblems problems) {
        return new BearerTokenFilter(bearer, accounts, problems);
    }
}
