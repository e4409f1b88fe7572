package nl.werkkracht.store.observation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.core.observation.ObservationKey;

/** Reads the {@code observation} table; writing goes through an {@link ObservationBatch}. */
final class ObservationRepository {

    /**
     * The order of {@link ObservationStore#find} results: measure (in {@link Measure} order), region,
     * sector, period, price basis code. Sorted in Java rather than by {@code ORDER BY}, because the
     * databases order text by different collations (H2 by code point, PostgreSQL by the database's
     * locale), and the result must be the same on both.
     */
    static final Comparator<Observation> ORDER = Comparator.comparing(Observation::measure)
            .thenComparing(Observation::region)
            .thenComparing(Observation::sector)
            .thenComparing(Observation::period)
            .thenComparing(o -> o.priceBasis().code());

    /** Rows fetched per round trip when reading many observations. */
    private static final int FETCH_SIZE = 1000;

    private static final String CONTAINS =
            """
            SELECT 1
              FROM observation
             WHERE dataset_id = ? AND measure = ? AND region = ? AND sector = ? AND period = ? AND price_basis = ?
            """;

    /** Conditions are appended in the order of {@link #find}. */
    private static final String FIND =
            """
            SELECT o.measure, o.region, o.sector, o.period_year, o.period_quarter, o.obs_value, o.unit,
                   o.price_basis, o.status
              FROM observation o
              JOIN dataset d ON d.id = o.dataset_id
             WHERE d.name = ?
            """;

    /** Whether the dataset holds an observation with {@code key}. */
    boolean contains(Connection connection, long datasetId, ObservationKey key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(CONTAINS)) {
            statement.setLong(1, datasetId);
            statement.setString(2, key.measure().name());
            statement.setString(3, key.region());
            statement.setString(4, key.sector());
            statement.setString(5, key.period().code());
            statement.setString(6, key.priceBasis().code());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The observations {@code query} selects, in {@link #ORDER}. */
    List<Observation> find(Connection connection, ObservationQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder(FIND);
        List<Object> parameters = new ArrayList<>();
        parameters.add(query.dataset());
        List<String> measureCodes = query.measures().stream().map(Measure::name).collect(Collectors.toList());
        in(sql, parameters, "o.measure", measureCodes);
        in(sql, parameters, "o.region", query.regions());
        in(sql, parameters, "o.sector", query.sectors());
        query.fromYear().ifPresent(year -> condition(sql, parameters, "o.period_year >= ?", year));
        query.toYear().ifPresent(year -> condition(sql, parameters, "o.period_year <= ?", year));
        query.priceBasis().ifPresent(basis -> condition(sql, parameters, "o.price_basis = ?", basis.code()));

        List<Observation> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(observation(rows));
                }
            }
        }
        found.sort(ORDER);
        return found;
    }

    private static void in(StringBuilder sql, List<Object> parameters, String column, Collection<String> values) {
        if (values.isEmpty()) {
            return;
        }
        sql.append("   AND ").append(column).append(" IN (");
        sql.append(String.join(", ", Collections.nCopies(values.size(), "?")));
        sql.append(")\n");
        parameters.addAll(values);
    }

    private static void condition(StringBuilder sql, List<Object> parameters, String condition, Object parameter) {
        sql.append("   AND ").append(condition).append('\n');
        parameters.add(parameter);
    }

    private static Observation observation(ResultSet rows) throws SQLException {
        double value = rows.getDouble(6);
        OptionalDouble optionalValue = rows.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(value);
        return new Observation(
                StoredCodes.measure(rows.getString(1)),
                rows.getString(2),
                rows.getString(3),
                StoredCodes.period(rows.getInt(4), rows.getInt(5)),
                optionalValue,
                StoredCodes.unit(rows.getString(7)),
                StoredCodes.priceBasis(rows.getString(8)),
                StoredCodes.status(rows.getString(9)));
    }
}
