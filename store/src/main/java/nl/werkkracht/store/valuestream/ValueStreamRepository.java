package nl.werkkracht.store.valuestream;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.werkkracht.core.valuestream.Step;
import nl.werkkracht.core.valuestream.StepClass;
import nl.werkkracht.core.valuestream.ValueStream;
import nl.werkkracht.core.valuestream.WasteType;

/** The {@code value_stream} and {@code value_stream_step} tables. */
final class ValueStreamRepository {

    /** Inserts nothing when there is no such organisation. */
    private static final String INSERT =
            """
            INSERT INTO value_stream (organisation_id, name, volume_per_year, created_at, updated_at)
            SELECT id, ?, ?, ?, ? FROM organisation WHERE id = ?
            """;

    private static final String UPDATE =
            """
            UPDATE value_stream SET name = ?, volume_per_year = ?, updated_at = ?
             WHERE id = ? AND organisation_id = ?
            """;

    private static final String DELETE = "DELETE FROM value_stream WHERE id = ? AND organisation_id = ?";

    private static final String DELETE_STEPS = "DELETE FROM value_stream_step WHERE value_stream_id = ?";

    private static final String INSERT_STEP =
            """
            INSERT INTO value_stream_step (value_stream_id, step_position, role, process_minutes, waiting_minutes,
                                           step_class, waste_type, registration, step_name)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private static final String SELECT =
            """
            SELECT v.id, v.organisation_id, v.name, v.volume_per_year, v.created_at, v.updated_at
              FROM value_stream v
             WHERE v.organisation_id = ?
            """;

    private static final String SELECT_STEPS =
            """
            SELECT s.value_stream_id, s.role, s.process_minutes, s.waiting_minutes, s.step_class, s.waste_type,
                   s.registration, s.step_name
              FROM value_stream_step s
              JOIN value_stream v ON v.id = s.value_stream_id
             WHERE v.organisation_id = ?
            """;

    /** The new value stream's id; empty when there is no such organisation. */
    Optional<Long> insert(Connection connection, long organisationId, ValueStream stream, Instant now)
            throws SQLException {
        long id;
        try (PreparedStatement insert = connection.prepareStatement(INSERT, new String[] {"id"})) {
            insert.setString(1, stream.name());
            insert.setDouble(2, stream.volumePerYear());
            insert.setObject(3, timestamp(now));
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
        insertSteps(connection, id, stream.steps());
        return Optional.of(id);
    }

    /** Replaces name, volume and all steps; false when the organisation has no such value stream. */
    boolean update(Connection connection, long organisationId, long id, ValueStream stream, Instant now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            update.setString(1, stream.name());
            update.setDouble(2, stream.volumePerYear());
            update.setObject(3, timestamp(now));
            update.setLong(4, id);
            update.setLong(5, organisationId);
            if (update.executeUpdate() == 0) {
                return false;
            }
        }
        try (PreparedStatement delete = connection.prepareStatement(DELETE_STEPS)) {
            delete.setLong(1, id);
            delete.executeUpdate();
        }
        insertSteps(connection, id, stream.steps());
        return true;
    }

    /** Deletes the value stream and its steps; false when the organisation has no such value stream. */
    boolean delete(Connection connection, long organisationId, long id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
            delete.setLong(1, id);
            delete.setLong(2, organisationId);
            return delete.executeUpdate() == 1;
        }
    }

    /** The organisation's value streams, one or all ({@code id} null), ordered by id. */
    List<StoredValueStream> select(Connection connection, long organisationId, Long id) throws SQLException {
        String only = id == null ? "" : " AND v.id = ?";
        var heads = new LinkedHashMap<Long, Head>();
        try (PreparedStatement select = connection.prepareStatement(SELECT + only + " ORDER BY v.id")) {
            select.setLong(1, organisationId);
            if (id != null) {
                select.setLong(2, id);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    heads.put(rows.getLong(1), head(rows));
                }
            }
        }
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Step>> steps = steps(connection, organisationId, id, only);
        var out = new ArrayList<StoredValueStream>(heads.size());
        for (Head head : heads.values()) {
            var stream = new ValueStream(head.name, head.volumePerYear, steps.getOrDefault(head.id, List.of()));
            out.add(new StoredValueStream(head.id, head.organisationId, stream, head.createdAt, head.updatedAt));
        }
        return out;
    }

    private static Map<Long, List<Step>> steps(Connection connection, long organisationId, Long id, String only)
            throws SQLException {
        var steps = new LinkedHashMap<Long, List<Step>>();
        try (PreparedStatement select =
                connection.prepareStatement(SELECT_STEPS + only + " ORDER BY s.value_stream_id, s.step_position")) {
            select.setLong(1, organisationId);
            if (id != null) {
                select.setLong(2, id);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    steps.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
                            .add(step(rows));
                }
            }
        }
        return steps;
    }

    private static void insertSteps(Connection connection, long id, List<Step> steps) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_STEP)) {
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                insert.setLong(1, id);
                insert.setInt(2, i);
                if (step.role().isPresent()) {
                    insert.setString(3, step.role().get());
                } else {
                    insert.setNull(3, Types.VARCHAR);
                }
                insert.setDouble(4, step.processMinutes());
                insert.setDouble(5, step.waitingMinutes());
                insert.setString(6, step.classification().name());
                if (step.wasteType().isPresent()) {
                    insert.setString(7, step.wasteType().get().name());
                } else {
                    insert.setNull(7, Types.VARCHAR);
                }
                insert.setBoolean(8, step.registration());
                insert.setString(9, step.name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Step step(ResultSet rows) throws SQLException {
        String wasteType = rows.getString(6);
        return new Step(
                rows.getString(8),
                Optional.ofNullable(rows.getString(2)),
                rows.getDouble(3),
                rows.getDouble(4),
                StepClass.valueOf(rows.getString(5)),
                Optional.ofNullable(wasteType).map(WasteType::valueOf),
                rows.getBoolean(7));
    }

    private static Head head(ResultSet rows) throws SQLException {
        return new Head(
                rows.getLong(1),
                rows.getLong(2),
                rows.getString(3),
                rows.getDouble(4),
                rows.getObject(5, OffsetDateTime.class).toInstant(),
                rows.getObject(6, OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** A value stream row without its steps. */
    private record Head(
            long id, long organisationId, String name, double volumePerYear, Instant createdAt, Instant updatedAt) {}
}
