package nl.werkkracht.store.scan;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.werkkracht.core.scan.Idea;
import nl.werkkracht.core.scan.Item;
import nl.werkkracht.core.scan.Response;
import nl.werkkracht.core.scan.ScanResults;
import nl.werkkracht.store.db.Database;

/**
 * Scans of organisations, their invitations and their anonymous answers.
 *
 * <p>The store keeps only the SHA-256 of each invitation token, and whether it was used — never when.
 * Submitting answers is one transaction that marks the invitation used only if it was not ({@code
 * UPDATE … WHERE used = FALSE}) and stores the answers under a random id with nothing but the team, and
 * the idea apart from them; so a token can be used once, and never be linked to what was answered.
 *
 * <p>Submitting, closing and publishing the results ({@link ScanPublications}) lock the scan's row, so
 * that no answer is stored after a scan was closed and its results were made.
 *
 * <p>The store checks what the database must hold (answers 1..5, teams of the scan, hash format); the
 * application checks answers against the questionnaire. Every method is one transaction and throws a
 * {@link nl.werkkracht.store.db.DatabaseException} when the database fails.
 */
public final class ScanStore {

    /** Longest team name. */
    public static final int MAX_TEAM_LENGTH = 100;

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final Database database;
    private final Clock clock;
    private final ScanRepository scans = new ScanRepository();
    private final AnswerRepository answers = new AnswerRepository();

    public ScanStore(Database database) {
        this(database, Clock.systemUTC());
    }

    /** @param clock tells when scans are created and whether a scan has closed */
    public ScanStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Creates a scan.
     *
     * @param teams team names, unique, not blank, at most {@value #MAX_TEAM_LENGTH} characters; empty for
     *     a scan without teams
     * @return the scan; empty when there is no such organisation
     * @throws IllegalArgumentException when a team name is not valid
     */
    public Optional<StoredScan> create(
            long organisationId, String instrumentId, int instrumentVersion, List<String> teams, Instant closesAt) {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(closesAt, "closesAt");
        requireValidTeams(teams);
        Instant closes = closesAt.truncatedTo(ChronoUnit.MICROS);
        return database.inTransaction(connection -> {
            Optional<Long> id =
                    scans.insert(connection, organisationId, instrumentId, instrumentVersion, teams, closes, now());
            if (id.isEmpty()) {
                return Optional.empty();
            }
            return scans.find(connection, id.get()).map(ScanOverview::scan);
        });
    }

    /** The scan with this id, with its counts. */
    public Optional<ScanOverview> scan(long scanId) {
        return database.inTransaction(connection -> scans.find(connection, scanId));
    }

    /** The scans of an organisation, newest first. */
    public List<ScanOverview> scans(long organisationId) {
        return database.inTransaction(connection -> scans.ofOrganisation(connection, organisationId));
    }

    /** What closing a scan did. */
    public enum Closing {
        /** The scan was open and is closed now. */
        CLOSED,
        /** The scan had closed before; nothing changed. */
        ALREADY_CLOSED,
        /** There is no such scan. */
        NO_SCAN
    }

    /**
     * Closes an open scan now, before its closing moment: from now on no answers are accepted, and its
     * closing moment becomes now (so that it counts for the period it ran in).
     */
    public Closing close(long scanId) {
        Instant now = now();
        return database.inTransaction(connection -> {
            if (!ScanPublications.lock(connection, scanId)) {
                return Closing.NO_SCAN;
            }
            return scans.close(connection, scanId, now) ? Closing.CLOSED : Closing.ALREADY_CLOSED;
        });
    }

    /**
     * Stores new, unused invitations by the SHA-256 of their tokens.
     *
     * @return false when there is no such scan (nothing stored)
     * @throws IllegalArgumentException when a hash is not 64 lower-case hex digits or occurs twice
     */
    public boolean addInvitations(long scanId, List<String> tokenHashes) {
        tokenHashes.forEach(ScanStore::requireSha256Hex);
        if (new HashSet<>(tokenHashes).size() != tokenHashes.size()) {
            throw new IllegalArgumentException("a token hash occurs twice");
        }
        return database.inTransaction(connection -> {
            if (scans.find(connection, scanId).isEmpty()) {
                return false;
            }
            answers.insertInvitations(connection, scanId, tokenHashes);
            return true;
        });
    }

    /** The scan an invitation token opens, and whether it was used; empty for an unknown token. */
    public Optional<InvitationStatus> invitation(String tokenHash) {
        if (tokenHash == null || !SHA256_HEX.matcher(tokenHash).matches()) {
            return Optional.empty();
        }
        return database.inTransaction(connection -> {
            var invitation = answers.invitation(connection, tokenHash);
            if (invitation.isEmpty()) {
                return Optional.empty();
            }
            StoredScan scan = scans.find(connection, invitation.get().getKey())
                    .orElseThrow()
                    .scan();
            return Optional.of(new InvitationStatus(scan, invitation.get().getValue()));
        });
    }

    /**
     * Stores one respondent's answers with an invitation token, in one transaction: the invitation is
     * marked used and the answers and idea are stored, or nothing happens.
     *
     * @param team the respondent's team (one of the scan's teams), empty when the scan has none
     * @param itemAnswers answer 1..5 by item id
     * @param idea the answer to the open question, if any
     * @return {@link Submission#STORED}, or why nothing was stored
     * @throws IllegalArgumentException when an answer is not 1..5 or the team does not fit the scan
     */
    public Submission submit(
            String tokenHash, Optional<String> team, Map<String, Integer> itemAnswers, Optional<Idea> idea) {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(idea, "idea");
        itemAnswers.forEach((item, answer) -> {
            if (answer == null || !Item.isValidAnswer(answer)) {
                throw new IllegalArgumentException("answer to " + item + " must be 1..5, got " + answer);
            }
        });
        if (tokenHash == null || !SHA256_HEX.matcher(tokenHash).matches()) {
            return Submission.UNKNOWN_TOKEN;
        }
        Instant now = now();
        return database.inTransaction(connection -> {
            var invitation = answers.invitation(connection, tokenHash);
            if (invitation.isEmpty()) {
                return Submission.UNKNOWN_TOKEN;
            }
            // the scan's row stays locked until the answers are stored, so that closing and publishing
            // the results wait for them (ScanPublications)
            ScanPublications.lock(connection, invitation.get().getKey());
            StoredScan scan = scans.find(connection, invitation.get().getKey())
                    .orElseThrow()
                    .scan();
            if (scan.closed(now)) {
                return Submission.CLOSED;
            }
            if (team.map(t -> !scan.teams().contains(t)).orElse(!scan.teams().isEmpty())) {
                throw new IllegalArgumentException("the team must be one of " + scan.teams());
            }
            if (!answers.use(connection, tokenHash)) {
                return Submission.ALREADY_USED;
            }
            answers.insertResponse(connection, scan.id(), team, itemAnswers);
            if (idea.isPresent()) {
                answers.insertIdea(connection, scan.id(), team, idea.get().text());
            }
            return Submission.STORED;
        });
    }

    /** Every response of a scan, in no meaningful order. */
    public List<Response> responses(long scanId) {
        return database.inTransaction(connection -> answers.responses(connection, scanId));
    }

    /** Every idea of a scan, in no meaningful order, each with its team only. */
    public List<Idea> ideas(long scanId) {
        return database.inTransaction(connection -> answers.ideas(connection, scanId));
    }

    private static void requireValidTeams(List<String> teams) {
        var seen = new HashSet<String>();
        for (String team : teams) {
            if (team == null || team.isBlank() || !team.equals(team.strip())) {
                throw new IllegalArgumentException("a team needs a name without leading or trailing spaces");
            }
            if (team.length() > MAX_TEAM_LENGTH) {
                throw new IllegalArgumentException("a team name may have at most " + MAX_TEAM_LENGTH + " characters");
            }
            if (team.equals(ScanResults.ALL)) {
                throw new IllegalArgumentException("'" + ScanResults.ALL + "' names all respondents, not a team");
            }
            if (!seen.add(team)) {
                throw new IllegalArgumentException("team '" + team + "' occurs twice");
            }
        }
    }

    private static void requireSha256Hex(String hash) {
        if (hash == null || !SHA256_HEX.matcher(hash).matches()) {
            throw new IllegalArgumentException("a token hash must be a SHA-256 as 64 lower-case hex digits");
        }
    }
}
