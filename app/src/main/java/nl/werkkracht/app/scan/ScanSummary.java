package nl.werkkracht.app.scan;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A scan as the employer sees it in a list.
 *
 * @param id the scan's id
 * @param organisationId its organisation
 * @param instrumentId the questionnaire, e.g. {@code werkkracht}
 * @param instrumentVersion its version
 * @param teams the teams respondents choose from; empty when none
 * @param closesAt from this moment no answers are accepted (the moment it was closed, when the employer
 *     closed it early)
 * @param createdAt when the scan was created
 * @param open whether answers are accepted now; the results are shown only once it is not
 * @param invitations invitations made
 * @param responses responses received
 */
public record ScanSummary(
        long id,
        long organisationId,
        String instrumentId,
        int instrumentVersion,
        List<String> teams,
        Instant closesAt,
        Instant createdAt,
        boolean open,
        int invitations,
        int responses) {

    public ScanSummary {
        teams = List.copyOf(teams);
    }

    /** The last day (Dutch time) answers are accepted: the period the scan runs in. */
    @JsonProperty("lastDay")
    public LocalDate lastDay() {
        return ScanPeriod.lastDay(closesAt);
    }

    /** Whether the results can be seen: only once the scan has closed (ADR 0011). */
    @JsonProperty("resultsAvailable")
    public boolean resultsAvailable() {
        return !open;
    }
}
