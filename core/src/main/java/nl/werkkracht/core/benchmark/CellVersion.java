package nl.werkkracht.core.benchmark;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One published version of one peer group (cell) of one network, metric and year (METHODS.md §9, over
 * time). Either shown — the statistics that passed every guard, rounded to 3 significant digits, and who
 * contributed — or suppressed with a reason (no statistics, no contributors).
 *
 * @param cut the peer group
 * @param number 1 for the first version, then 2, 3, …
 * @param publishedAt when it was published (shown with it: "stand per …")
 * @param n the number of organisations in the group at the time
 * @param suppression why it is suppressed; empty when shown
 * @param statistics the shown statistics (possibly none of them); empty when suppressed
 * @param contributions the organisations in a shown version (fewer than {@code n} once one was deleted)
 */
public record CellVersion(
        Cut cut,
        int number,
        Instant publishedAt,
        int n,
        Optional<SuppressionReason> suppression,
        Optional<PeerStatistics> statistics,
        List<Contribution> contributions) {

    public CellVersion {
        Objects.requireNonNull(cut, "cut");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(suppression, "suppression");
        Objects.requireNonNull(statistics, "statistics");
        contributions = List.copyOf(contributions);
        if (number < 1 || n < 0 || contributions.size() > n) {
            throw new IllegalArgumentException("a version has a number ≥ 1 and at most n contributions");
        }
        if (suppression.isPresent() == statistics.isPresent()) {
            throw new IllegalArgumentException("a version is either shown with statistics or suppressed");
        }
        if (suppression.isPresent() && !contributions.isEmpty()) {
            throw new IllegalArgumentException("a suppressed version keeps no contributions");
        }
    }

    /** Whether the version shows statistics. */
    public boolean shown() {
        return suppression.isEmpty();
    }
}
