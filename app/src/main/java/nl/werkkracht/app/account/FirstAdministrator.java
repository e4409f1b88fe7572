package nl.werkkracht.app.account;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Makes sure a fresh installation can be administered: at the first start, when there is no user at
 * all, creates the administrator {@code WERKKRACHT_ADMIN_USER} (default {@code admin}) with the password
 * {@code WERKKRACHT_ADMIN_PASSWORD}. Without that variable a random password is generated and written
 * once to the log, at WARN level so that it shows with any log configuration; it is stored only as a
 * hash and cannot be shown again. Runs before the web server accepts requests.
 */
final class FirstAdministrator implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountService accounts;
    private final String username;
    private final Optional<String> password;

    /** @param password empty or blank to generate one */
    FirstAdministrator(AccountService accounts, String username, String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password == null || password.isEmpty() ? Optional.empty() : Optional.of(password);
    }

    @Override
    public void afterSingletonsInstantiated() {
        Optional<CreatedUser> created;
        try {
            created = accounts.createFirstAdministrator(username, password);
        } catch (AccountException e) {
            throw new IllegalStateException(
                    "cannot create the first administrator from WERKKRACHT_ADMIN_USER / WERKKRACHT_ADMIN_PASSWORD: "
                            + e.getMessage(),
                    e);
        }
        created.ifPresent(this::announce);
    }

    private void announce(CreatedUser admin) {
        String name = admin.user().username();
        if (admin.generatedPassword().isEmpty()) {
            LOG.warn(
                    "First start: created the administrator '{}' with the password from WERKKRACHT_ADMIN_PASSWORD.",
                    name);
            return;
        }
        LOG.warn(
                """

                ==========================================================================================
                First start: created the administrator '{}' with this ONE-TIME PASSWORD:

                    {}

                It is shown only this once and stored only as a hash. Log in at /login and change it at
                /account/password. To choose the password yourself, set WERKKRACHT_ADMIN_PASSWORD before
                the first start (on an empty database).
                ==========================================================================================""",
                name,
                admin.generatedPassword().get());
    }
}
