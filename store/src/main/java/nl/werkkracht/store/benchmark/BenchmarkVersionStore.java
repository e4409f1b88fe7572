package nl.werkkracht.store.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.core.benchmark.CellVersion;
import nl.werkkracht.core.benchmark.Contribution;
import nl.werkkracht.core.benchmark.Cut;
import nl.werkkracht.core.benchmark.PeerStatistics;
import nl.werkkracht.core.benchmark.Statistic;
import nl.werkkracht.core.benchmark.SuppressionReason;
import nl.werkkracht.store.db.Database;

/**
 * The published versions of benchmark statistics per network, metric and year ({@code benchmark_version},
 * {@code benchmark_contribution}; METHODS.md §9 over time). Versions are only ever added. Saving the
 * versions of one publication is one transaction; a second publisher racing for the same version number
 * fails on the unique key and nothing of its publication is written.
 */
public final class BenchmarkVersionStore {

    private static final List<Statistic> COLUMNS =
            List.of(Statistic.P10, Statistic.P25, Statistic.P50, Statistic.P75, Statistic.P90, Statistic.FRONTIER);

    private final Database database;

    public BenchmarkVersionStore(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * One organisation's part in a published version, for its data export.
     *
     * @param cut the peer group, as the API writes it
     */
    public record StoredContribution(
            long networkId,
            String metric,
            int year,
            String cut,
            int version,
            Instant publishedAt,
            double value,
            double percentileRank) {}

    /** Every version of the network, metric and year, in the order they were published. */
    public List<CellVersion> versions(long networkId, String metric, int year) {
        return database.inTransaction(connection -> {
            Map<Long, List<Contribution>> contributions = contributions(connection, networkId, metric, year);
            List<CellVersion> versions = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    """
                    SELECT id, cut_key, version_no, published_at, n, suppression, p10, p25, p50, p75, p90, frontier
                      FROM benchmark_version WHERE network_id = ? AND metric = ? AND period_year = ? ORDER BY id
                    """)) {
                select.setLong(1, networkId);
                select.setString(2, metric);
                select.setInt(3, year);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        versions.add(version(rows, contributions.getOrDefault(rows.getLong(1), List.of())));
                    }
                }
            }
            return versions;
        });
    }

    private static CellVersion version(ResultSet rows, List<Contribution> contributions) throws SQLException {
        Optional<SuppressionReason> suppression =
                Optional.ofNullable(rows.getString(6)).map(SuppressionReason::valueOf);
        int n = rows.getInt(5);
        Optional<PeerStatistics> statistics = Optional.empty();
        if (suppression.isEmpty()) {
            Map<Statistic, Double> values = new EnumMap<>(Statistic.class);
            for (int i = 0; i < COLUMNS.size(); i++) {
                double v = rows.getDouble(7 + i);
                if (!rows.wasNull()) {
                    values.put(COLUMNS.get(i), v);
                }
            }
            statistics = Optional.of(new PeerStatistics(n, values));
        }
        return new CellVersion(
                Cut.parse(rows.getString(2)),
                rows.getInt(3),
                rows.getObject(4, OffsetDateTime.class).toInstant(),
                n,
                suppression,
                statistics,
                contributions);
    }

    private static Map<Long, List<Contribution>> contributions(
            Connection connection, long networkId, String metric, int year) throws SQLException {
        Map<Long, List<Contribution>> byVersion = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                """
                SELECT c.version_id, c.organisation_id, c.used_value, c.percentile_rank, c.windows
                  FROM benchmark_contribution c JOIN benchmark_version v ON v.id = c.version_id
                 WHERE v.network_id = ? AND v.metric = ? AND v.period_year = ?
                 ORDER BY c.version_id, c.used_value, c.organisation_id
                """)) {
            select.setLong(1, networkId);
            select.setString(2, metric);
            select.setInt(3, year);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    byVersion
                            .computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                            .add(new Contribution(
                                    String.valueOf(rows.getLong(2)),
                                    rows.getDouble(3),
                                    rows.getDouble(4),
                                    rows.getInt(5)));
                }
            }
        }
        return byVersion;
    }

    /**
     * Saves the versions of one publication, in one transaction.
     *
     * @throws nl.werkkracht.store.db.DatabaseException when another publication saved the same version first
     *     (nothing is written then)
     */
    public void save(long networkId, String metric, int year, List<CellVersion> versions) {
        if (versions.isEmpty()) {
            return;
        }
        database.inTransaction(connection -> {
            for (CellVersion v : versions) {
                long id = insertVersion(connection, networkId, metric, year, v);
                insertContributions(connection, id, v.contributions());
            }
            return null;
        });
    }

    private static long insertVersion(Connection connection, long networkId, String metric, int year, CellVersion v)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                """
                INSERT INTO benchmark_version (network_id, metric, period_year, cut_key, version_no, published_at, n,
                                               suppression, p10, p25, p50, p75, p90, frontier)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                new String[] {"id"})) {
            insert.setLong(1, networkId);
            insert.setString(2, metric);
            insert.setInt(3, year);
            insert.setString(4, v.cut().toString());
            insert.setInt(5, v.number());
            insert.setObject(6, OffsetDateTime.ofInstant(v.publishedAt(), ZoneOffset.UTC));
            insert.setInt(7, v.n());
            insert.setString(8, v.suppression().map(Enum::name).orElse(null));
            for (int i = 0; i < COLUMNS.size(); i++) {
                Statistic column = COLUMNS.get(i);
                Double value = v.statistics().map(s -> s.values().get(column)).orElse(null);
                insert.setObject(9 + i, value, java.sql.Types.DOUBLE);
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertContributions(Connection connection, long versionId, List<Contribution> contributions)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                """
                INSERT INTO benchmark_contribution (version_id, organisation_id, used_value, percentile_rank, windows)
                VALUES (?, ?, ?, ?, ?)
                """)) {
            for (Contribution c : contributions) {
                insert.setLong(1, versionId);
                insert.setLong(2, Long.parseLong(c.organisationId()));
                insert.setDouble(3, c.value());
                insert.setDouble(4, c.percentileRank());
                insert.setInt(5, c.windows());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The years with published versions of the metric in the network, ascending. */
    public List<Integer> years(long networkId, String metric) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT DISTINCT period_year FROM benchmark_version WHERE network_id = ? AND metric = ? ORDER BY period_year")) {
                select.setLong(1, networkId);
                select.setString(2, metric);
                List<Integer> years = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        years.add(rows.getInt(1));
                    }
                }
                return years;
            }
        });
    }

    /** Every part the organisation had in a published version, oldest first (its data export). */
    public List<StoredContribution> contributionsOf(long organisationId) {
        return database.inTransaction(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    """
                    SELECT v.network_id, v.metric, v.period_year, v.cut_key, v.version_no, v.published_at,
                           c.used_value, c.percentile_rank
                      FROM benchmark_contribution c JOIN benchmark_version v ON v.id = c.version_id
                     WHERE c.organisation_id = ? ORDER BY v.id
                    """)) {
                select.setLong(1, organisationId);
                List<StoredContribution> result = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        result.add(new StoredContribution(
                                rows.getLong(1),
                                rows.getString(2),
                                rows.getInt(3),
                                rows.getString(4),
                                rows.getInt(5),
                                rows.getObject(6, OffsetDateTime.class).toInstant(),
                                rows.getDouble(7),
                                rows.getDouble(8)));
                    }
                }
                return result;
            }
        });
    }
}
