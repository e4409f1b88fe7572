package nl.werkkracht.store.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.werkkracht.store.account.AccountStore;
import nl.werkkracht.store.account.MutableClock;
import nl.werkkracht.store.account.Role;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link SupportAccessStore} promises on every database; each test starts empty. */
abstract class SupportAccessStoreContract {

    protected abstract DatabaseConfig config();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private Database database;
    private OrganisationStore organisations;
    private SupportAccessStore support;
    private long organisation;

    @BeforeEach
    void open() {
        database = Database.open(config());
        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM organisation");
                return statement.executeUpdate("DELETE FROM app_user");
            }
        });
        new AccountStore(database).createUser("employer", OrganisationStoreContract.HASH, Role.EMPLOYER);
        organisations = new OrganisationStore(database);
        support = new SupportAccessStore(database, clock);
        organisation = organisations
                .create(OrganisationStoreContract.profile("Bakkerij De Korf (verzonnen)"), "employer")
                .id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void shouldGrantForAPeriodThatEndsByItself() {
        SupportGrant grant =
                support.grant(organisation, "employer", Duration.ofDays(7)).orElseThrow();
        assertThat(grant.organisationName()).isEqualTo("Bakkerij De Korf (verzonnen)");
        assertThat(grant.grantedBy()).isEqualTo("employer");
        assertThat(grant.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
        assertThat(support.active(organisation)).contains(grant);
        assertThat(support.active()).containsExactly(grant);

        clock.advance(Duration.ofDays(7).minusSeconds(1));
        assertThat(support.active(organisation)).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(support.active(organisation)).as("ended at expiresAt").isEmpty();
        assertThat(support.active()).isEmpty();
        assertThat(support.revoke(organisation)).as("nothing left to revoke").isFalse();
    }

    @Test
    void shouldReplaceAnEarlierGrantAndRevokeAtOnce() {
        support.grant(organisation, "employer", Duration.ofDays(30));
        SupportGrant shorter =
                support.grant(organisation, "employer", Duration.ofHours(2)).orElseThrow();
        assertThat(support.active()).containsExactly(shorter);
        assertThat(support.revoke(organisation)).isTrue();
        assertThat(support.active(organisation)).isEmpty();
    }

    @Test
    void shouldGrantNothingForAnUnknownOrganisationOrWithoutAPeriod() {
        assertThat(support.grant(organisation + 1000, "employer", Duration.ofDays(1)))
                .isEqualTo(Optional.empty());
        assertThatThrownBy(() -> support.grant(organisation, "employer", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldBeDeletedWithTheOrganisation() {
        support.grant(organisation, "employer", Duration.ofDays(1));
        organisations.delete(organisation);
        assertThat(support.active()).isEmpty();
        long rows = database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement();
                    var result = statement.executeQuery("SELECT COUNT(*) FROM support_access")) {
                result.next();
                return result.getLong(1);
            }
        });
        assertThat(rows).isZero();
    }
}
