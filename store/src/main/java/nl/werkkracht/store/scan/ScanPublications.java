package nl.werkkracht.store.scan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import nl.werkkracht.core.scan.Idea;
import nl.werkkracht.core.scan.Response;
import nl.werkkracht.store.db.Database;

/**
 * The published results of closed scans (ADR 0011) and the retention of raw answers.
 *
 * <p>A scan's results are published once: {@link #publish} locks the scan's row (as submitting answers
 * does), so that no answer can arrive between reading the responses and storing the results, and stores
 * nothing when a publication exists already. After the retention period {@link #deleteAnswers} removes
 * the responses, their answers and the ideas, and keeps the publication. Every method is one
 * transaction.
 */
public final class ScanPublications {

    private static final String LOCK = "SELECT closes_at FROM scan WHERE id = ? FOR UPDATE";

    private static final String DUE =
            """
            SELECT s.id FROM scan s
              LEFT JOIN scan_publication p ON p.scan_id = s.id
             WHERE s.closes_at <= ? AND p.answers_deleted_at IS NULL
             ORDER BY s.id
            """;

    private static final String DELETE_RESPONSES = "DELETE FROM response WHERE scan_id = ?";
    private static final String DELETE_IDEAS = "DELETE FROM idea WHERE scan_id = ?";
    private static final String MARK_DELETED =
            "UPDATE scan_publication SET answers_deleted_at = ? WHERE scan_id = ? AND answers_deleted_at IS NULL";

    /**
     * What a closed scan's results are made from.
     *
     * @param scan the scan
     * @param responses every response, in no meaningful order
     * @param ideas every idea, with its team only
     */
    public record ClosedScan(StoredScan scan, List<Response> responses, List<Idea> ideas) {}

    private final Database database;
    private final Clock clock;
    private final ScanRepository scans = new ScanRepository();
    private final AnswerRepository answers = new AnswerRepository();
    private final PublicationRepository publications = new PublicationRepository();

    public ScanPublications(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The published results of a scan; empty when not (yet) published or no such scan. */
    public Optional<PublishedResults> publication(long scanId) {
        return database.inTransaction(connection -> publications.find(connection, scanId));
    }

    /**
     * The published results of a closed scan, made now with {@code results} from its responses when
     * there are none yet.
     *
     * @param results makes the publication; called at most once, inside the transaction
     * @return empty when there is no such scan
     * @throws IllegalStateException when the scan is still open
     */
    public Optional<PublishedResults> publish(long scanId, Function<ClosedScan, PublishedResults> results) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return database.inTransaction(connection -> {
            if (!lock(connection, scanId)) {
                return Optional.empty();
            }
            Optional<PublishedResults> existing = publications.find(connection, scanId);
            if (existing.isPresent()) {
                return existing;
            }
            StoredScan scan = scans.find(connection, scanId).orElseThrow().scan();
            if (!scan.closed(now)) {
                throw new IllegalStateException("scan " + scanId + " is open until " + scan.closesAt());
            }
            PublishedResults made = results.apply(
                    new ClosedScan(scan, answers.responses(connection, scanId), answers.ideas(connection, scanId)));
            publications.insert(connection, scanId, made);
            return publications.find(connection, scanId);
        });
    }

    /** Scans closed at or before {@code closedBy} whose raw answers are still kept, by id. */
    public List<Long> answersKeptOfScansClosedBy(Instant closedBy) {
        return database.inTransaction(connection -> {
            var out = new ArrayList<Long>();
            try (PreparedStatement select = connection.prepareStatement(DUE)) {
                select.setObject(1, ScanRepository.timestamp(closedBy));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        out.add(rows.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Deletes a published scan's responses, answers and ideas, and records when; the publication stays.
     *
     * @return false when the scan has no publication (nothing is deleted) or its answers were deleted
     *     before
     */
    public boolean deleteAnswers(long scanId) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return database.inTransaction(connection -> {
            if (!lock(connection, scanId)
                    || publications.find(connection, scanId).isEmpty()) {
                return false;
            }
            try (PreparedStatement mark = connection.prepareStatement(MARK_DELETED)) {
                mark.setObject(1, ScanRepository.timestamp(now));
                mark.setLong(2, scanId);
                if (mark.executeUpdate() == 0) {
                    return false;
                }
            }
            for (String sql : List.of(DELETE_RESPONSES, DELETE_IDEAS)) {
                try (PreparedStatement delete = connection.prepareStatement(sql)) {
                    delete.setLong(1, scanId);
                    delete.executeUpdate();
                }
            }
            return true;
        });
    }

    /** Locks the scan's row until the transaction ends; false when there is no such scan. */
    static boolean lock(Connection connection, long scanId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK)) {
            lock.setLong(1, scanId);
            try (ResultSet rows = lock.executeQuery()) {
                return rows.next();
            }
        }
    }
}
