package nl.werkkracht.store.techimpact;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.core.techimpact.TaskShare;
import nl.werkkracht.core.techimpact.WorkRole;
import nl.werkkracht.store.db.Database;

/**
 * The roles of an organisation with the tasks they do, and its technology impact analyses (issue 13). Every
 * method is one transaction. A role name is unique within its organisation ignoring case: {@link #saveRole}
 * returns {@link Saved#DUPLICATE_NAME} rather than failing. Renaming a role renames it in the organisation's
 * value-stream steps too (steps refer to roles by name).
 */
public final class TechnologyImpactStore {

    /** Outcome of saving a role. */
    public enum Saved {
        OK,
        NOT_FOUND,
        DUPLICATE_NAME
    }

    private final Database database;
    private final Clock clock;

    public TechnologyImpactStore(Database database) {
        this(database, Clock.systemUTC());
    }

    public TechnologyImpactStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    /** The organisation's roles ordered by name. */
    public List<StoredRole> roles(long organisationId) {
        return database.inTransaction(c -> selectRoles(c, organisationId, null));
    }

    public Optional<StoredRole> role(long organisationId, long id) {
        return database.inTransaction(
                c -> selectRoles(c, organisationId, id).stream().findFirst());
    }

    /**
     * Creates a role ({@code id} empty) or replaces one.
     *
     * @return the outcome and, when OK, the stored role
     */
    public Result saveRole(long organisationId, Optional<Long> id, WorkRole role) {
        return database.inTransaction(c -> {
            String key = role.name().toLowerCase(Locale.ROOT);
            try (PreparedStatement q =
                    c.prepareStatement("SELECT id FROM organisation_role WHERE organisation_id = ? AND name_key = ?")) {
                q.setLong(1, organisationId);
                q.setString(2, key);
                try (ResultSet r = q.executeQuery()) {
                    if (r.next() && (id.isEmpty() || r.getLong(1) != id.get())) {
                        return new Result(Saved.DUPLICATE_NAME, Optional.empty());
                    }
                }
            }
            long roleId;
            if (id.isEmpty()) {
                try (PreparedStatement insert = c.prepareStatement(
                        """
                        INSERT INTO organisation_role (organisation_id, name, name_key, people, hours_per_year, isco,
                                                       created_at, updated_at)
                        SELECT id, ?, ?, ?, ?, ?, ?, ? FROM organisation WHERE id = ?
                        """,
                        new String[] {"id"})) {
                    insert.setString(1, role.name());
                    insert.setString(2, key);
                    insert.setInt(3, role.people());
                    insert.setDouble(4, role.hoursPerYear());
                    insert.setString(5, role.isco());
                    insert.setObject(6, now());
                    insert.setObject(7, now());
                    insert.setLong(8, organisationId);
                    if (insert.executeUpdate() == 0) {
                        return new Result(Saved.NOT_FOUND, Optional.empty());
                    }
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        roleId = keys.getLong(1);
                    }
                }
            } else {
                roleId = id.get();
                Optional<StoredRole> old =
                        selectRoles(c, organisationId, roleId).stream().findFirst();
                if (old.isEmpty()) {
                    return new Result(Saved.NOT_FOUND, Optional.empty());
                }
                try (PreparedStatement update = c.prepareStatement(
                        """
                        UPDATE organisation_role SET name = ?, name_key = ?, people = ?, hours_per_year = ?, isco = ?,
                               updated_at = ?
                         WHERE id = ? AND organisation_id = ?
                        """)) {
                    update.setString(1, role.name());
                    update.setString(2, key);
                    update.setInt(3, role.people());
                    update.setDouble(4, role.hoursPerYear());
                    update.setString(5, role.isco());
                    update.setObject(6, now());
                    update.setLong(7, roleId);
                    update.setLong(8, organisationId);
                    update.executeUpdate();
                }
                renameInSteps(c, organisationId, old.get().role().name(), role.name());
                try (PreparedStatement delete =
                        c.prepareStatement("DELETE FROM organisation_role_task WHERE role_id = ?")) {
                    delete.setLong(1, roleId);
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO organisation_role_task (role_id, task_number, time_share) VALUES (?, ?, ?)")) {
                for (TaskShare t : role.tasks()) {
                    insert.setLong(1, roleId);
                    insert.setInt(2, t.task());
                    insert.setDouble(3, t.share());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return new Result(
                    Saved.OK, selectRoles(c, organisationId, roleId).stream().findFirst());
        });
    }

    /** Deletes a role; its value-stream steps keep their names and lose the role. */
    public boolean deleteRole(long organisationId, long id) {
        return database.inTransaction(c -> {
            Optional<StoredRole> old =
                    selectRoles(c, organisationId, id).stream().findFirst();
            if (old.isEmpty()) {
                return false;
            }
            renameInSteps(c, organisationId, old.get().role().name(), null);
            try (PreparedStatement delete =
                    c.prepareStatement("DELETE FROM organisation_role WHERE id = ? AND organisation_id = ?")) {
                delete.setLong(1, id);
                delete.setLong(2, organisationId);
                return delete.executeUpdate() == 1;
            }
        });
    }

    /** The outcome of {@link #saveRole}. */
    public record Result(Saved outcome, Optional<StoredRole> role) {}

    private static void renameInSteps(Connection c, long organisationId, String oldName, String newName)
            throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                """
                UPDATE value_stream_step SET role = ?
                 WHERE LOWER(role) = ?
                   AND value_stream_id IN (SELECT id FROM value_stream WHERE organisation_id = ?)
                """)) {
            if (newName == null) {
                update.setNull(1, Types.VARCHAR);
            } else {
                update.setString(1, newName);
            }
            update.setString(2, oldName.toLowerCase(Locale.ROOT));
            update.setLong(3, organisationId);
            update.executeUpdate();
        }
    }

    private static List<StoredRole> selectRoles(Connection c, long organisationId, Long id) throws SQLException {
        String only = id == null ? "" : " AND r.id = ?";
        var tasks = new LinkedHashMap<Long, List<TaskShare>>();
        try (PreparedStatement q = c.prepareStatement(
                """
                SELECT t.role_id, t.task_number, t.time_share
                  FROM organisation_role_task t JOIN organisation_role r ON r.id = t.role_id
                 WHERE r.organisation_id = ?"""
                        + only + " ORDER BY t.role_id, t.task_number")) {
            q.setLong(1, organisationId);
            if (id != null) {
                q.setLong(2, id);
            }
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    tasks.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                            .add(new TaskShare(r.getInt(2), r.getDouble(3)));
                }
            }
        }
        var out = new ArrayList<StoredRole>();
        try (PreparedStatement q = c.prepareStatement(
                """
                SELECT r.id, r.name, r.people, r.hours_per_year, r.isco, r.created_at, r.updated_at
                  FROM organisation_role r
                 WHERE r.organisation_id = ?"""
                        + only + " ORDER BY r.name_key")) {
            q.setLong(1, organisationId);
            if (id != null) {
                q.setLong(2, id);
            }
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    var role = new WorkRole(
                            r.getString(2),
                            r.getInt(3),
                            r.getDouble(4),
                            r.getString(5),
                            tasks.getOrDefault(r.getLong(1), List.of()));
                    out.add(new StoredRole(r.getLong(1), organisationId, role, instant(r, 6), instant(r, 7)));
                }
            }
        }
        return out;
    }

    /** The organisation's analyses, newest first. */
    public List<StoredAnalysis> analyses(long organisationId) {
        return database.inTransaction(c -> selectAnalyses(c, organisationId, null));
    }

    public Optional<StoredAnalysis> analysis(long organisationId, long id) {
        return database.inTransaction(
                c -> selectAnalyses(c, organisationId, id).stream().findFirst());
    }

    /** Creates ({@code id} empty) or replaces an analysis; empty when the organisation or analysis is unknown. */
    public Optional<StoredAnalysis> saveAnalysis(
            long organisationId,
            Optional<Long> id,
            String applicationId,
            Optional<String> description,
            List<String> taskTypes,
            Optional<String> products,
            Optional<String> process,
            Optional<String> skills) {
        return database.inTransaction(c -> {
            long analysisId;
            if (id.isEmpty()) {
                try (PreparedStatement insert = c.prepareStatement(
                        """
                        INSERT INTO technology_impact (organisation_id, application_id, description, answer_products,
                                                       answer_process, answer_skills, task_types, created_at, updated_at)
                        SELECT id, ?, ?, ?, ?, ?, ?, ?, ? FROM organisation WHERE id = ?
                        """,
                        new String[] {"id"})) {
                    fill(insert, applicationId, description, taskTypes, products, process, skills);
                    insert.setObject(7, now());
                    insert.setObject(8, now());
                    insert.setLong(9, organisationId);
                    if (insert.executeUpdate() == 0) {
                        return Optional.empty();
                    }
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        analysisId = keys.getLong(1);
                    }
                }
            } else {
                analysisId = id.get();
                try (PreparedStatement update = c.prepareStatement(
                        """
                        UPDATE technology_impact SET application_id = ?, description = ?, answer_products = ?,
                               answer_process = ?, answer_skills = ?, task_types = ?, updated_at = ?
                         WHERE id = ? AND organisation_id = ?
                        """)) {
                    fill(update, applicationId, description, taskTypes, products, process, skills);
                    update.setObject(7, now());
                    update.setLong(8, analysisId);
                    update.setLong(9, organisationId);
                    if (update.executeUpdate() == 0) {
                        return Optional.empty();
                    }
                }
            }
            return selectAnalyses(c, organisationId, analysisId).stream().findFirst();
        });
    }

    public boolean deleteAnalysis(long organisationId, long id) {
        return database.inTransaction(c -> {
            try (PreparedStatement delete =
                    c.prepareStatement("DELETE FROM technology_impact WHERE id = ? AND organisation_id = ?")) {
                delete.setLong(1, id);
                delete.setLong(2, organisationId);
                return delete.executeUpdate() == 1;
            }
        });
    }

    private static void fill(
            PreparedStatement s,
            String applicationId,
            Optional<String> description,
            List<String> taskTypes,
            Optional<String> products,
            Optional<String> process,
            Optional<String> skills)
            throws SQLException {
        s.setString(1, applicationId);
        s.setString(2, description.orElse(null));
        s.setString(3, products.orElse(null));
        s.setString(4, process.orElse(null));
        s.setString(5, skills.orElse(null));
        s.setString(6, taskTypes.isEmpty() ? null : String.join(",", taskTypes));
    }

    private static List<StoredAnalysis> selectAnalyses(Connection c, long organisationId, Long id) throws SQLException {
        String only = id == null ? "" : " AND id = ?";
        var out = new ArrayList<StoredAnalysis>();
        try (PreparedStatement q = c.prepareStatement(
                """
                SELECT id, application_id, description, answer_products, answer_process, answer_skills, created_at,
                       updated_at, task_types
                  FROM technology_impact
                 WHERE organisation_id = ?"""
                        + only + " ORDER BY id DESC")) {
            q.setLong(1, organisationId);
            if (id != null) {
                q.setLong(2, id);
            }
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    String types = r.getString(9);
                    out.add(new StoredAnalysis(
                            r.getLong(1),
                            organisationId,
                            r.getString(2),
                            Optional.ofNullable(r.getString(3)),
                            types == null ? List.of() : List.of(types.split(",")),
                            Optional.ofNullable(r.getString(4)),
                            Optional.ofNullable(r.getString(5)),
                            Optional.ofNullable(r.getString(6)),
                            instant(r, 7),
                            instant(r, 8)));
                }
            }
        }
        return out;
    }

    /** The learning plans of an analysis by role name; empty when the organisation has no such analysis. */
    public List<LearningPlan> learning(long organisationId, long analysisId) {
        return database.inTransaction(c -> selectLearning(c, organisationId, analysisId));
    }

    /** Replaces the learning plans of an analysis; false when the organisation has no such analysis. */
    public boolean saveLearning(long organisationId, long analysisId, List<LearningPlan> plans) {
        return database.inTransaction(c -> {
            if (selectAnalyses(c, organisationId, analysisId).isEmpty()) {
                return false;
            }
            try (PreparedStatement delete =
                    c.prepareStatement("DELETE FROM technology_impact_learning WHERE analysis_id = ?")) {
                delete.setLong(1, analysisId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    """
                    INSERT INTO technology_impact_learning (analysis_id, role_name, owner, start_date, end_date, done_on)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """)) {
                for (LearningPlan p : plans) {
                    insert.setLong(1, analysisId);
                    insert.setString(2, p.role());
                    insert.setString(3, p.owner().orElse(null));
                    insert.setObject(4, p.start().orElse(null));
                    insert.setObject(5, p.end().orElse(null));
                    insert.setObject(6, p.done().orElse(null));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return true;
        });
    }

    private static List<LearningPlan> selectLearning(Connection c, long organisationId, long analysisId)
            throws SQLException {
        var out = new ArrayList<LearningPlan>();
        try (PreparedStatement q = c.prepareStatement(
                """
                SELECT l.role_name, l.owner, l.start_date, l.end_date, l.done_on
                  FROM technology_impact_learning l JOIN technology_impact t ON t.id = l.analysis_id
                 WHERE t.organisation_id = ? AND l.analysis_id = ?
                 ORDER BY l.role_name
                """)) {
            q.setLong(1, organisationId);
            q.setLong(2, analysisId);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    out.add(new LearningPlan(
                            r.getString(1),
                            Optional.ofNullable(r.getString(2)),
                            Optional.ofNullable(r.getObject(3, java.time.LocalDate.class)),
                            Optional.ofNullable(r.getObject(4, java.time.LocalDate.class)),
                            Optional.ofNullable(r.getObject(5, java.time.LocalDate.class))));
                }
            }
        }
        return out;
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        return r.getObject(column, OffsetDateTime.class).toInstant();
    }
}
