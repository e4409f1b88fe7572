package nl.werkkracht.store.network;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code network}, {@code network_coordinator}, {@code network_member} and {@code network_consent} tables. */
final class NetworkRepository {

    private static final String COLUMNS = "n.id, n.name, n.sector_level, n.created_at";

    private static final String OF_USER =
            """
            SELECT %s FROM network n
             WHERE n.id IN (SELECT c.network_id FROM network_coordinator c JOIN app_user u ON u.id = c.user_id
                             WHERE u.username = ?)
                OR n.id IN (SELECT nm.network_id FROM network_member nm
                              JOIN organisation_member om ON om.organisation_id = nm.organisation_id
                              JOIN app_user u ON u.id = om.user_id
                             WHERE u.username = ?)
             ORDER BY n.name, n.id
            """
                    .formatted(COLUMNS);

    private static final String OF_ORGANISATION =
            """
            SELECT %s FROM network n JOIN network_member m ON m.network_id = n.id
             WHERE m.organisation_id = ? ORDER BY n.name, n.id
            """
                    .formatted(COLUMNS);

    long insert(Connection connection, String name, Network.SectorLevel level, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO network (name, sector_level, created_at) VALUES (?, ?, ?)", new String[] {"id"})) {
            insert.setString(1, name);
            insert.setString(2, level.name());
            insert.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Adds the user as coordinator; false when there is no such user. */
    boolean addCoordinator(Connection connection, long networkId, String username) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO network_coordinator (network_id, user_id) SELECT ?, id FROM app_user WHERE username = ?")) {
            insert.setLong(1, networkId);
            insert.setString(2, username);
            return insert.executeUpdate() == 1;
        }
    }

    Optional<Network> find(Connection connection, long id) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT " + COLUMNS + " FROM network n WHERE n.id = ?")) {
            select.setLong(1, id);
            return networks(select).stream().findFirst();
        }
    }

    List<Network> ofUser(Connection connection, String username) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(OF_USER)) {
            select.setString(1, username);
            select.setString(2, username);
            return networks(select);
        }
    }

    List<Network> ofOrganisation(Connection connection, long organisationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(OF_ORGANISATION)) {
            select.setLong(1, organisationId);
            return networks(select);
        }
    }

    boolean isCoordinator(Connection connection, long networkId, String username) throws SQLException {
        return count(
                        connection,
                        """
                        SELECT COUNT(*) FROM network_coordinator c JOIN app_user u ON u.id = c.user_id
                         WHERE c.network_id = ? AND u.username = ?
                        """,
                        networkId,
                        username)
                > 0;
    }

    boolean isMemberUser(Connection connection, long networkId, String username) throws SQLException {
        return count(
                        connection,
                        """
                        SELECT COUNT(*) FROM network_member nm
                          JOIN organisation_member om ON om.organisation_id = nm.organisation_id
                          JOIN app_user u ON u.id = om.user_id
                         WHERE nm.network_id = ? AND u.username = ?
                        """,
                        networkId,
                        username)
                > 0;
    }

    boolean isMember(Connection connection, long networkId, long organisationId) throws SQLException {
        return count(
                        connection,
                        "SELECT COUNT(*) FROM network_member WHERE network_id = ? AND organisation_id = ?",
                        networkId,
                        organisationId)
                > 0;
    }

    /** Inserts the membership; false when the network or organisation does not exist. */
    boolean insertMember(Connection connection, long networkId, long organisationId, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                """
                INSERT INTO network_member (network_id, organisation_id, joined_at)
                SELECT n.id, o.id, ? FROM network n, organisation o WHERE n.id = ? AND o.id = ?
                """)) {
            insert.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.setLong(2, networkId);
            insert.setLong(3, organisationId);
            return insert.executeUpdate() == 1;
        }
    }

    boolean deleteMember(Connection connection, long networkId, long organisationId) throws SQLException {
        deleteConsents(connection, networkId, organisationId);
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM network_member WHERE network_id = ? AND organisation_id = ?")) {
            delete.setLong(1, networkId);
            delete.setLong(2, organisationId);
            return delete.executeUpdate() == 1;
        }
    }

    List<Long> members(Connection connection, long networkId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT organisation_id FROM network_member WHERE network_id = ? ORDER BY organisation_id")) {
            select.setLong(1, networkId);
            return longs(select);
        }
    }

    List<String> consents(Connection connection, long networkId, long organisationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT metric FROM network_consent WHERE network_id = ? AND organisation_id = ? ORDER BY metric")) {
            select.setLong(1, networkId);
            select.setLong(2, organisationId);
            List<String> metrics = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    metrics.add(rows.getString(1));
                }
            }
            return metrics;
        }
    }

    void deleteConsents(Connection connection, long networkId, long organisationId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM network_consent WHERE network_id = ? AND organisation_id = ?")) {
            delete.setLong(1, networkId);
            delete.setLong(2, organisationId);
            delete.executeUpdate();
        }
    }

    void insertConsent(Connection connection, long networkId, long organisationId, String metric) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO network_consent (network_id, organisation_id, metric) VALUES (?, ?, ?)")) {
            insert.setLong(1, networkId);
            insert.setLong(2, organisationId);
            insert.setString(3, metric);
            insert.executeUpdate();
        }
    }

    List<Long> consenting(Connection connection, long networkId, String metric) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT organisation_id FROM network_consent WHERE network_id = ? AND metric = ? ORDER BY organisation_id")) {
            select.setLong(1, networkId);
            select.setString(2, metric);
            return longs(select);
        }
    }

    private static long count(Connection connection, String sql, long id, Object other) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, id);
            select.setObject(2, other);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static List<Long> longs(PreparedStatement select) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static List<Network> networks(PreparedStatement select) throws SQLException {
        List<Network> networks = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                networks.add(new Network(
                        rows.getLong("id"),
                        rows.getString("name"),
                        Network.SectorLevel.valueOf(rows.getString("sector_level")),
                        rows.getObject("created_at", OffsetDateTime.class).toInstant()));
            }
        }
        return networks;
    }
}
