package nl.werkkracht.core.scan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The results of a scan after disclosure control (METHODS.md §10–11).
 *
 * @param responses number of responses in the scan
 * @param groups "all respondents" first, then each team in the scan's order
 * @param balance the TOP balance of "all respondents"; empty when that group is suppressed or lacks a
 *     pillar score
 */
public record ScanResults(int responses, List<GroupResult> groups, Optional<TopBalance> balance) {

    /** The group name of all respondents together. */
    public static final String ALL = "ALL";

    public ScanResults {
        if (responses < 0) {
            throw new IllegalArgumentException("responses must be ≥ 0");
        }
        groups = List.copyOf(groups);
        Objects.requireNonNull(balance, "balance");
    }

    /** The group with this name. */
    public Optional<GroupResult> group(String name) {
        return groups.stream().filter(g -> g.group().equals(name)).findFirst();
    }

    /** All respondents together. */
    public GroupResult all() {
        return group(ALL).orElseThrow();
    }
}
