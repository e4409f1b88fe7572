package nl.werkkracht.app.account;

import nl.werkkracht.store.account.UserAccount;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Username and password login with the {@link LoginAttempts} limit, and {@code last_login_at} recorded
 * on success. A locked username gets the same {@link BadCredentialsException} as a wrong password, and
 * its password is not even checked.
 */
final class ThrottledLoginProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final LoginAttempts attempts;
    private final AccountService accounts;

    /** @param passwords checks the password (a {@code DaoAuthenticationProvider}) */
    ThrottledLoginProvider(AuthenticationProvider passwords, LoginAttempts attempts, AccountService accounts) {
        this.passwords = passwords;
        this.attempts = attempts;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        if (attempts.isLocked(username)) {
            throw new BadCredentialsException("Bad credentials");
        }
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (AuthenticationException e) {
            attempts.failed(username);
            throw e;
        }
        attempts.succeeded(username);
        accounts.recordLogin(UserAccount.normalise(result.getName()));
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
