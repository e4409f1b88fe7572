package nl.werkkracht.store.routeplan;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code route_choice} table. */
final class RouteChoiceRepository {

    private static final String SELECT =
            """
            SELECT organisation_id, intervention_id, chosen, owner, start_date, note, updated_at
              FROM route_choice
             WHERE organisation_id = ?
            """;

    private static final String BY_ORGANISATION = SELECT + " ORDER BY intervention_id";

    private static final String ONE = SELECT + " AND intervention_id = ?";

    private static final String UPDATE =
            """
            UPDATE route_choice SET chosen = ?, owner = ?, start_date = ?, note = ?, updated_at = ?
             WHERE organisation_id = ? AND intervention_id = ?
            """;

    /** Inserts nothing when there is no such organisation. */
    private static final String INSERT =
            """
            INSERT INTO route_choice (chosen, owner, start_date, note, updated_at, organisation_id, intervention_id)
            SELECT ?, ?, ?, ?, ?, id, ? FROM organisation WHERE id = ?
            """;

    private static final String DELETE = "DELETE FROM route_choice WHERE organisation_id = ? AND intervention_id = ?";

    List<RouteChoice> all(Connection connection, long organisationId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(BY_ORGANISATION)) {
            statement.setLong(1, organisationId);
            return read(statement);
        }
    }

    Optional<RouteChoice> find(Connection connection, long organisationId, String interventionId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ONE)) {
            statement.setLong(1, organisationId);
            statement.setString(2, interventionId);
            return read(statement).stream().findFirst();
        }
    }

    /** Updates the row if there is one, else inserts it; false when there is no such organisation. */
    boolean save(Connection connection, RouteChoice choice, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            bind(update, choice, now);
            update.setLong(6, choice.organisationId());
            update.setString(7, choice.interventionId());
            if (update.executeUpdate() > 0) {
                return true;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bind(insert, choice, now);
            insert.setString(6, choice.interventionId());
            insert.setLong(7, choice.organisationId());
            return insert.executeUpdate() > 0;
        }
    }

    boolean delete(Connection connection, long organisationId, String interventionId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(DELETE)) {
            statement.setLong(1, organisationId);
            statement.setString(2, interventionId);
            return statement.executeUpdate() > 0;
        }
    }

    private static void bind(PreparedStatement statement, RouteChoice choice, Instant now) throws SQLException {
        statement.setBoolean(1, choice.chosen());
        statement.setString(2, choice.owner().orElse(null));
        if (choice.startDate().isPresent()) {
            statement.setDate(3, Date.valueOf(choice.startDate().get()));
        } else {
            statement.setNull(3, Types.DATE);
        }
        statement.setString(4, choice.note().orElse(null));
        statement.setObject(5, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
    }

    private static List<RouteChoice> read(PreparedStatement statement) throws SQLException {
        List<RouteChoice> choices = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                Date start = rs.getDate("start_date");
                choices.add(new RouteChoice(
                        rs.getLong("organisation_id"),
                        rs.getString("intervention_id"),
                        rs.getBoolean("chosen"),
                        Optional.ofNullable(rs.getString("owner")),
                        Optional.ofNullable(start).map(Date::toLocalDate),
                        Optional.ofNullable(rs.getString("note")),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant()));
            }
        }
        return choices;
    }
}
