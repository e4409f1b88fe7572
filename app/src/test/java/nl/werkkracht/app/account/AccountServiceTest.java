package nl.werkkracht.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import nl.werkkracht.app.account.AccountException.Reason;
import nl.werkkracht.store.account.AccountStore;
import nl.werkkracht.store.account.Role;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseConfig;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The account use cases on an embedded database of their own. */
class AccountServiceTest {

    private static final Optional<String> PASSWORD = Optional.of("correct horse battery");

    @TempDir
    Path dataDir;

    private Database database;
    private AccountService accounts;

    @BeforeEach
    void open() {
        database = Database.open(DatabaseConfig.embedded(dataDir));
        accounts = AccountService.withDefaultHashing(new AccountStore(database));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void shouldNormaliseTheUsernameAsTyped() {
        CreatedUser created = accounts.createUser("  Anna.Jansen ", Role.ANALYST, PASSWORD);

        assertThat(created.user().username()).isEqualTo("anna.jansen");
        assertThat(created.generatedPassword()).isEmpty();
        assertThat(accounts.user("ANNA.JANSEN")).isPresent();
        assertRefused(() -> accounts.createUser("anna.jansen", Role.ADMIN, PASSWORD), Reason.USERNAME_TAKEN);
        assertRefused(() -> accounts.createUser("anna jansen", Role.ADMIN, PASSWORD), Reason.INVALID_USERNAME);
    }

    @Test
    void shouldCreateTheFirstAdministratorOnlyOnAnEmptyDatabase() {
        assertRefused(() -> accounts.createFirstAdministrator("x", Optional.of("short")), Reason.WEAK_PASSWORD);
        Optional<CreatedUser> first = accounts.createFirstAdministrator("admin", Optional.empty());
        Optional<CreatedUser> second = accounts.createFirstAdministrator("other", PASSWORD);

        assertThat(first).get().satisfies(admin -> {
            assertThat(admin.user().role()).isEqualTo(Role.ADMIN);
            assertThat(admin.generatedPassword()).get().asString().hasSize(24);
            assertThat(admin.toString())
                    .doesNotContain(admin.generatedPassword().get());
        });
        assertThat(second).isEmpty();
        assertThat(accounts.users()).extracting(u -> u.username()).containsExactly("admin");
    }

    @Test
    void shouldNeverLeaveThePlatformWithoutAnEnabledAdministrator() {
        accounts.createUser("root", Role.ADMIN, PASSWORD);

        assertRefused(() -> accounts.setEnabled("root", false), Reason.LAST_ADMINISTRATOR);
        assertRefused(() -> accounts.changeRole("root", Role.ANALYST), Reason.LAST_ADMINISTRATOR);
        accounts.createUser("deputy", Role.ADMIN, PASSWORD);
        accounts.setEnabled("root", false);
        assertRefused(() -> accounts.changeRole("deputy", Role.ANALYST), Reason.LAST_ADMINISTRATOR);
        accounts.setEnabled("root", true);
        accounts.changeRole("deputy", Role.ANALYST);

        assertThat(accounts.user("deputy").orElseThrow().role()).isEqualTo(Role.ANALYST);
    }

    @Test
    void shouldLetADisabledAdministratorBeDemoted() {
        accounts.createUser("root", Role.ADMIN, PASSWORD);
        accounts.createUser("old", Role.ADMIN, PASSWORD);
        accounts.setEnabled("old", false);

        accounts.changeRole("old", Role.EMPLOYER);

        assertThat(accounts.user("old").orElseThrow().role()).isEqualTo(Role.EMPLOYER);
    }

    @Test
    void shouldAuthenticateOnlyIssuedActiveTokensOfEnabledUsers() {
        accounts.createUser("anna", Role.ANALYST, PASSWORD);
        IssuedToken issued = accounts.issueToken("anna", "  import script ");

        assertThat(issued.info().name()).isEqualTo("import script");
        assertThat(accounts.authenticateToken(issued.token()))
                .get()
                .extracting(u -> u.username())
                .isEqualTo("anna");
        assertThat(accounts.authenticateToken(ApiTokens.generate())).isEmpty();
        assertThat(accounts.authenticateToken(ApiTokens.hash(issued.token()))).isEmpty();
        assertThat(accounts.revokeOwnToken("anna", issued.info().id())).isTrue();
        assertThat(accounts.authenticateToken(issued.token())).isEmpty();
    }

    @Test
    void shouldIssueNoTokenForAnUnknownOrDisabledUserOrWithoutAName() {
        accounts.createUser("anna", Role.ANALYST, PASSWORD);
        accounts.createUser("bert", Role.ANALYST, PASSWORD);
        accounts.setEnabled("bert", false);

        assertRefused(() -> accounts.issueToken("nobody", "x"), Reason.UNKNOWN_USER);
        assertRefused(() -> accounts.issueToken("bert", "x"), Reason.USER_DISABLED);
        assertRefused(() -> accounts.issueToken("anna", " "), Reason.INVALID_TOKEN_NAME);
        assertRefused(() -> accounts.issueToken("anna", "x".repeat(101)), Reason.INVALID_TOKEN_NAME);
        assertThat(accounts.allTokens()).isEmpty();
    }

    @Test
    void shouldChangeAPasswordOnlyWithTheCurrentOne() {
        accounts.createUser("anna", Role.ANALYST, PASSWORD);
        String before = accounts.user("anna").orElseThrow().passwordHash();

        assertRefused(
                () -> accounts.changePassword("anna", "wrong password", "a new long password"), Reason.WRONG_PASSWORD);
        assertRefused(() -> accounts.changePassword("anna", PASSWORD.get(), "short"), Reason.WEAK_PASSWORD);
        assertThat(accounts.user("anna").orElseThrow().passwordHash()).isEqualTo(before);
        accounts.changePassword("anna", PASSWORD.get(), "a new long password");

        String after = accounts.user("anna").orElseThrow().passwordHash();
        assertThat(after).isNotEqualTo(before).startsWith("{argon2}");
        assertThat(Passwords.encoder().matches("a new long password", after)).isTrue();
    }

    private static void assertRefused(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AccountException.class, e -> assertThat(e.reason())
                .isEqualTo(reason));
    }
}
