package nl.werkkracht.store.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseConfig;
import nl.werkkracht.store.db.DatabaseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link AccountStore} promises on every database it supports. Subclasses say which database;
 * every test starts without users.
 */
abstract class AccountStoreContract {

    static final Instant START = Instant.parse("2026-03-02T09:15:30.123456Z");
    static final String HASH = "{argon2}$argon2id$v=19$m=16384,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo";
    static final String TOKEN_HASH = "a".repeat(64);
    static final String OTHER_TOKEN_HASH = "0123456789abcdef".repeat(4);

    /** The database under test. */
    protected abstract DatabaseConfig config();

    protected Database database;
    protected MutableClock clock;
    protected AccountStore store;

    @BeforeEach
    void openStore() {
        database = Database.open(config());
        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("DELETE FROM app_user");
            }
        });
        clock = new MutableClock(START);
        store = new AccountStore(database, clock);
    }

    @AfterEach
    void closeStore() {
        database.close();
    }

    @Test
    void shouldCreateAnEnabledUserThatNeverLoggedIn() {
        UserAccount created = store.createUser("analyst", HASH, Role.ANALYST);

        assertThat(created.username()).isEqualTo("analyst");
        assertThat(created.passwordHash()).isEqualTo(HASH);
        assertThat(created.role()).isEqualTo(Role.ANALYST);
        assertThat(created.enabled()).isTrue();
        assertThat(created.createdAt()).isEqualTo(START);
        assertThat(created.lastLoginAt()).isEmpty();
        assertThat(store.user("analyst")).contains(created);
        assertThat(store.hasUsers()).isTrue();
    }

    @Test
    void shouldRefuseATakenUsernameAndKeepTheFirstUser() {
        UserAccount first = store.createUser("anna", HASH, Role.ANALYST);

        assertThatThrownBy(() -> store.createUser("anna", "{noop}other", Role.ADMIN))
                .isInstanceOf(UsernameTakenException.class)
                .hasMessage("a user called anna already exists");
        assertThat(store.users()).containsExactly(first);
    }

    @Test
    void shouldRefuseAUsernameThatIsNotNormalised() {
        assertThatThrownBy(() -> store.createUser("Anna", HASH, Role.ANALYST))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("username 'Anna' is not valid");
        assertThatThrownBy(() -> store.createUser("a".repeat(65), HASH, Role.ANALYST))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.hasUsers()).isFalse();
    }

    @Test
    void shouldCreateTheFirstUserOnlyWhenThereIsNone() {
        Optional<UserAccount> first = store.createFirstUser("admin", HASH, Role.ADMIN);
        Optional<UserAccount> second = store.createFirstUser("root", HASH, Role.ADMIN);

        assertThat(first).get().extracting(UserAccount::role).isEqualTo(Role.ADMIN);
        assertThat(second).isEmpty();
        assertThat(store.users()).extracting(UserAccount::username).containsExactly("admin");
    }

    @Test
    void shouldListUsersByUsernameWhateverTheCollation() {
        for (String name : List.of("b", "a.z", "ab", "a-b", "a_c", "10", "9")) {
            store.createUser(name, HASH, Role.EMPLOYER);
        }

        assertThat(store.users())
                .extracting(UserAccount::username)
                .containsExactly("10", "9", "a-b", "a.z", "a_c", "ab", "b");
    }

    @Test
    void shouldChangeRoleStatusAndPasswordOfOneUser() {
        store.createUser("anna", HASH, Role.ANALYST);
        store.createUser("bert", HASH, Role.ANALYST);

        assertThat(store.setRole("anna", Role.ADMIN)).isTrue();
        assertThat(store.setEnabled("anna", false)).isTrue();
        assertThat(store.changePasswordHash("anna", "{argon2}new")).isTrue();

        UserAccount anna = store.user("anna").orElseThrow();
        assertThat(anna.role()).isEqualTo(Role.ADMIN);
        assertThat(anna.enabled()).isFalse();
        assertThat(anna.passwordHash()).isEqualTo("{argon2}new");
        UserAccount bert = store.user("bert").orElseThrow();
        assertThat(bert.role()).isEqualTo(Role.ANALYST);
        assertThat(bert.enabled()).isTrue();
        assertThat(bert.passwordHash()).isEqualTo(HASH);
        assertThat(store.setEnabled("anna", true)).isTrue();
        assertThat(store.user("anna")).get().extracting(UserAccount::enabled).isEqualTo(true);
    }

    @Test
    void shouldSayWhenThereIsNoSuchUserToChange() {
        assertThat(store.setRole("nobody", Role.ADMIN)).isFalse();
        assertThat(store.setEnabled("nobody", false)).isFalse();
        assertThat(store.changePasswordHash("nobody", HASH)).isFalse();
        assertThat(store.recordLogin("nobody")).isFalse();
        assertThat(store.user("nobody")).isEmpty();
    }

    @Test
    void shouldRecordTheLastLogin() {
        store.createUser("anna", HASH, Role.ANALYST);
        clock.advance(Duration.ofHours(2));

        assertThat(store.recordLogin("anna")).isTrue();

        assertThat(store.user("anna").orElseThrow().lastLoginAt()).contains(START.plus(Duration.ofHours(2)));
    }

    @Test
    void shouldKeepOnlyTheHashOfAToken() {
        store.createUser("anna", HASH, Role.ANALYST);

        ApiTokenInfo token =
                store.createToken("anna", "import script", TOKEN_HASH).orElseThrow();

        assertThat(token.username()).isEqualTo("anna");
        assertThat(token.name()).isEqualTo("import script");
        assertThat(token.createdAt()).isEqualTo(START);
        assertThat(token.lastUsedAt()).isEmpty();
        assertThat(token.revoked()).isFalse();
        assertThat(storedTokenHashes()).containsExactly(TOKEN_HASH);
        assertThat(store.tokens("anna")).containsExactly(token);
    }

    @Test
    void shouldCreateNoTokenForAUserThatDoesNotExist() {
        assertThat(store.createToken("nobody", "script", TOKEN_HASH)).isEmpty();
        assertThat(store.tokens()).isEmpty();
    }

    @Test
    void shouldRefuseSomethingThatIsNotASha256AsTokenHash() {
        store.createUser("anna", HASH, Role.ANALYST);

        assertThatThrownBy(() -> store.createToken("anna", "script", "wk_plaintexttoken"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64 lower-case hex digits");
        assertThatThrownBy(() -> store.createToken("anna", " ", TOKEN_HASH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.tokens()).isEmpty();
        assertThat(store.userByTokenHash("wk_plaintexttoken")).isEmpty();
    }

    @Test
    void shouldFindTheOwnerOfAnActiveToken() {
        UserAccount anna = store.createUser("anna", HASH, Role.ANALYST);
        store.createToken("anna", "script", TOKEN_HASH);

        assertThat(store.userByTokenHash(TOKEN_HASH)).contains(anna);
        assertThat(store.userByTokenHash(OTHER_TOKEN_HASH)).isEmpty();
    }

    @Test
    void shouldRememberThatAUserMustChooseTheirOwnPassword() {
        store.createUser("anna", HASH, Role.EMPLOYER);
        assertThat(store.passwordChangeRequired("anna")).isFalse();

        assertThat(store.setPasswordChangeRequired("anna", true)).isTrue();
        assertThat(store.passwordChangeRequired("anna")).isTrue();
        assertThat(store.setPasswordChangeRequired("anna", false)).isTrue();
        assertThat(store.passwordChangeRequired("anna")).isFalse();
        assertThat(store.setPasswordChangeRequired("nobody", true)).isFalse();
        assertThat(store.passwordChangeRequired("nobody")).isFalse();
    }

    @Test
    void shouldSayWhetherTheOperatorMadeAToken() {
        UserAccount anna = store.createUser("anna", HASH, Role.ANALYST);
        ApiTokenInfo own = store.createToken("anna", "script", TOKEN_HASH).orElseThrow();
        ApiTokenInfo operators =
                store.createToken("anna", "cli", OTHER_TOKEN_HASH, true).orElseThrow();

        assertThat(own.operatorIssued()).isFalse();
        assertThat(operators.operatorIssued()).isTrue();
        assertThat(store.holderByTokenHash(TOKEN_HASH)).contains(new TokenHolder(anna, false));
        assertThat(store.holderByTokenHash(OTHER_TOKEN_HASH)).contains(new TokenHolder(anna, true));
        assertThat(store.tokens("anna"))
                .extracting(ApiTokenInfo::operatorIssued)
                .containsExactly(false, true);
    }

    @Test
    void shouldNotAuthenticateARevokedTokenOrADisabledUser() {
        store.createUser("anna", HASH, Role.ANALYST);
        store.createUser("bert", HASH, Role.ANALYST);
        long annas =
                store.createToken("anna", "script", TOKEN_HASH).orElseThrow().id();
        store.createToken("bert", "script", OTHER_TOKEN_HASH);

        assertThat(store.revokeToken(annas)).isTrue();
        assertThat(store.revokeToken(annas)).isFalse();
        store.setEnabled("bert", false);

        assertThat(store.userByTokenHash(TOKEN_HASH)).isEmpty();
        assertThat(store.userByTokenHash(OTHER_TOKEN_HASH)).isEmpty();
        assertThat(store.tokens("anna"))
                .singleElement()
                .extracting(ApiTokenInfo::revoked)
                .isEqualTo(true);
        store.setEnabled("bert", true);
        assertThat(store.userByTokenHash(OTHER_TOKEN_HASH)).isPresent();
    }

    @Test
    void shouldRecordTokenUseAtMostOncePerMinute() {
        store.createUser("anna", HASH, Role.ANALYST);
        store.createToken("anna", "script", TOKEN_HASH);

        store.userByTokenHash(TOKEN_HASH);
        clock.advance(Duration.ofSeconds(30));
        store.userByTokenHash(TOKEN_HASH);
        Optional<Instant> afterThirtySeconds = store.tokens("anna").get(0).lastUsedAt();
        clock.advance(Duration.ofSeconds(31));
        store.userByTokenHash(TOKEN_HASH);

        assertThat(afterThirtySeconds).contains(START);
        assertThat(store.tokens("anna").get(0).lastUsedAt()).contains(START.plusSeconds(61));
    }

    @Test
    void shouldLetAUserRevokeOnlyTheirOwnTokens() {
        store.createUser("anna", HASH, Role.ANALYST);
        store.createUser("bert", HASH, Role.ANALYST);
        long annas =
                store.createToken("anna", "script", TOKEN_HASH).orElseThrow().id();

        assertThat(store.revokeToken("bert", annas)).isFalse();
        assertThat(store.userByTokenHash(TOKEN_HASH)).isPresent();
        assertThat(store.revokeToken("anna", annas)).isTrue();
        assertThat(store.userByTokenHash(TOKEN_HASH)).isEmpty();
    }

    @Test
    void shouldRevokeEveryActiveTokenOfOneUser() {
        store.createUser("anna", HASH, Role.ANALYST);
        store.createUser("bert", HASH, Role.ANALYST);
        store.createToken("anna", "one", TOKEN_HASH);
        store.createToken("anna", "two", "b".repeat(64));
        store.createToken("bert", "three", OTHER_TOKEN_HASH);

        assertThat(store.revokeTokens("anna")).isEqualTo(2);
        assertThat(store.revokeTokens("anna")).isZero();

        assertThat(store.tokens()).extracting(ApiTokenInfo::name).containsExactly("one", "two", "three");
        assertThat(store.tokens()).extracting(ApiTokenInfo::revoked).containsExactly(true, true, false);
        assertThat(store.userByTokenHash(OTHER_TOKEN_HASH)).isPresent();
    }

    @Test
    void shouldDeleteTokensWithTheirUser() {
        store.createUser("anna", HASH, Role.ANALYST);
        store.createToken("anna", "script", TOKEN_HASH);

        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate("DELETE FROM app_user WHERE username = 'anna'");
            }
        });

        assertThat(store.tokens()).isEmpty();
        assertThat(storedTokenHashes()).isEmpty();
    }

    @Test
    void shouldRefuseAnUnknownRoleEvenThroughRawSql() {
        assertThatThrownBy(() -> database.inTransaction(connection -> {
                    try (PreparedStatement statement = connection.prepareStatement(
                            """
                            INSERT INTO app_user (username, password_hash, role, enabled, created_at)
                            VALUES ('eve', 'x', 'ROOT', TRUE, CURRENT_TIMESTAMP)
                            """)) {
                        return statement.executeUpdate();
                    }
                }))
                .isInstanceOf(DatabaseException.class);
        assertThat(store.hasUsers()).isFalse();
    }

    @Test
    void shouldNeverShowThePasswordHash() {
        UserAccount anna = store.createUser("anna", HASH, Role.ANALYST);

        assertThat(anna.toString()).contains("anna").doesNotContain(HASH).doesNotContain("argon2");
    }

    private List<String> storedTokenHashes() {
        return database.inTransaction(connection -> {
            List<String> hashes = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT token_hash FROM api_token")) {
                while (rows.next()) {
                    hashes.add(rows.getString(1));
                }
            }
            return hashes;
        });
    }
}
