package nl.werkkracht.core.scan;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which groups of respondents may be shown (METHODS.md §10 with the differencing rule of §9). The groups
 * are "all respondents" and the teams, which partition the respondents.
 *
 * <ol>
 *   <li>Primary suppression: a group with fewer than {@code k} respondents is not shown.
 *   <li>Secondary suppression: while "all" is shown, "all" minus the shown teams equals the suppressed
 *       teams taken together, so they must not form a group under {@code k} either. When the suppressed
 *       teams together hold 1..k-1 respondents (which is always the case when exactly one team with
 *       respondents is suppressed), more teams are suppressed, the smallest first (ties: the earlier team
 *       in the scan's order), until they hold at least {@code k} respondents — and so at least two teams.
 *       Should no team be left to add, "all" is suppressed instead.
 * </ol>
 *
 * Suppressed teams without any respondent reveal nothing and need no partner. Since "all" is kept
 * whenever it passes the primary rule, "all" is suppressed only when it has fewer than {@code k}
 * respondents, and then every team is too. The same rule applies per cell (per scale) to the number of
 * respondents who have a score there, starting from the groups already suppressed.
 *
 * @param k the minimum group size, at least {@value #MINIMUM_K}: configurable upward only
 */
public record AnonymityRule(int k) {

    /** The smallest {@code k} allowed, and the default. */
    public static final int MINIMUM_K = 5;

    /** The default rule, {@code k = 5}. */
    public static final AnonymityRule DEFAULT = new AnonymityRule(MINIMUM_K);

    public AnonymityRule {
        if (k < MINIMUM_K) {
            throw new IllegalArgumentException("k may only be raised above " + MINIMUM_K + ", got " + k);
        }
    }

    /**
     * The groups to suppress.
     *
     * @param allCount respondents in "all"
     * @param teamCounts respondents per team, in the scan's order (empty when the scan has no teams);
     *     together they are {@code allCount}
     * @return what to suppress
     */
    public Suppression suppress(int allCount, Map<String, Integer> teamCounts) {
        return suppress(allCount, teamCounts, Suppression.NONE);
    }

    /**
     * The groups to suppress when {@code before} is suppressed already (for cells: the suppressed
     * groups).
     */
    public Suppression suppress(int allCount, Map<String, Integer> teamCounts, Suppression before) {
        boolean all = before.all() || allCount < k;
        var teams = new LinkedHashSet<>(before.teams());
        teamCounts.forEach((team, n) -> {
            if (n < k) {
                teams.add(team);
            }
        });
        if (!all && !teamCounts.isEmpty()) {
            int hidden =
                    teams.stream().mapToInt(t -> teamCounts.getOrDefault(t, 0)).sum();
            List<String> candidates = teamCounts.keySet().stream()
                    .filter(t -> !teams.contains(t))
                    .sorted(Comparator.comparingInt(teamCounts::get)) // stable: scan order on ties
                    .toList();
            int next = 0;
            while (hidden > 0 && hidden < k) {
                if (next == candidates.size()) {
                    all = true;
                    break;
                }
                String team = candidates.get(next++);
                teams.add(team);
                hidden += teamCounts.get(team);
            }
        }
        return new Suppression(all, teams);
    }

    /**
     * Groups not to show.
     *
     * @param all whether "all respondents" is suppressed
     * @param teams the suppressed teams
     */
    public record Suppression(boolean all, Set<String> teams) {

        /** Nothing suppressed. */
        public static final Suppression NONE = new Suppression(false, Set.of());

        public Suppression {
            teams = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(teams));
        }

        /** Whether the team is suppressed. */
        public boolean team(String team) {
            return teams.contains(team);
        }
    }
}
