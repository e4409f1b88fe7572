package nl.werkkracht.app.account;

import nl.werkkracht.store.account.UserAccount;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password login with the {@link LoginThrottle} per account and client address, and {@code
 * last_login_at} recorded on success. A refused attempt gets the same {@link BadCredentialsException} as a
 * wrong password, and its password is not even checked.
 */
final class ThrottledLoginProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AccountService accounts;

    /** @param passwords checks the password (a {@code DaoAuthenticationProvider}) */
    ThrottledLoginProvider(AuthenticationProvider passwords, LoginThrottle throttle, AccountService accounts) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = address(authentication);
        if (throttle.refusal(username, address).isPresent()) {
            throw new BadCredentialsException("Bad credentials");
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            throw e;
        }
        throttle.succeeded(username, address);
        accounts.recordLogin(UserAccount.normalise(result.getName()));
        return result;
    }

    /** The client's address (behind a trusted proxy the forwarded one, see web.TrustedProxies). */
    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
