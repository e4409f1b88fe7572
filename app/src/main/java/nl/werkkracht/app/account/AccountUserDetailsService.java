package nl.werkkracht.app.account;

import java.util.List;
import nl.werkkracht.store.account.AccountStore;
import nl.werkkracht.store.account.Role;
import nl.werkkracht.store.account.UserAccount;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The users of the login form, from the database: the username as typed is normalised, the role
 * becomes the authority {@code ROLE_<ROLE>}, a disabled user is disabled. Also stores a re-hashed
 * password when Spring Security upgrades an old hash at login.
 */
final class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final AccountStore store;

    AccountUserDetailsService(AccountStore store) {
        this.store = store;
    }

    /** The authorities of a role: {@code ROLE_ADMIN} etc., as {@code hasRole("ADMIN")} expects. */
    static List<GrantedAuthority> authorities(Role role) {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String normalised = UserAccount.normalise(username == null ? "" : username);
        UserAccount account = store.user(normalised).orElseThrow(() -> new UsernameNotFoundException("no such user"));
        List<GrantedAuthority> authorities = new java.util.ArrayList<>(authorities(account.role()));
        if (store.passwordChangeRequired(account.username())) {
            authorities.add(PasswordChangeGate.REQUIRED);
        }
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(authorities)
                .disabled(!account.enabled())
                .build();
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        store.changePasswordHash(user.getUsername(), newPassword);
        return User.withUserDetails(user).password(newPassword).build();
    }
}
