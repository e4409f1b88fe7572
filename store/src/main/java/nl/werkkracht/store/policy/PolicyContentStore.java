package nl.werkkracht.store.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import nl.werkkracht.core.policy.Direction;
import nl.werkkracht.core.policy.Implementation;
import nl.werkkracht.core.policy.IndicatorKind;
import nl.werkkracht.core.policy.MeasureStatus;
import nl.werkkracht.core.policy.QuestionStatus;
import nl.werkkracht.core.policy.Route;
import nl.werkkracht.core.policy.Target;
import nl.werkkracht.store.db.Database;

/**
 * The content of programmes: measures with their indicators (and the values of manual indicators), policy
 * questions, recommendations with their follow-up, and evaluations. Every row belongs to one programme, and every
 * method that reads or changes a row by id also takes the programme's id, so that a row of one programme can
 * never be reached through another.
 *
 * <p>Every method is one transaction and throws a {@link nl.werkkracht.store.db.DatabaseException} when the
 * database fails.
 */
public final class PolicyContentStore {

    private final Database database;
    private final Clock clock;

    public PolicyContentStore(Database database) {
        this(database, Clock.systemUTC());
    }

    public PolicyContentStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    // measures

    public List<StoredMeasure> measures(long programmeId) {
        return database.inTransaction(c -> Jdbc.list(
                c,
                "SELECT * FROM policy_measure WHERE programme_id = ? ORDER BY start_year, id",
                PolicyContentStore::measure,
                programmeId));
    }

    public Optional<StoredMeasure> measure(long programmeId, long measureId) {
        return database.inTransaction(c -> Jdbc.one(
                c,
                "SELECT * FROM policy_measure WHERE programme_id = ? AND id = ?",
                PolicyContentStore::measure,
                programmeId,
                measureId));
    }

    public StoredMeasure addMeasure(long programmeId, MeasureData m) {
        return database.inTransaction(c -> {
            long id = Jdbc.insert(
                    c,
                    """
                    INSERT INTO policy_measure (programme_id, name, description, route, recommendation, region, sectors,
                        budget, responsible, start_year, end_year, status, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    programmeId,
                    m.name(),
                    m.description(),
                    m.route(),
                    m.recommendation(),
                    m.region(),
                    String.join(",", m.sectors()),
                    m.budget(),
                    m.responsible(),
                    m.startYear(),
                    m.endYear(),
                    m.status(),
                    now());
            return new StoredMeasure(id, programmeId, m);
        });
    }

    public boolean updateMeasure(long programmeId, long measureId, MeasureData m) {
        return database.inTransaction(c -> Jdbc.update(
                        c,
                        """
                        UPDATE policy_measure SET name = ?, description = ?, route = ?, recommendation = ?, region = ?,
                            sectors = ?, budget = ?, responsible = ?, start_year = ?, end_year = ?, status = ?
                        WHERE programme_id = ? AND id = ?
                        """,
                        m.name(),
                        m.description(),
                        m.route(),
                        m.recommendation(),
                        m.region(),
                        String.join(",", m.sectors()),
                        m.budget(),
                        m.responsible(),
                        m.startYear(),
                        m.endYear(),
                        m.status(),
                        programmeId,
                        measureId)
                == 1);
    }

    /** Deletes the measure with its indicators and evaluations. */
    public boolean deleteMeasure(long programmeId, long measureId) {
        return database.inTransaction(c ->
                Jdbc.update(c, "DELETE FROM policy_measure WHERE programme_id = ? AND id = ?", programmeId, measureId)
                        == 1);
    }

    // indicators

    /** Every indicator of the programme's measures, by measure and id, with manual values. */
    public List<StoredIndicator> indicators(long programmeId) {
        return database.inTransaction(c -> {
            Map<Long, Map<Integer, Double>> values = new LinkedHashMap<>();
            Jdbc.list(
                    c,
                    "SELECT v.indicator_id, v.period_year, v.obs_value FROM policy_indicator_value v"
                            + " JOIN policy_indicator i ON i.id = v.indicator_id"
                            + " JOIN policy_measure m ON m.id = i.measure_id WHERE m.programme_id = ?",
                    rs -> {
                        values.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                                .put(rs.getInt(2), rs.getDouble(3));
                        return 0;
                    },
                    programmeId);
            return Jdbc.list(
                    c,
                    "SELECT i.* FROM policy_indicator i JOIN policy_measure m ON m.id = i.measure_id"
                            + " WHERE m.programme_id = ? ORDER BY i.measure_id, i.id",
                    rs -> indicator(rs, values.getOrDefault(rs.getLong("id"), Map.of())),
                    programmeId);
        });
    }

    /** Adds an indicator to a measure of the programme; empty when the measure is not the programme's. */
    public Optional<StoredIndicator> addIndicator(long programmeId, long measureId, IndicatorData d) {
        return database.inTransaction(c -> {
            if (Jdbc.count(
                            c,
                            "SELECT COUNT(*) FROM policy_measure WHERE programme_id = ? AND id = ?",
                            programmeId,
                            measureId)
                    == 0) {
                return Optional.empty();
            }
            Target t = d.target();
            long id = Jdbc.insert(
                    c,
                    """
                    INSERT INTO policy_indicator (measure_id, kind, metric, name, unit, source_note, baseline_value,
                        baseline_year, target_value, target_year, direction, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    measureId,
                    d.kind(),
                    d.metric(),
                    d.name(),
                    d.unit(),
                    d.sourceNote(),
                    t.baselineValue(),
                    t.baselineYear(),
                    t.targetValue(),
                    t.targetYear(),
                    t.direction(),
                    now());
            return Optional.of(new StoredIndicator(id, measureId, d, Map.of()));
        });
    }

    public boolean deleteIndicator(long programmeId, long indicatorId) {
        return database.inTransaction(c -> Jdbc.update(
                        c,
                        "DELETE FROM policy_indicator WHERE id = ? AND measure_id IN"
                                + " (SELECT id FROM policy_measure WHERE programme_id = ?)",
                        indicatorId,
                        programmeId)
                == 1);
    }

    /** Sets a manual indicator's value for a year; false when it is not a manual indicator of the programme. */
    public boolean putValue(long programmeId, long indicatorId, int year, double value) {
        return database.inTransaction(c -> {
            if (Jdbc.count(
                            c,
                            "SELECT COUNT(*) FROM policy_indicator i JOIN policy_measure m ON m.id = i.measure_id"
                                    + " WHERE i.id = ? AND m.programme_id = ? AND i.kind = 'MANUAL'",
                            indicatorId,
                            programmeId)
                    == 0) {
                return false;
            }
            Jdbc.update(
                    c,
                    "DELETE FROM policy_indicator_value WHERE indicator_id = ? AND period_year = ?",
                    indicatorId,
                    year);
            Jdbc.update(
                    c,
                    "INSERT INTO policy_indicator_value (indicator_id, period_year, obs_value) VALUES (?, ?, ?)",
                    indicatorId,
                    year,
                    value);
            return true;
        });
    }

    // questions, recommendations, evaluations

    public List<Stored<QuestionData>> questions(long programmeId) {
        return database.inTransaction(c -> Jdbc.list(
                c,
                "SELECT * FROM policy_question WHERE programme_id = ? ORDER BY id",
                rs -> new Stored<>(
                        rs.getLong("id"),
                        programmeId,
                        new QuestionData(
                                rs.getString("question"),
                                rs.getString("answered_by"),
                                Jdbc.optionalDate(rs, "due_date"),
                                rs.getString("result"),
                                QuestionStatus.valueOf(rs.getString("status")))),
                programmeId));
    }

    public long addQuestion(long programmeId, QuestionData q) {
        return database.inTransaction(c -> Jdbc.insert(
                c,
                "INSERT INTO policy_question (programme_id, question, answered_by, due_date, result, status, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                programmeId,
                q.question(),
                q.answeredBy(),
                q.due(),
                q.result(),
                q.status(),
                now()));
    }

    public boolean updateQuestion(long programmeId, long id, QuestionData q) {
        return database.inTransaction(c -> Jdbc.update(
                        c,
                        "UPDATE policy_question SET question = ?, answered_by = ?, due_date = ?, result = ?, status = ?"
                                + " WHERE programme_id = ? AND id = ?",
                        q.question(),
                        q.answeredBy(),
                        q.due(),
                        q.result(),
                        q.status(),
                        programmeId,
                        id)
                == 1);
    }

    public List<Stored<RecommendationData>> recommendations(long programmeId) {
        return database.inTransaction(c -> Jdbc.list(
                c,
                "SELECT * FROM policy_recommendation WHERE programme_id = ? ORDER BY id",
                rs -> new Stored<>(
                        rs.getLong("id"),
                        programmeId,
                        new RecommendationData(
                                Optional.ofNullable(rs.getString("catalogue_id")),
                                rs.getString("recommendation_text"),
                                Jdbc.optionalBoolean(rs, "adopted"),
                                Implementation.valueOf(rs.getString("carried_out")),
                                rs.getString("effect"))),
                programmeId));
    }

    public long addRecommendation(long programmeId, RecommendationData r) {
        return database.inTransaction(c -> Jdbc.insert(
                c,
                "INSERT INTO policy_recommendation (programme_id, catalogue_id, recommendation_text, adopted, carried_out,"
                        + " effect, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                programmeId,
                r.catalogueId(),
                r.text(),
                r.adopted(),
                r.carriedOut(),
                r.effect(),
                now()));
    }

    public boolean updateRecommendation(long programmeId, long id, RecommendationData r) {
        return database.inTransaction(c -> Jdbc.update(
                        c,
                        "UPDATE policy_recommendation SET catalogue_id = ?, recommendation_text = ?, adopted = ?,"
                                + " carried_out = ?, effect = ? WHERE programme_id = ? AND id = ?",
                        r.catalogueId(),
                        r.text(),
                        r.adopted(),
                        r.carriedOut(),
                        r.effect(),
                        programmeId,
                        id)
                == 1);
    }

    public List<Stored<EvaluationData>> evaluations(long programmeId) {
        return database.inTransaction(c -> Jdbc.list(
                c,
                "SELECT * FROM policy_evaluation WHERE programme_id = ? ORDER BY id",
                PolicyContentStore::evaluation,
                programmeId));
    }

    public Optional<Stored<EvaluationData>> evaluation(long programmeId, long id) {
        return database.inTransaction(c -> Jdbc.one(
                c,
                "SELECT * FROM policy_evaluation WHERE programme_id = ? AND id = ?",
                PolicyContentStore::evaluation,
                programmeId,
                id));
    }

    public long addEvaluation(long programmeId, EvaluationData e) {
        return database.inTransaction(c -> Jdbc.insert(
                c,
                "INSERT INTO policy_evaluation (programme_id, measure_id, indicator, region, treatment_start, donors,"
                        + " comparison, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                programmeId,
                e.measureId(),
                e.indicator(),
                e.region(),
                e.treatmentStart(),
                String.join(",", e.donors()),
                String.join(",", e.comparison()),
                e.note(),
                now()));
    }

    /** Deletes a question, recommendation or evaluation of the programme. */
    public boolean delete(long programmeId, Kind kind, long id) {
        return database.inTransaction(
                c -> Jdbc.update(c, "DELETE FROM " + kind.table + " WHERE programme_id = ? AND id = ?", programmeId, id)
                        == 1);
    }

    /** The kinds of rows {@link #delete} removes. */
    public enum Kind {
        QUESTION("policy_question"),
        RECOMMENDATION("policy_recommendation"),
        EVALUATION("policy_evaluation");

        private final String table;

        Kind(String table) {
            this.table = table;
        }
    }

    private static Stored<EvaluationData> evaluation(ResultSet rs) throws SQLException {
        return new Stored<>(
                rs.getLong("id"),
                rs.getLong("programme_id"),
                new EvaluationData(
                        Jdbc.optionalLong(rs, "measure_id"),
                        rs.getString("indicator"),
                        rs.getString("region"),
                        rs.getInt("treatment_start"),
                        Jdbc.split(rs.getString("donors")),
                        Jdbc.split(rs.getString("comparison")),
                        rs.getString("note")));
    }

    private static StoredMeasure measure(ResultSet rs) throws SQLException {
        return new StoredMeasure(
                rs.getLong("id"),
                rs.getLong("programme_id"),
                new MeasureData(
                        rs.getString("name"),
                        rs.getString("description"),
                        Route.valueOf(rs.getString("route")),
                        Optional.ofNullable(rs.getString("recommendation")),
                        rs.getString("region"),
                        Jdbc.split(rs.getString("sectors")),
                        Jdbc.optionalDouble(rs, "budget"),
                        rs.getString("responsible"),
                        rs.getInt("start_year"),
                        Jdbc.optionalInt(rs, "end_year"),
                        MeasureStatus.valueOf(rs.getString("status"))));
    }

    private static StoredIndicator indicator(ResultSet rs, Map<Integer, Double> values) throws SQLException {
        return new StoredIndicator(
                rs.getLong("id"),
                rs.getLong("measure_id"),
                new IndicatorData(
                        IndicatorKind.valueOf(rs.getString("kind")),
                        rs.getString("metric"),
                        rs.getString("name"),
                        rs.getString("unit"),
                        rs.getString("source_note"),
                        new Target(
                                rs.getDouble("baseline_value"),
                                rs.getInt("baseline_year"),
                                rs.getDouble("target_value"),
                                rs.getInt("target_year"),
                                Direction.valueOf(rs.getString("direction")))),
                values);
    }
}
