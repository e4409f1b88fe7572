package nl.werkkracht.store.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.store.db.Database;

/**
 * Scan outreach: single-use invitations that advisers of service points send to employers for a programme
 * (tokens kept as SHA-256 only), and the counts the programme shows. Every method is one transaction.
 */
public final class OutreachStore {

    private final Database database;
    private final Clock clock;

    public OutreachStore(Database database) {
        this(database, Clock.systemUTC());
    }

    public OutreachStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Stores a new invitation.
     *
     * @param tokenHash SHA-256 of the token, 64 lower-case hex digits
     * @throws IllegalArgumentException when there is no such adviser
     */
    public OutreachInvitation create(long programmeId, String adviser, String tokenHash, String label) {
        return database.inTransaction(c -> {
            long adviserId = Jdbc.one(c, "SELECT id FROM app_user WHERE username = ?", rs -> rs.getLong(1), adviser)
                    .orElseThrow(() -> new IllegalArgumentException("no user '" + adviser + "'"));
            Instant now = now();
            long id = Jdbc.insert(
                    c,
                    "INSERT INTO outreach_invitation (programme_id, adviser_id, token_hash, label, created_at)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    programmeId,
                    adviserId,
                    tokenHash,
                    label,
                    now);
            return new OutreachInvitation(id, programmeId, adviser, label, now, Optional.empty(), Optional.empty());
        });
    }

    /** The unused invitation with this token hash, if any. */
    public Optional<OutreachInvitation> unused(String tokenHash) {
        return database.inTransaction(c -> Jdbc.one(
                c, SELECT + " WHERE i.token_hash = ? AND i.used_at IS NULL", OutreachStore::invitation, tokenHash));
    }

    /**
     * Marks the invitation used by the organisation, once: false when it was used already (two employers
     * racing for one link: one wins).
     */
    public boolean use(long invitationId, long organisationId) {
        return database.inTransaction(c -> Jdbc.update(
                        c,
                        "UPDATE outreach_invitation SET used_at = ?, organisation_id = ? WHERE id = ? AND used_at IS NULL",
                        now(),
                        organisationId,
                        invitationId)
                == 1);
    }

    /** The programme's invitations, newest first. */
    public List<OutreachInvitation> ofProgramme(long programmeId) {
        return database.inTransaction(c -> Jdbc.list(
                c,
                SELECT + " WHERE i.programme_id = ? ORDER BY i.created_at DESC, i.id DESC",
                OutreachStore::invitation,
                programmeId));
    }

    /**
     * How far the employers invited for a programme got.
     *
     * @param sent invitations sent
     * @param registered invitations used: an employer registered an organisation
     * @param scansStarted of those organisations, how many started a scan
     * @param scansCompleted how many have a scan that has closed
     */
    public record Counts(long sent, long registered, long scansStarted, long scansCompleted) {}

    public Counts counts(long programmeId) {
        return database.inTransaction(c -> new Counts(
                Jdbc.count(c, "SELECT COUNT(*) FROM outreach_invitation WHERE programme_id = ?", programmeId),
                Jdbc.count(
                        c,
                        "SELECT COUNT(*) FROM outreach_invitation WHERE programme_id = ? AND used_at IS NOT NULL",
                        programmeId),
                Jdbc.count(
                        c,
                        "SELECT COUNT(DISTINCT i.organisation_id) FROM outreach_invitation i"
                                + " JOIN scan s ON s.organisation_id = i.organisation_id WHERE i.programme_id = ?",
                        programmeId),
                Jdbc.count(
                        c,
                        "SELECT COUNT(DISTINCT i.organisation_id) FROM outreach_invitation i"
                                + " JOIN scan s ON s.organisation_id = i.organisation_id"
                                + " WHERE i.programme_id = ? AND s.closes_at <= ?",
                        programmeId,
                        now())));
    }

    private static final String SELECT =
            "SELECT i.id, i.programme_id, u.username, i.label, i.created_at, i.used_at, i.organisation_id"
                    + " FROM outreach_invitation i JOIN app_user u ON u.id = i.adviser_id";

    private static OutreachInvitation invitation(ResultSet rs) throws SQLException {
        return new OutreachInvitation(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                Jdbc.instant(rs, "created_at"),
                Jdbc.optionalInstant(rs, "used_at"),
                Jdbc.optionalLong(rs, "organisation_id"));
    }
}
