package nl.werkkracht.store.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code api_token} table. */
final class TokenRepository {

    /** A token that authenticates: its owner, when it was last used, and whether the operator made it. */
    record Match(long tokenId, Optional<Instant> lastUsedAt, UserAccount owner, boolean operatorIssued) {}

    /** Inserts nothing when there is no such user. */
    private static final String INSERT =
            """
            INSERT INTO api_token (user_id, token_hash, name, created_at, revoked, operator_issued)
            SELECT id, ?, ?, ?, FALSE, ? FROM app_user WHERE username = ?
            """;

    private static final String SELECT =
            """
            SELECT t.id, u.username, t.name, t.created_at, t.last_used_at, t.revoked, t.operator_issued
              FROM api_token t
              JOIN app_user u ON u.id = t.user_id
            """;

    private static final String BY_HASH = SELECT + " WHERE t.token_hash = ?";

    private static final String BY_USERNAME = SELECT + " WHERE u.username = ? ORDER BY t.id";

    private static final String ALL = SELECT + " ORDER BY t.id";

    private static final String MATCH = "SELECT t.id, t.last_used_at, t.operator_issued, " + UserRepository.COLUMNS
            + """

              FROM api_token t
              JOIN app_user u ON u.id = t.user_id
             WHERE t.token_hash = ? AND t.revoked = FALSE AND u.enabled = TRUE
            """;

    private static final String TOUCH = "UPDATE api_token SET last_used_at = ? WHERE id = ?";

    private static final String REVOKE = "UPDATE api_token SET revoked = TRUE WHERE id = ? AND revoked = FALSE";

    private static final String REVOKE_OWN =
            """
            UPDATE api_token SET revoked = TRUE
             WHERE id = ? AND revoked = FALSE AND user_id IN (SELECT id FROM app_user WHERE username = ?)
            """;

    private static final String REVOKE_ALL =
            """
            UPDATE api_token SET revoked = TRUE
             WHERE revoked = FALSE AND user_id IN (SELECT id FROM app_user WHERE username = ?)
            """;

    /** The new token's information; empty when there is no such user. */
    Optional<ApiTokenInfo> insert(
            Connection connection, String username, String name, String hash, boolean operatorIssued, Instant now)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            statement.setString(1, hash);
            statement.setString(2, name);
            statement.setObject(3, UserRepository.timestamp(now));
            statement.setBoolean(4, operatorIssued);
            statement.setString(5, username);
            if (statement.executeUpdate() == 0) {
                return Optional.empty();
            }
        }
        List<ApiTokenInfo> inserted = list(connection, BY_HASH, hash);
        return Optional.of(inserted.get(0));
    }

    /** The token with this hash if it authenticates: not revoked, of an enabled user. */
    Optional<Match> match(Connection connection, String hash) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(MATCH)) {
            statement.setString(1, hash);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Match(
                        rows.getLong(1),
                        UserRepository.optionalInstant(rows, 2),
                        UserRepository.account(rows, 4),
                        rows.getBoolean(3)));
            }
        }
    }

    void touch(Connection connection, long tokenId, Instant now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(TOUCH)) {
            statement.setObject(1, UserRepository.timestamp(now));
            statement.setLong(2, tokenId);
            statement.executeUpdate();
        }
    }

    boolean revoke(Connection connection, long tokenId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(REVOKE)) {
            statement.setLong(1, tokenId);
            return statement.executeUpdate() == 1;
        }
    }

    boolean revokeOwn(Connection connection, String username, long tokenId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(REVOKE_OWN)) {
            statement.setLong(1, tokenId);
            statement.setString(2, username);
            return statement.executeUpdate() == 1;
        }
    }

    int revokeAll(Connection connection, String username) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(REVOKE_ALL)) {
            statement.setString(1, username);
            return statement.executeUpdate();
        }
    }

    /** The tokens of one user, oldest first. */
    List<ApiTokenInfo> ofUser(Connection connection, String username) throws SQLException {
        return list(connection, BY_USERNAME, username);
    }

    /** Every token, oldest first. */
    List<ApiTokenInfo> all(Connection connection) throws SQLException {
        return list(connection, ALL, null);
    }

    private static List<ApiTokenInfo> list(Connection connection, String sql, String parameter) throws SQLException {
        List<ApiTokenInfo> tokens = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tokens.add(new ApiTokenInfo(
                            rows.getLong(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getObject(4, java.time.OffsetDateTime.class).toInstant(),
                            UserRepository.optionalInstant(rows, 5),
                            rows.getBoolean(6),
                            rows.getBoolean(7)));
                }
            }
        }
        return tokens;
    }
}
