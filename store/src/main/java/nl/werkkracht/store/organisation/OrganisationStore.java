package nl.werkkracht.store.organisation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.store.db.Database;

/**
 * Organisations, who may see them (members), and their yearly figures.
 *
 * <p>Access is by membership: a user sees an organisation only when they are one of its members. The
 * store answers membership questions; the application decides what to do with them. Deleting an
 * organisation deletes every row of its data: all tables that hold organisation data refer to it with
 * {@code ON DELETE CASCADE}.
 *
 * <p>Every method is one transaction and throws a {@link nl.werkkracht.store.db.DatabaseException} when
 * the database fails.
 */
public final class OrganisationStore {

    private static final String COLUMNS =
            "o.id, o.name, o.sector, o.size_class, o.region, o.contact_name, o.contact_email, o.created_at, o.kvk_number,"
                    + " o.municipality";

    /** SQLSTATE of a unique constraint violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final Database database;
    private final Clock clock;
    private final FinancialsRepository financials = new FinancialsRepository();

    public OrganisationStore(Database database) {
        this(database, Clock.systemUTC());
    }

    public OrganisationStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Creates an organisation with {@code username} as its first member.
     *
     * @throws IllegalArgumentException when there is no such user
     * @throws KvkNumberTakenException when another organisation has the KvK number
     */
    public Organisation create(OrganisationProfile profile, String username) {
        Objects.requireNonNull(profile, "profile");
        return database.inTransaction(connection -> {
            long userId = userId(connection, username)
                    .orElseThrow(() -> new IllegalArgumentException("no user '" + username + "'"));
            Instant now = now();
            long id;
            try (PreparedStatement insert = connection.prepareStatement(
                    """
                    INSERT INTO organisation (name, sector, size_class, region, contact_name, contact_email, kvk_number,
                                              municipality, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    new String[] {"id"})) {
                bindProfile(insert, profile);
                insert.setObject(9, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                execute(insert, profile);
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            addMember(connection, id, userId, now);
            return find(connection, id).orElseThrow();
        });
    }

    /**
     * Replaces the profile; false when there is no such organisation.
     *
     * @throws KvkNumberTakenException when another organisation has the KvK number
     */
    public boolean update(long id, OrganisationProfile profile) {
        Objects.requireNonNull(profile, "profile");
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    """
                    UPDATE organisation SET name = ?, sector = ?, size_class = ?, region = ?, contact_name = ?,
                           contact_email = ?, kvk_number = ?, municipality = ?
                    WHERE id = ?
                    """)) {
                bindProfile(update, profile);
                update.setLong(9, id);
                return execute(update, profile) == 1;
            }
        });
    }

    public Optional<Organisation> find(long id) {
        return database.inTransaction(connection -> find(connection, id));
    }

    /** The organisations {@code username} is a member of, by name. */
    public List<Organisation> ofMember(String username) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM organisation o JOIN organisation_member m ON m.organisation_id = o.id"
                    + " JOIN app_user u ON u.id = m.user_id WHERE u.username = ? ORDER BY o.name, o.id")) {
                select.setString(1, username);
                return organisations(select);
            }
        });
    }

    /** Every organisation (for aggregate statistics, never for display to one tenant). */
    public List<Organisation> all() {
        return database.inTransaction(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT " + COLUMNS + " FROM organisation o ORDER BY o.id")) {
                return organisations(select);
            }
        });
    }

    /** Whether {@code username} is a member of organisation {@code id}. */
    public boolean isMember(long id, String username) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    """
                    SELECT COUNT(*) FROM organisation_member m JOIN app_user u ON u.id = m.user_id
                    WHERE m.organisation_id = ? AND u.username = ?
                    """)) {
                select.setLong(1, id);
                select.setString(2, username);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getLong(1) > 0;
                }
            }
        });
    }

    /**
     * Makes {@code username} a member.
     *
     * @return false when the user or the organisation does not exist; true also when already a member
     */
    public boolean addMember(long id, String username) {
        return database.inTransaction(connection -> {
            Optional<Long> userId = userId(connection, username);
            if (userId.isEmpty() || find(connection, id).isEmpty()) {
                return false;
            }
            try (PreparedStatement exists = connection.prepareStatement(
                    "SELECT COUNT(*) FROM organisation_member WHERE organisation_id = ? AND user_id = ?")) {
                exists.setLong(1, id);
                exists.setLong(2, userId.get());
                try (ResultSet rows = exists.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) > 0) {
                        return true;
                    }
                }
            }
            addMember(connection, id, userId.get(), now());
            return true;
        });
    }

    /** The usernames of the members, sorted. */
    public List<String> members(long id) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    """
                    SELECT u.username FROM organisation_member m JOIN app_user u ON u.id = m.user_id
                    WHERE m.organisation_id = ? ORDER BY u.username
                    """)) {
                select.setLong(1, id);
                List<String> names = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        names.add(rows.getString(1));
                    }
                }
                return names;
            }
        });
    }

    /**
     * Deletes the organisation and, by cascade, every row of its data.
     *
     * @return false when there was no such organisation
     */
    public boolean delete(long id) {
        return database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM organisation WHERE id = ?")) {
                delete.setLong(1, id);
                return delete.executeUpdate() == 1;
            }
        });
    }

    /** Stores the figures of one year, replacing earlier figures of that year. */
    public void putFinancials(long id, FinancialsRecord figures) {
        Objects.requireNonNull(figures, "figures");
        database.inTransaction(connection -> {
            financials.put(connection, id, figures, now());
            return null;
        });
    }

    /** The figures of every year, oldest first. */
    public List<FinancialsRecord> financials(long id) {
        return database.inTransaction(connection -> financials.all(connection, id));
    }

    /** Deletes the figures of one year; false when there were none. */
    public boolean deleteFinancials(long id, int year) {
        return database.inTransaction(connection -> financials.delete(connection, id, year));
    }

    private static void bindProfile(PreparedStatement statement, OrganisationProfile profile) throws SQLException {
        statement.setString(1, profile.name());
        statement.setString(2, profile.sector());
        statement.setString(3, profile.sizeClass());
        statement.setString(4, profile.region());
        statement.setString(5, profile.contactName().orElse(null));
        statement.setString(6, profile.contactEmail().orElse(null));
        statement.setString(7, profile.kvkNumber().orElse(null));
        statement.setString(8, profile.municipality().orElse(null));
    }

    private static int execute(PreparedStatement statement, OrganisationProfile profile) throws SQLException {
        try {
            return statement.executeUpdate();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState()) && profile.kvkNumber().isPresent()) {
                throw new KvkNumberTakenException(profile.kvkNumber().get());
            }
            throw e;
        }
    }

    private static Optional<Organisation> find(Connection connection, long id) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT " + COLUMNS + " FROM organisation o WHERE o.id = ?")) {
            select.setLong(1, id);
            return organisations(select).stream().findFirst();
        }
    }

    private static List<Organisation> organisations(PreparedStatement select) throws SQLException {
        List<Organisation> result = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                result.add(new Organisation(
                        rows.getLong(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        Optional.ofNullable(rows.getString(6)),
                        Optional.ofNullable(rows.getString(7)),
                        rows.getObject(8, OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rows.getString(9)),
                        Optional.ofNullable(rows.getString(10))));
            }
        }
        return result;
    }

    private static Optional<Long> userId(Connection connection, String username) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM app_user WHERE username = ?")) {
            select.setString(1, Objects.requireNonNull(username, "username"));
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    private static void addMember(Connection connection, long id, long userId, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO organisation_member (organisation_id, user_id, added_at) VALUES (?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setLong(2, userId);
            insert.setObject(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }
}
