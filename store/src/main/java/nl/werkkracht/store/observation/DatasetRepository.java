package nl.werkkracht.store.observation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.Period;
import nl.werkkracht.core.observation.Status;

/** The {@code dataset} table and the summaries of what each dataset holds. */
final class DatasetRepository {

    /** A dataset row an import writes into. */
    record Target(long id, boolean created) {}

    private static final String UPDATE =
            """
            UPDATE dataset
               SET title = ?, source = ?, licence = ?, source_url = ?, retrieved = ?, description = ?,
                   imported_at = ?
             WHERE name = ?
            """;

    private static final String INSERT =
            """
            INSERT INTO dataset (title, source, licence, source_url, retrieved, description, imported_at, name)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private static final String ID = """
            SELECT id FROM dataset WHERE name = ?
            """;

    private static final String DELETE = """
            DELETE FROM dataset WHERE name = ?
            """;

    /** Filled in with {@link #NAME_FILTER} or nothing. */
    private static final String DATASETS =
            """
            SELECT d.id, d.name, d.title, d.source, d.licence, d.source_url, d.retrieved, d.description,
                   d.imported_at
              FROM dataset d
            %s
             ORDER BY d.name
            """;

    private static final String TOTALS =
            """
            SELECT o.dataset_id, COUNT(*), COUNT(DISTINCT o.region), COUNT(DISTINCT o.sector),
                   MIN(o.period_year * 10 + o.period_quarter), MAX(o.period_year * 10 + o.period_quarter)
              FROM observation o
              JOIN dataset d ON d.id = o.dataset_id
            %s
             GROUP BY o.dataset_id
            """;

    private static final String MEASURES =
            """
            SELECT o.dataset_id, o.measure
              FROM observation o
              JOIN dataset d ON d.id = o.dataset_id
            %s
             GROUP BY o.dataset_id, o.measure
            """;

    private static final String STATUSES =
            """
            SELECT o.dataset_id, o.status, COUNT(*)
              FROM observation o
              JOIN dataset d ON d.id = o.dataset_id
            %s
             GROUP BY o.dataset_id, o.status
            """;

    private static final String NAME_FILTER = " WHERE d.name = ?";

    /**
     * Updates the metadata of dataset {@code info.name()}, or creates it. Updating first locks an existing
     * row, so a concurrent import into the same dataset waits for this transaction to end.
     */
    Target createOrUpdate(Connection connection, DatasetInfo info, Instant importedAt) throws SQLException {
        if (write(connection, UPDATE, info, importedAt) == 1) {
            return new Target(id(connection, info.name()), false);
        }
        write(connection, INSERT, info, importedAt);
        return new Target(id(connection, info.name()), true);
    }

    private static int write(Connection connection, String sql, DatasetInfo info, Instant importedAt)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, info.title());
            statement.setString(2, info.source());
            statement.setString(3, info.licence());
            statement.setString(4, info.sourceUrl());
            statement.setObject(5, info.retrieved().orElse(null), Types.DATE);
            statement.setString(6, info.description());
            statement.setObject(7, OffsetDateTime.ofInstant(importedAt, ZoneOffset.UTC));
            statement.setString(8, info.name());
            return statement.executeUpdate();
        }
    }

    private static long id(Connection connection, String name) throws SQLException {
        long id = lookUp(connection, name);
        if (id < 0) {
            throw new SQLException("dataset " + name + " vanished while importing into it");
        }
        return id;
    }

    /** Whether a dataset of this name exists: one indexed lookup, no counting. */
    static boolean exists(Connection connection, String name) throws SQLException {
        return lookUp(connection, name) >= 0;
    }

    /** The dataset's id, or -1 when there is none. */
    private static long lookUp(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ID)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        }
    }

    /** Deletes a dataset and, by cascade, its observations; false when there was none. */
    boolean delete(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(DELETE)) {
            statement.setString(1, name);
            return statement.executeUpdate() > 0;
        }
    }

    /** Summaries of all datasets, or of the one named, ordered by name. */
    List<DatasetSummary> summaries(Connection connection, Optional<String> name) throws SQLException {
        String filter = name.isPresent() ? NAME_FILTER : "";
        Map<Long, Row> rows = new LinkedHashMap<>();
        try (PreparedStatement statement = prepare(connection, DATASETS, filter, name);
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.put(result.getLong(1), new Row(info(result), instant(result, 9)));
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Totals> totals = totals(connection, filter, name);
        Map<Long, Set<Measure>> measures = measures(connection, filter, name);
        Map<Long, Map<Status, Long>> statuses = statuses(connection, filter, name);
        List<DatasetSummary> summaries = new ArrayList<>(rows.size());
        rows.forEach((id, row) -> {
            Totals t = totals.getOrDefault(id, Totals.NONE);
            summaries.add(new DatasetSummary(
                    row.info(),
                    row.importedAt(),
                    t.observations(),
                    measures.getOrDefault(id, Set.of()),
                    t.first(),
                    t.last(),
                    t.regions(),
                    t.sectors(),
                    statuses.getOrDefault(id, Map.of())));
        });
        return summaries;
    }

    private record Row(DatasetInfo info, Instant importedAt) {}

    private record Totals(long observations, int regions, int sectors, Optional<Period> first, Optional<Period> last) {
        static final Totals NONE = new Totals(0, 0, 0, Optional.empty(), Optional.empty());
    }

    private static Map<Long, Totals> totals(Connection connection, String filter, Optional<String> name)
            throws SQLException {
        Map<Long, Totals> totals = new HashMap<>();
        try (PreparedStatement statement = prepare(connection, TOTALS, filter, name);
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                totals.put(
                        result.getLong(1),
                        new Totals(
                                result.getLong(2),
                                result.getInt(3),
                                result.getInt(4),
                                Optional.of(period(result.getInt(5))),
                                Optional.of(period(result.getInt(6)))));
            }
        }
        return totals;
    }

    private static Map<Long, Set<Measure>> measures(Connection connection, String filter, Optional<String> name)
            throws SQLException {
        Map<Long, Set<Measure>> measures = new HashMap<>();
        try (PreparedStatement statement = prepare(connection, MEASURES, filter, name);
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                measures.computeIfAbsent(result.getLong(1), id -> EnumSet.noneOf(Measure.class))
                        .add(StoredCodes.measure(result.getString(2)));
            }
        }
        return measures;
    }

    private static Map<Long, Map<Status, Long>> statuses(Connection connection, String filter, Optional<String> name)
            throws SQLException {
        Map<Long, Map<Status, Long>> statuses = new HashMap<>();
        try (PreparedStatement statement = prepare(connection, STATUSES, filter, name);
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                statuses.computeIfAbsent(result.getLong(1), id -> new EnumMap<>(Status.class))
                        .put(StoredCodes.status(result.getString(2)), result.getLong(3));
            }
        }
        return statuses;
    }

    private static PreparedStatement prepare(Connection connection, String sql, String filter, Optional<String> name)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.formatted(filter));
        try {
            if (name.isPresent()) {
                statement.setString(1, name.get());
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static DatasetInfo info(ResultSet result) throws SQLException {
        return new DatasetInfo(
                result.getString(2),
                result.getString(3),
                result.getString(4),
                result.getString(5),
                result.getString(6),
                Optional.ofNullable(result.getObject(7, LocalDate.class)),
                result.getString(8));
    }

    private static Instant instant(ResultSet result, int column) throws SQLException {
        return result.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** The inverse of {@code year * 10 + quarter}. */
    private static Period period(int yearAndQuarter) {
        return new Period(yearAndQuarter / 10, yearAndQuarter % 10);
    }
}
