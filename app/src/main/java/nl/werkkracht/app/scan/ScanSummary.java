package nl.werkkracht.app.scan;

import java.time.Instant;
import java.util.List;

/**
 * A scan as the employer sees it in a list.
 *
 * @param id the scan's id
 * @param organisationId its organisation
 * @param instrumentId the questionnaire, e.g. {@code werkkracht}
 * @param instrumentVersion its version
 * @param teams the teams respondents choose from; empty when none
 * @param closesAt from this moment no answers are accepted
 * @param createdAt when the scan was created
 * @param open whether answers are accepted now
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
}
