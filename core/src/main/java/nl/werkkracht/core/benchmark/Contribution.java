package nl.werkkracht.core.benchmark;

import java.util.Objects;

/**
 * One organisation's part in a published version of a peer group (kept so that later versions and viewers
 * can be checked against what was published; deleting the organisation deletes it).
 *
 * @param organisationId the organisation
 * @param value its value as it was used
 * @param percentileRank its percentile rank in the group at the time, 0–100
 * @param windows the {@linkplain Statistic#bit() bits} of the shown statistics whose window held it
 */
public record Contribution(String organisationId, double value, double percentileRank, int windows) {

    public Contribution {
        Objects.requireNonNull(organisationId, "organisationId");
        if (!Double.isFinite(value) || !(percentileRank >= 0 && percentileRank <= 100)) {
            throw new IllegalArgumentException("value must be finite and the rank in [0, 100]");
        }
    }

    /** Whether it lies in the window of the statistic. */
    public boolean in(Statistic statistic) {
        return (windows & statistic.bit()) != 0;
    }
}
