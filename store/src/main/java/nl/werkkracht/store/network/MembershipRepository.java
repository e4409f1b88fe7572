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

/** The {@code network_invitation} and {@code network_join_request} tables, and the member list with names. */
final class MembershipRepository {

    private static final String INVITATION_COLUMNS =
            "id, network_id, created_by, created_at, expires_at, used_at, used_by_organisation_id, revoked_at";

    long insertInvitation(
            Connection connection, long networkId, String codeHash, String createdBy, Instant now, Instant expiresAt)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                """
                INSERT INTO network_invitation (network_id, code_hash, created_by, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?)
                """,
                new String[] {"id"})) {
            insert.setLong(1, networkId);
            insert.setString(2, codeHash);
            insert.setString(3, createdBy);
            insert.setObject(4, timestamp(now));
            insert.setObject(5, timestamp(expiresAt));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    List<NetworkInvitation> invitations(Connection connection, long networkId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + INVITATION_COLUMNS
                + " FROM network_invitation WHERE network_id = ? ORDER BY created_at DESC, id DESC")) {
            select.setLong(1, networkId);
            List<NetworkInvitation> invitations = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    invitations.add(new NetworkInvitation(
                            rows.getLong(1),
                            rows.getLong(2),
                            rows.getString(3),
                            instant(rows, 4).orElseThrow(),
                            instant(rows, 5).orElseThrow(),
                            instant(rows, 6),
                            Optional.ofNullable(rows.getObject(7, Long.class)),
                            instant(rows, 8)));
                }
            }
            return invitations;
        }
    }

    /** Revokes an open invitation; false when there is none with that id in the network. */
    boolean revoke(Connection connection, long networkId, long invitationId, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                """
                UPDATE network_invitation SET revoked_at = ?
                 WHERE id = ? AND network_id = ? AND used_at IS NULL AND revoked_at IS NULL
                """)) {
            update.setObject(1, timestamp(now));
            update.setLong(2, invitationId);
            update.setLong(3, networkId);
            return update.executeUpdate() == 1;
        }
    }

    /** Marks an open, unexpired invitation as used by the organisation; false when the code is not one. */
    boolean use(Connection connection, long networkId, String codeHash, long organisationId, Instant now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                """
                UPDATE network_invitation SET used_at = ?, used_by_organisation_id = ?
                 WHERE network_id = ? AND code_hash = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ?
                """)) {
            update.setObject(1, timestamp(now));
            update.setLong(2, organisationId);
            update.setLong(3, networkId);
            update.setString(4, codeHash);
            update.setObject(5, timestamp(now));
            return update.executeUpdate() == 1;
        }
    }

    /** Records a request (once); false when the network or organisation does not exist. */
    boolean insertRequest(Connection connection, long networkId, long organisationId, String username, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                """
                INSERT INTO network_join_request (network_id, organisation_id, requested_by, requested_at)
                SELECT n.id, o.id, ?, ? FROM network n, organisation o
                 WHERE n.id = ? AND o.id = ?
                   AND NOT EXISTS (SELECT 1 FROM network_join_request r WHERE r.network_id = n.id AND r.organisation_id = o.id)
                """)) {
            insert.setString(1, username);
            insert.setObject(2, timestamp(now));
            insert.setLong(3, networkId);
            insert.setLong(4, organisationId);
            return insert.executeUpdate() == 1 || requested(connection, networkId, organisationId);
        }
    }

    boolean requested(Connection connection, long networkId, long organisationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) FROM network_join_request WHERE network_id = ? AND organisation_id = ?")) {
            select.setLong(1, networkId);
            select.setLong(2, organisationId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    boolean deleteRequest(Connection connection, long networkId, long organisationId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM network_join_request WHERE network_id = ? AND organisation_id = ?")) {
            delete.setLong(1, networkId);
            delete.setLong(2, organisationId);
            return delete.executeUpdate() == 1;
        }
    }

    List<JoinRequest> requests(Connection connection, long networkId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                """
                SELECT r.network_id, r.organisation_id, o.name, o.kvk_number, r.requested_by, r.requested_at
                  FROM network_join_request r JOIN organisation o ON o.id = r.organisation_id
                 WHERE r.network_id = ? ORDER BY r.requested_at, r.organisation_id
                """)) {
            select.setLong(1, networkId);
            List<JoinRequest> requests = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    requests.add(new JoinRequest(
                            rows.getLong(1),
                            rows.getLong(2),
                            rows.getString(3),
                            Optional.ofNullable(rows.getString(4)),
                            rows.getString(5),
                            instant(rows, 6).orElseThrow()));
                }
            }
            return requests;
        }
    }

    /** The networks the organisation asked to join and is waiting for. */
    List<Long> requestsOf(Connection connection, long organisationId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT network_id FROM network_join_request WHERE organisation_id = ? ORDER BY network_id")) {
            select.setLong(1, organisationId);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    List<NetworkMember> members(Connection connection, long networkId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                """
                SELECT o.id, o.name, o.kvk_number, m.joined_at
                  FROM network_member m JOIN organisation o ON o.id = m.organisation_id
                 WHERE m.network_id = ? ORDER BY o.name, o.id
                """)) {
            select.setLong(1, networkId);
            List<NetworkMember> members = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    members.add(new NetworkMember(
                            rows.getLong(1),
                            rows.getString(2),
                            Optional.ofNullable(rows.getString(3)),
                            instant(rows, 4).orElseThrow()));
                }
            }
            return members;
        }
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Optional<Instant> instant(ResultSet rows, int column) throws SQLException {
        return Optional.ofNullable(rows.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
