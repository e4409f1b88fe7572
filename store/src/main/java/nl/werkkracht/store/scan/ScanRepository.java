package nl.werkkracht.store.scan;

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

/** The {@code scan} and {@code scan_team} tables. */
final class ScanRepository {

    private static final String INSERT =
            """
            INSERT INTO scan (organisation_id, instrument_id, instrument_version, closes_at, created_at)
            SELECT id, ?, ?, ?, ? FROM organisation WHERE id = ?
            """;

    private static final String INSERT_TEAM = "INSERT INTO scan_team (scan_id, name, team_order) VALUES (?, ?, ?)";

    private static final String SELECT =
            """
            SELECT s.id, s.organisation_id, s.instrument_id, s.instrument_version, s.closes_at, s.created_at,
                   (SELECT COUNT(*) FROM invitation i WHERE i.scan_id = s.id),
                   (SELECT COUNT(*) FROM invitation i WHERE i.scan_id = s.id AND i.used = TRUE)
              FROM scan s
            """;

    private static final String BY_ID = SELECT + " WHERE s.id = ?";

    private static final String BY_ORGANISATION =
            SELECT + " WHERE s.organisation_id = ? ORDER BY s.created_at DESC, s.id DESC";

    private static final String CLOSE = "UPDATE scan SET closes_at = ? WHERE id = ? AND closes_at > ?";

    private static final String TEAMS = "SELECT name FROM scan_team WHERE scan_id = ? ORDER BY team_order";

    /** The new scan's id; empty when there is no such organisation. */
    Optional<Long> insert(
            Connection connection,
            long organisationId,
            String instrumentId,
            int instrumentVersion,
            List<String> teams,
            Instant closesAt,
            Instant now)
            throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement(INSERT, new String[] {"id"})) {
            insert.setString(1, instrumentId);
            insert.setInt(2, instrumentVersion);
            insert.setObject(3, timestamp(closesAt));
            insert.setObject(4, timestamp(now));
            insert.setLong(5, organisationId);
            if (insert.executeUpdate() == 0) {
                return Optional.empty();
            }
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_TEAM)) {
            for (int i = 0; i < teams.size(); i++) {
                insert.setLong(1, id);
                insert.setString(2, teams.get(i));
                insert.setInt(3, i);
                insert.addBatch();
            }
            if (!teams.isEmpty()) {
                insert.executeBatch();
            }
        }
        return Optional.of(id);
    }

    /** Sets the closing moment of an open scan to {@code now}; false when it had closed already. */
    boolean close(Connection connection, long scanId, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(CLOSE)) {
            update.setObject(1, timestamp(now));
            update.setLong(2, scanId);
            update.setObject(3, timestamp(now));
            return update.executeUpdate() == 1;
        }
    }

    Optional<ScanOverview> find(Connection connection, long scanId) throws SQLException {
        List<ScanOverview> found = list(connection, BY_ID, scanId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    List<ScanOverview> ofOrganisation(Connection connection, long organisationId) throws SQLException {
        return list(connection, BY_ORGANISATION, organisationId);
    }

    private List<ScanOverview> list(Connection connection, String sql, long key) throws SQLException {
        var out = new ArrayList<ScanOverview>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, key);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    var scan = new StoredScan(
                            id,
                            rows.getLong(2),
                            rows.getString(3),
                            rows.getInt(4),
                            teams(connection, id),
                            instant(rows, 5),
                            instant(rows, 6));
                    out.add(new ScanOverview(scan, rows.getInt(7), rows.getInt(8)));
                }
            }
        }
        return out;
    }

    private List<String> teams(Connection connection, long scanId) throws SQLException {
        var out = new ArrayList<String>();
        try (PreparedStatement select = connection.prepareStatement(TEAMS)) {
            select.setLong(1, scanId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    out.add(rows.getString(1));
                }
            }
        }
        return out;
    }

    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }
}
