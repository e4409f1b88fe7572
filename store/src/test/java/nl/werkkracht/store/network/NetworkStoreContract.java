package nl.werkkracht.store.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.db.DatabaseConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link NetworkStore} promises on every database it supports. Every test starts with a coordinator,
 * an employer who is member of organisation {@code a}, and organisations {@code a} and {@code b}.
 */
abstract class NetworkStoreContract {

    static final Instant START = Instant.parse("2026-04-02T10:15:30.123456Z");

    protected abstract DatabaseConfig config();

    private Database database;
    private NetworkStore store;
    private long a;
    private long b;

    @BeforeEach
    void open() {
        database = Database.open(config());
        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM network");
                statement.executeUpdate("DELETE FROM organisation");
                return statement.executeUpdate("DELETE FROM app_user");
            }
        });
        insertUser("coordinator");
        long employer = insertUser("employer");
        insertUser("outsider");
        a = insertOrganisation("Installatiebedrijf A");
        b = insertOrganisation("Installatiebedrijf B");
        execute("INSERT INTO organisation_member (organisation_id, user_id, added_at) VALUES (" + a + ", " + employer
                + ", TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00')");
        store = new NetworkStore(database, Clock.fixed(START, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void shouldCreateANetworkWithItsCoordinator() {
        Network network = store.create("  Installatienetwerk Noord ", Network.SectorLevel.DIVISION, "coordinator");

        assertThat(network.name()).isEqualTo("Installatienetwerk Noord");
        assertThat(network.sectorLevel()).isEqualTo(Network.SectorLevel.DIVISION);
        assertThat(network.createdAt()).isEqualTo(START);
        assertThat(store.find(network.id())).contains(network);
        assertThat(store.isCoordinator(network.id(), "coordinator")).isTrue();
        assertThat(store.isCoordinator(network.id(), "employer")).isFalse();
        assertThat(store.ofUser("coordinator")).containsExactly(network);
        assertThat(store.ofUser("employer")).isEmpty();
    }

    @Test
    void shouldRefuseABlankNameOrUnknownCoordinator() {
        assertThatThrownBy(() -> store.create(" ", Network.SectorLevel.SECTION, "coordinator"))
                .hasMessageContaining("name");
        assertThatThrownBy(() -> store.create("Netwerk", Network.SectorLevel.SECTION, "nobody"))
                .hasMessageContaining("no user");
        assertThat(store.ofUser("nobody")).isEmpty();
    }

    @Test
    void shouldLetAnOrganisationJoinWithoutSharingAnything() {
        Network network = store.create("Netwerk", Network.SectorLevel.SECTION, "coordinator");

        assertThat(store.join(network.id(), a)).isTrue();
        assertThat(store.join(network.id(), a)).isTrue();

        assertThat(store.members(network.id())).containsExactly(a);
        assertThat(store.isMember(network.id(), a)).isTrue();
        assertThat(store.isMember(network.id(), b)).isFalse();
        assertThat(store.isMemberUser(network.id(), "employer")).isTrue();
        assertThat(store.isMemberUser(network.id(), "outsider")).isFalse();
        assertThat(store.ofUser("employer")).containsExactly(network);
        assertThat(store.ofOrganisation(a)).containsExactly(network);
        assertThat(store.consents(network.id(), a)).isEmpty();
        assertThat(store.consenting(network.id(), "absenteeism")).isEmpty();
    }

    @Test
    void shouldNotJoinAnUnknownNetworkOrOrganisation() {
        Network network = store.create("Netwerk", Network.SectorLevel.SECTION, "coordinator");

        assertThat(store.join(network.id() + 1000, a)).isFalse();
        assertThat(store.join(network.id(), a + b + 1000)).isFalse();
        assertThat(store.members(network.id())).isEmpty();
    }

    @Test
    void shouldReplaceAndWithdrawConsentsAtOnce() {
        Network network = store.create("Netwerk", Network.SectorLevel.SECTION, "coordinator");
        store.join(network.id(), a);
        store.join(network.id(), b);
        long before = store.version();

        assertThat(store.replaceConsents(network.id(), a, List.of("absenteeism", "value-added-per-hour")))
                .isTrue();
        store.replaceConsents(network.id(), b, List.of("absenteeism"));
        assertThat(store.version()).isGreaterThan(before);
        assertThat(store.consents(network.id(), a)).containsExactly("absenteeism", "value-added-per-hour");
        assertThat(store.consenting(network.id(), "absenteeism")).containsExactly(a, b);

        store.replaceConsents(network.id(), a, List.of("value-added-per-hour"));
        assertThat(store.consenting(network.id(), "absenteeism")).containsExactly(b);

        store.replaceConsents(network.id(), a, List.of());
        assertThat(store.consents(network.id(), a)).isEmpty();
        assertThat(store.consenting(network.id(), "value-added-per-hour")).isEmpty();
    }

    @Test
    void shouldRefuseConsentOfANonMember() {
        Network network = store.create("Netwerk", Network.SectorLevel.SECTION, "coordinator");

        assertThat(store.replaceConsents(network.id(), a, List.of("absenteeism")))
                .isFalse();
        assertThat(store.consents(network.id(), a)).isEmpty();
    }

    @Test
    void shouldForgetConsentsWhenLeaving() {
        Network network = store.create("Netwerk", Network.SectorLevel.SECTION, "coordinator");
        store.join(network.id(), a);
        store.replaceConsents(network.id(), a, List.of("absenteeism"));

        assertThat(store.leave(network.id(), a)).isTrue();
        assertThat(store.leave(network.id(), a)).isFalse();
        assertThat(store.members(network.id())).isEmpty();
        assertThat(store.consenting(network.id(), "absenteeism")).isEmpty();
        store.join(network.id(), a);
        assertThat(store.consents(network.id(), a)).isEmpty();
    }

    @Test
    void shouldRemoveADeletedOrganisationFromItsNetworks() {
        Network network = store.create("Netwerk", Network.SectorLevel.SECTION, "coordinator");
        store.join(network.id(), a);
        store.join(network.id(), b);
        store.replaceConsents(network.id(), a, List.of("absenteeism"));
        store.replaceConsents(network.id(), b, List.of("absenteeism"));

        execute("DELETE FROM organisation WHERE id = " + a);

        assertThat(store.members(network.id())).containsExactly(b);
        assertThat(store.consenting(network.id(), "absenteeism")).containsExactly(b);
        assertThat(count("network_consent")).isEqualTo(1);
    }

    static final String CODE = "a".repeat(64);
    static final String OTHER_CODE = "b".repeat(64);

    @Test
    void shouldLetOneOrganisationJoinWithAnOpenInvitationOnce() {
        Network network = store.create("Netwerk", Network.SectorLevel.SECTION, "coordinator");
        long id = store.invite(network.id(), CODE, "coordinator", START.plusSeconds(86_400));
        long before = store.version();

        assertThat(store.redeem(network.id(), CODE, a)).isEqualTo(NetworkStore.Redemption.JOINED);
        assertThat(store.version()).isGreaterThan(before);
        assertThat(store.redeem(network.id(), CODE, a)).isEqualTo(NetworkStore.Redemption.ALREADY_MEMBER);
        assertThat(store.redeem(network.id(), CODE, b)).isEqualTo(NetworkStore.Redemption.INVALID);
        assertThat(store.members(network.id())).containsExactly(a);
        NetworkInvitation used = store.invitations(network.id()).get(0);
        assertThat(used.id()).isEqualTo(id);
        assertThat(used.status(START)).isEqualTo(NetworkInvitation.Status.USED);
        assertThat(used.usedByOrganisation()).contains(a);
        assertThat(store.memberList(network.id()))
                .extracting(NetworkMember::name)
                .containsExactly("Installatiebedrijf A");
    }

    @Test
    void shouldRefuseAnExpiredRevokedOrForeignCode() {
        Network network = store.create("Netwerk", Network.SectorLevel.SECTION, "coordinator");
        Network other = store.create("Ander netwerk", Network.SectorLevel.SECTION, "coordinator");
        store.invite(network.id(), CODE, "coordinator", START.minusSeconds(1));
        long revoked = store.invite(network.id(), OTHER_CODE, "coordinator", START.plusSeconds(60));

        assertThat(store.revoke(network.id(), revoked)).isTrue();
        assertThat(store.revoke(network.id(), revoked)).isFalse();
        assertThat(store.redeem(network.id(), CODE, a)).isEqualTo(NetworkStore.Redemption.INVALID);
        assertThat(store.redeem(network.id(), OTHER_CODE, a)).isEqualTo(NetworkStore.Redemption.INVALID);
        assertThat(store.redeem(other.id(), OTHER_CODE, a)).isEqualTo(NetworkStore.Redemption.INVALID);
        assertThat(store.invitations(network.id()))
                .extracting(i -> i.status(START))
                .containsExactlyInAnyOrder(NetworkInvitation.Status.EXPIRED, NetworkInvitation.Status.REVOKED);
        assertThat(store.members(network.id())).isEmpty();
        assertThatThrownBy(() -> store.redeem(network.id(), "not a hash", a)).hasMessageContaining("SHA-256");
    }

    @Test
    void shouldLetACoordinatorApproveOrRejectARequest() {
        Network network = store.create("Netwerk", Network.SectorLevel.SECTION, "coordinator");

        assertThat(store.request(network.id(), a, "employer")).isTrue();
        assertThat(store.request(network.id(), a, "employer")).isTrue();
        assertThat(store.request(network.id(), b, "employer")).isTrue();
        assertThat(store.request(network.id() + 1000, a, "employer")).isFalse();
        assertThat(store.requests(network.id()))
                .extracting(JoinRequest::organisationName)
                .containsExactly("Installatiebedrijf A", "Installatiebedrijf B");
        assertThat(store.requestsOf(a)).containsExactly(network.id());

        assertThat(store.approve(network.id(), a)).isTrue();
        assertThat(store.reject(network.id(), b)).isTrue();
        assertThat(store.approve(network.id(), b)).isFalse();

        assertThat(store.members(network.id())).containsExactly(a);
        assertThat(store.requests(network.id())).isEmpty();
        assertThat(store.requestsOf(a)).isEmpty();
    }

    private void execute(String sql) {
        database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.executeUpdate(sql);
            }
        });
    }

    private long count(String table) {
        return database.inTransaction(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private long insertUser(String username) {
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    """
                    INSERT INTO app_user (username, password_hash, role, enabled, created_at)
                    VALUES (?, 'x', 'EMPLOYER', TRUE, ?)
                    """,
                    new String[] {"id"})) {
                insert.setString(1, username);
                insert.setObject(2, OffsetDateTime.ofInstant(START, ZoneOffset.UTC));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    private long insertOrganisation(String name) {
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    """
                    INSERT INTO organisation (name, sector, size_class, region, created_at)
                    VALUES (?, 'F', '10-49', 'CR22', ?)
                    """,
                    new String[] {"id"})) {
                insert.setString(1, name);
                insert.setObject(2, OffsetDateTime.ofInstant(START, ZoneOffset.UTC));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }
}
