package nl.werkkracht.app.account;

import java.time.Clock;
import nl.werkkracht.app.platform.Platform;
import nl.werkkracht.store.account.AccountStore;
import nl.werkkracht.store.account.LoginThrottleStore;
import nl.werkkracht.store.db.Database;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts as Spring beans: the store of the platform's database, Argon2 password hashing, the users of
 * the login form (a {@code UserDetailsService}, so Spring Boot generates no password of its own), the
 * login limit, and the first administrator ({@code werkkracht.admin.user} / {@code .password}, from
 * {@code WERKKRACHT_ADMIN_USER} / {@code WERKKRACHT_ADMIN_PASSWORD}).
 */
@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    @Bean
    AccountStore accountStore(Platform platform) {
        return platform.accounts();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return Passwords.encoder();
    }

    @Bean
    AccountService accountService(AccountStore store, PasswordEncoder encoder) {
        return new AccountService(store, encoder);
    }

    @Bean
    AccountUserDetailsService userDetailsService(AccountStore store) {
        return new AccountUserDetailsService(store);
    }

    @Bean
    LoginThrottle loginThrottle(Database database) {
        return new LoginThrottle(new LoginThrottleStore(database), Clock.systemUTC());
    }

    @Bean
    AccountSecurity accountSecurity(
            AccountService accounts, AccountUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        return new AccountSecurity(accounts, users, encoder, throttle);
    }

    @Bean
    FirstAdministrator firstAdministrator(
            AccountService accounts,
            @Value("${werkkracht.admin.user}") String username,
            @Value("${werkkracht.admin.password}") String password) {
        return new FirstAdministrator(accounts, username, password);
    }
}
