package nl.werkkracht.store.scan;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A scan as stored.
 *
 * @param id the scan's id
 * @param organisationId the organisation it belongs to
 * @param instrumentId the questionnaire answered, e.g. {@code werkkracht}
 * @param instrumentVersion its version
 * @param teams the teams respondents choose from, in the employer's order; empty when none
 * @param closesAt from this moment no answers are accepted
 * @param createdAt when the scan was created
 */
public record StoredScan(
        long id,
        long organisationId,
        String instrumentId,
        int instrumentVersion,
        List<String> teams,
        Instant closesAt,
        Instant createdAt) {

    public StoredScan {
        Objects.requireNonNull(instrumentId, "instrumentId");
        teams = List.copyOf(teams);
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Whether answers are no longer accepted at {@code now}. */
    public boolean closed(Instant now) {
        return !now.isBefore(closesAt);
    }
}
