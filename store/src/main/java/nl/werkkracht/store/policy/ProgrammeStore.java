package nl.werkkracht.store.policy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.core.policy.Phase;
import nl.werkkracht.store.db.Database;

/**
 * Programmes, who may see them (members: owners and advisers), their yearly cycle and their audit log.
 * Access is by membership, decided by the application from {@link #role}; a published programme may also be
 * read by anyone. Deleting a programme deletes everything of it (ON DELETE CASCADE) except its audit lines.
 *
 * <p>Every method is one transaction and throws a {@link nl.werkkracht.store.db.DatabaseException} when the
 * database fails.
 */
public final class ProgrammeStore {

    private static final String COLUMNS =
            "p.id, p.name, p.region, p.from_year, p.to_year, p.description, p.published, p.published_at,"
                    + " p.invented, p.created_at";

    private final Database database;
    private final Clock clock;

    public ProgrammeStore(Database database) {
        this(database, Clock.systemUTC());
    }

    public ProgrammeStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Creates a draft programme with {@code owner} as its first owner.
     *
     * @param invented whether it holds invented example data
     * @throws IllegalArgumentException when there is no such user
     */
    public Programme create(ProgrammeData data, String owner, boolean invented) {
        return database.inTransaction(c -> {
            Instant now = now();
            long id = Jdbc.insert(
                    c,
                    """
                    INSERT INTO programme (name, region, from_year, to_year, description, published, invented, created_at)
                    VALUES (?, ?, ?, ?, ?, FALSE, ?, ?)
                    """,
                    data.name(),
                    data.region(),
                    data.fromYear(),
                    data.toYear(),
                    data.description(),
                    invented,
                    now);
            if (!addMember(c, id, owner, MemberRole.OWNER, now)) {
                throw new IllegalArgumentException("no user '" + owner + "'");
            }
            return find(c, id).orElseThrow();
        });
    }

    public Optional<Programme> find(long id) {
        return database.inTransaction(c -> find(c, id));
    }

    private static Optional<Programme> find(Connection c, long id) throws SQLException {
        return Jdbc.one(c, "SELECT " + COLUMNS + " FROM programme p WHERE p.id = ?", ProgrammeStore::programme, id);
    }

    /** Changes name, region, years and description; false when there is no such programme. */
    public boolean update(long id, ProgrammeData data) {
        return database.inTransaction(c -> Jdbc.update(
                        c,
                        "UPDATE programme SET name = ?, region = ?, from_year = ?, to_year = ?, description = ? WHERE id = ?",
                        data.name(),
                        data.region(),
                        data.fromYear(),
                        data.toYear(),
                        data.description(),
                        id)
                == 1);
    }

    /** Publishes the programme or turns it back into a draft. */
    public boolean publish(long id, boolean published) {
        return database.inTransaction(c -> Jdbc.update(
                        c,
                        "UPDATE programme SET published = ?, published_at = ? WHERE id = ?",
                        published,
                        published ? now() : null,
                        id)
                == 1);
    }

    /** Deletes the programme and everything of it; its audit lines stay. */
    public boolean delete(long id) {
        return database.inTransaction(c -> Jdbc.update(c, "DELETE FROM programme WHERE id = ?", id) == 1);
    }

    /** The programmes {@code username} is a member of, newest first. */
    public List<Programme> ofUser(String username) {
        return database.inTransaction(c -> Jdbc.list(
                c,
                "SELECT " + COLUMNS + " FROM programme p JOIN programme_member m ON m.programme_id = p.id"
                        + " JOIN app_user u ON u.id = m.user_id WHERE u.username = ? ORDER BY p.created_at DESC, p.id DESC",
                ProgrammeStore::programme,
                username));
    }

    /** Every published programme, newest first. */
    public List<Programme> published() {
        return database.inTransaction(c -> Jdbc.list(
                c,
                "SELECT " + COLUMNS + " FROM programme p WHERE p.published ORDER BY p.published_at DESC, p.id DESC",
                ProgrammeStore::programme));
    }

    /** The user's role in the programme; empty when not a member. */
    public Optional<MemberRole> role(long programmeId, String username) {
        return database.inTransaction(c -> Jdbc.one(
                c,
                "SELECT m.member_role FROM programme_member m JOIN app_user u ON u.id = m.user_id"
                        + " WHERE m.programme_id = ? AND u.username = ?",
                rs -> MemberRole.valueOf(rs.getString(1)),
                programmeId,
                username));
    }

    public List<ProgrammeMember> members(long programmeId) {
        return database.inTransaction(c -> Jdbc.list(
                c,
                "SELECT u.username, m.member_role FROM programme_member m JOIN app_user u ON u.id = m.user_id"
                        + " WHERE m.programme_id = ? ORDER BY m.member_role DESC, u.username",
                rs -> new ProgrammeMember(rs.getString(1), MemberRole.valueOf(rs.getString(2))),
                programmeId));
    }

    /**
     * Adds a member, or changes the role of one.
     *
     * @return false when there is no such user
     */
    public boolean addMember(long programmeId, String username, MemberRole role) {
        return database.inTransaction(c -> {
            Jdbc.update(
                    c,
                    "DELETE FROM programme_member WHERE programme_id = ? AND user_id IN"
                            + " (SELECT id FROM app_user WHERE username = ?)",
                    programmeId,
                    username);
            return addMember(c, programmeId, username, role, now());
        });
    }

    private static boolean addMember(Connection c, long programmeId, String username, MemberRole role, Instant now)
            throws SQLException {
        return Jdbc.update(
                        c,
                        "INSERT INTO programme_member (programme_id, user_id, member_role, added_at)"
                                + " SELECT ?, id, ?, ? FROM app_user WHERE username = ?",
                        programmeId,
                        role,
                        now,
                        username)
                == 1;
    }

    /** Removes a member; false when it was none. */
    public boolean removeMember(long programmeId, String username) {
        return database.inTransaction(c -> Jdbc.update(
                        c,
                        "DELETE FROM programme_member WHERE programme_id = ? AND user_id IN"
                                + " (SELECT id FROM app_user WHERE username = ?)",
                        programmeId,
                        username)
                == 1);
    }

    /** What was done in each phase, by year and phase. */
    public List<PhaseNote> phases(long programmeId) {
        return database.inTransaction(c -> Jdbc.list(
                c,
                "SELECT cycle_year, phase, done, completed FROM programme_phase WHERE programme_id = ?"
                        + " ORDER BY cycle_year, phase",
                rs -> new PhaseNote(rs.getInt(1), Phase.valueOf(rs.getString(2)), rs.getString(3), rs.getBoolean(4)),
                programmeId));
    }

    /** Records what was done in a phase of a year (replacing what was there). */
    public void savePhase(long programmeId, PhaseNote note) {
        database.inTransaction(c -> {
            Jdbc.update(
                    c,
                    "DELETE FROM programme_phase WHERE programme_id = ? AND cycle_year = ? AND phase = ?",
                    programmeId,
                    note.year(),
                    note.phase());
            return Jdbc.update(
                    c,
                    "INSERT INTO programme_phase (programme_id, cycle_year, phase, done, completed, updated_at)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    programmeId,
                    note.year(),
                    note.phase(),
                    note.done(),
                    note.completed(),
                    now());
        });
    }

    /** Adds a line to the programme's audit log; the detail is cut to 500 characters. */
    public void record(long programmeId, String username, String action, String detail) {
        String d = detail == null ? "" : detail.length() > 500 ? detail.substring(0, 500) : detail;
        String u = username.length() > 64 ? username.substring(0, 64) : username;
        database.inTransaction(c -> Jdbc.update(
                c,
                "INSERT INTO programme_event (programme_id, at, username, action, detail) VALUES (?, ?, ?, ?, ?)",
                programmeId,
                now(),
                u,
                action,
                d));
    }

    /** The most recent audit lines, newest first. */
    public List<ProgrammeEvent> events(long programmeId, int limit) {
        return database.inTransaction(c -> {
            List<ProgrammeEvent> all = Jdbc.list(
                    c,
                    "SELECT at, username, action, detail FROM programme_event WHERE programme_id = ?"
                            + " ORDER BY at DESC, id DESC",
                    rs -> new ProgrammeEvent(Jdbc.instant(rs, "at"), rs.getString(2), rs.getString(3), rs.getString(4)),
                    programmeId);
            return all.subList(0, Math.min(all.size(), Math.max(1, limit)));
        });
    }

    private static Programme programme(ResultSet rs) throws SQLException {
        return new Programme(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("region"),
                rs.getInt("from_year"),
                rs.getInt("to_year"),
                rs.getString("description"),
                rs.getBoolean("published"),
                Jdbc.optionalInstant(rs, "published_at"),
                rs.getBoolean("invented"),
                Jdbc.instant(rs, "created_at"));
    }
}
