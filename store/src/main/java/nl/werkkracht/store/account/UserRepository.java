package nl.werkkracht.store.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The {@code app_user} table. */
final class UserRepository {

    /** The columns {@link #account} reads, in its order. */
    static final String COLUMNS = "u.id, u.username, u.password_hash, u.role, u.enabled, u.created_at, u.last_login_at";

    private static final String INSERT =
            """
            INSERT INTO app_user (username, password_hash, role, enabled, created_at)
            VALUES (?, ?, ?, TRUE, ?)
            """;

    /** Inserts only into an empty table, so that two first starts cannot both create a first user. */
    private static final String INSERT_FIRST =
            """
            INSERT INTO app_user (username, password_hash, role, enabled, created_at)
            SELECT ?, ?, ?, TRUE, ? WHERE NOT EXISTS (SELECT 1 FROM app_user)
            """;

    private static final String SELECT = "SELECT " + COLUMNS + " FROM app_user u";

    private static final String BY_USERNAME = SELECT + " WHERE u.username = ?";

    private static final String EXISTS = "SELECT COUNT(*) FROM app_user";

    /** Filled in with the column to set. */
    private static final String UPDATE = "UPDATE app_user SET %s = ? WHERE username = ?";

    /** SQLSTATE of a unique constraint violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** @throws UsernameTakenException when the username is taken */
    void insert(Connection connection, String username, String passwordHash, Role role, Instant now)
            throws SQLException {
        try {
            write(connection, INSERT, username, passwordHash, role, now);
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new UsernameTakenException(username);
            }
            throw e;
        }
    }

    /** Inserts the user when the table is empty; false when it is not (or another first start won). */
    boolean insertFirst(Connection connection, String username, String passwordHash, Role role, Instant now)
            throws SQLException {
        try {
            return write(connection, INSERT_FIRST, username, passwordHash, role, now) == 1;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private static int write(
            Connection connection, String sql, String username, String passwordHash, Role role, Instant now)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, username);
            statement.setString(2, passwordHash);
            statement.setString(3, role.name());
            statement.setObject(4, timestamp(now));
            return statement.executeUpdate();
        }
    }

    boolean any(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(EXISTS);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }

    Optional<UserAccount> find(Connection connection, String username) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(BY_USERNAME)) {
            statement.setString(1, username);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(account(rows, 1)) : Optional.empty();
            }
        }
    }

    /**
     * Every user, ordered by username. Sorted in Java, because H2 and PostgreSQL order text by different
     * collations (ADR 4).
     */
    List<UserAccount> all(Connection connection) throws SQLException {
        List<UserAccount> users = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SELECT);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                users.add(account(rows, 1));
            }
        }
        users.sort(Comparator.comparing(UserAccount::username));
        return users;
    }

    /** Sets one column of one user; false when there is no such user. */
    boolean update(Connection connection, String column, Object value, String username) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(UPDATE.formatted(column))) {
            statement.setObject(1, value instanceof Instant instant ? timestamp(instant) : value);
            statement.setString(2, username);
            return statement.executeUpdate() == 1;
        }
    }

    /** The user in the {@link #COLUMNS} of {@code rows} from column {@code first} on. */
    static UserAccount account(ResultSet rows, int first) throws SQLException {
        return new UserAccount(
                rows.getLong(first),
                rows.getString(first + 1),
                rows.getString(first + 2),
                Role.valueOf(rows.getString(first + 3)),
                rows.getBoolean(first + 4),
                rows.getObject(first + 5, OffsetDateTime.class).toInstant(),
                optionalInstant(rows, first + 6));
    }

    static Optional<Instant> optionalInstant(ResultSet rows, int column) throws SQLException {
        return Optional.ofNullable(rows.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
