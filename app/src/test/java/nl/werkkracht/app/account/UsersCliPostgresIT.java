package nl.werkkracht.app.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.werkkracht.store.account.AccountStore;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.PostgresTestSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code ./werkkracht users} on PostgreSQL (WERKKRACHT_DB_URL): the accounts the CLI makes authenticate. */
class UsersCliPostgresIT {

    @RegisterExtension
    static final PostgresTestSchema POSTGRES = new PostgresTestSchema();

    private static Map<String, String> env() {
        return POSTGRES.environment();
    }

    @Test
    void shouldAddUsersAndIssueTokensOnPostgres() {
        Cli add = Cli.run(
                env(), "pg password 2026\n", "users", "add", "PG-Anna", "--role", "ANALYST", "--password-stdin");
        Cli generated = Cli.run(env(), "", "users", "add", "pg-bert", "--role", "ADMIN");
        Cli token = Cli.run(env(), "", "users", "token", "pg-anna", "--name", "nightly import");
        Cli taken = Cli.run(env(), "", "users", "add", "pg-anna", "--role", "ADMIN");
        Cli list = Cli.run(env(), "", "users", "list");

        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(generated.exitCode()).as(generated.err()).isZero();
        assertThat(token.exitCode()).as(token.err()).isZero();
        assertThat(taken.exitCode()).isEqualTo(1);
        assertThat(taken.err()).isEqualTo("werkkracht: a user called pg-anna already exists\n");
        assertThat(list.out())
                .contains("pg-anna")
                .contains("pg-bert")
                .contains("ANALYST")
                .contains("never");
        try (Database database = Database.open(POSTGRES.config())) {
            AccountService accounts = AccountService.withDefaultHashing(new AccountStore(database));
            assertThat(accounts.authenticateToken(token.out().strip()))
                    .get()
                    .extracting(u -> u.username())
                    .isEqualTo("pg-anna");
            assertThat(accounts.tokens("pg-anna"))
                    .singleElement()
                    .extracting(t -> t.name())
                    .isEqualTo("nightly import");
            String generatedPassword = generated.out().lines().toList().get(2);
            assertThat(Passwords.encoder()
                            .matches(
                                    generatedPassword,
                                    accounts.user("pg-bert").orElseThrow().passwordHash()))
                    .isTrue();
            assertThat(Passwords.encoder()
                            .matches(
                                    "pg password 2026",
                                    accounts.user("pg-anna").orElseThrow().passwordHash()))
                    .isTrue();
        }
    }
}
