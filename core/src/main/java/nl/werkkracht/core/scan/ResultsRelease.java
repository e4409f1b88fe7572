package nl.werkkracht.core.scan;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * When the results of a scan may be seen (METHODS.md §10, ADR 0011): <strong>once, when the scan has
 * closed</strong> — at its closing moment, or earlier when the employer closes it — computed from all its
 * responses; never while it is open.
 *
 * <p>Why not a live or interim view: an employer who reads a group's mean at {@code n} and again at
 * {@code n + 1} responses learns the new respondent's score exactly ({@code (n+1)·new − n·old}), and an
 * interim view that shows only "all respondents" every {@code k} responses still lets the final team
 * cuts be differenced against it (a team hidden to protect a smaller one is known from an earlier
 * version). A closed scan takes no more responses, so its one version never changes and differencing
 * over time has nothing to work with; the cross-team differencing within that version is {@link
 * AnonymityRule}'s. The callers store the version when it is first made and show only the stored one.
 */
public final class ResultsRelease {

    private ResultsRelease() {}

    /** Whether the results may be seen at {@code now}: the scan has closed. */
    public static boolean released(Instant now, Instant closesAt) {
        return !now.isBefore(Objects.requireNonNull(closesAt, "closesAt"));
    }

    /**
     * The one version of the results of a closed scan.
     *
     * @throws IllegalStateException when the scan is still open at {@code now}
     */
    public static ScanResults publish(
            Instant now,
            Instant closesAt,
            Instrument instrument,
            List<String> teams,
            List<Response> responses,
            AnonymityRule rule) {
        if (!released(now, closesAt)) {
            throw new IllegalStateException("the results of an open scan are not shown; it closes at " + closesAt);
        }
        return ScanAnalysis.analyse(instrument, teams, responses, rule);
    }
}
