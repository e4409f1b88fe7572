package nl.werkkracht.app.followup;

import java.time.Instant;
import java.util.List;

/**
 * A re-scan compared with the baseline scan, per scale, under the anonymity rule: all respondents
 * ({@code ALL}) and each team that both scans have. A group hidden in either scan carries no values and no
 * difference, so that nothing about a small group can be read from the change.
 *
 * @param baseline the baseline scan; null when there are not two scans to compare
 * @param latest the latest scan; null when there are not two scans to compare
 * @param groups {@code ALL} first, then the teams of both scans in the latest scan's order
 * @param missing why there is no comparison, in the request's language; null when there is one
 */
public record ScanComparisonView(ScanRef baseline, ScanRef latest, List<GroupComparison> groups, String missing) {

    public ScanComparisonView {
        groups = List.copyOf(groups);
    }

    /**
     * A scan of the comparison.
     *
     * @param period the quarter it ran in (of its last day, Dutch time), {@code 2024Q2}
     */
    public record ScanRef(long scanId, Instant closesAt, String period) {}

    /**
     * One group in both scans.
     *
     * @param group {@code ALL} or the team's name
     * @param shown whether the group passes the anonymity rule in both scans; when false, {@code scales} is
     *     empty
     * @param scales per scale of the questionnaire, in its order
     */
    public record GroupComparison(String group, boolean shown, List<ScaleComparison> scales) {

        public GroupComparison {
            scales = List.copyOf(scales);
        }
    }

    /**
     * One scale of a shown group.
     *
     * @param scale the scale's id
     * @param name its name in the request's language
     * @param baseline the score 0–100 in whole points in the baseline scan; null when too few respondents
     *     scored it
     * @param latest the score 0–100 in whole points in the latest scan; null when too few respondents
     *     scored it
     * @param difference {@code latest − baseline} in whole points; null when either is absent
     */
    public record ScaleComparison(String scale, String name, Integer baseline, Integer latest, Integer difference) {}
}
