package nl.werkkracht.app.scan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.werkkracht.core.scan.Pillar;
import nl.werkkracht.core.scan.ScanResults;
import nl.werkkracht.core.scan.TopBalance;

/**
 * The results of a scan as they may be shown (the API shape, also used by the pages, the report and the
 * route plan): disclosure control is applied already. A suppressed group carries no values, no exact
 * count and no ideas.
 *
 * @param scanId the scan
 * @param organisationId its organisation
 * @param instrumentId the questionnaire answered
 * @param instrumentVersion its version
 * @param closesAt when the scan closes
 * @param k the anonymity threshold applied (at least 5)
 * @param responses responses received
 * @param groups all respondents ({@code ALL}) first, then each team
 * @param balanceGap the TOP balance gap of all respondents, points 0–100; null when not available
 * @param lagging the lagging pillar ({@code technology}, {@code organisation}, {@code people}); null when
 *     the gap is not available
 * @param flagged whether the gap is above 15 points; null when the gap is not available
 */
public record ScanResultsView(
        long scanId,
        long organisationId,
        String instrumentId,
        int instrumentVersion,
        Instant closesAt,
        int k,
        int responses,
        List<GroupView> groups,
        Double balanceGap,
        String lagging,
        Boolean flagged) {

    public ScanResultsView {
        groups = List.copyOf(groups);
    }

    /**
     * One group's results.
     *
     * @param group {@code ALL} or the team's name
     * @param n respondents; null when suppressed (see {@code countBand})
     * @param suppressed whether the group is hidden
     * @param countBand for a hidden group: {@code "< 5"} when it has too few respondents, {@code "≥ 5"} when
     *     it is hidden to protect a smaller group (secondary suppression); null when shown
     * @param scales score 0–100 by scale id (higher is better); a scale too few respondents scored is absent
     * @param pillars score 0–100 by pillar ({@code technology}, {@code organisation}, {@code people})
     * @param ideas improvement ideas, only for a group that passes, sorted, without any author data
     */
    public record GroupView(
            String group,
            Integer n,
            boolean suppressed,
            String countBand,
            Map<String, Double> scales,
            Map<String, Double> pillars,
            List<String> ideas) {

        public GroupView {
            scales = Collections.unmodifiableMap(new LinkedHashMap<>(scales));
            pillars = Collections.unmodifiableMap(new LinkedHashMap<>(pillars));
            ideas = List.copyOf(ideas);
        }

        /** The pillar score, if shown. */
        public Optional<Double> pillar(Pillar pillar) {
            return Optional.ofNullable(pillars.get(key(pillar)));
        }
    }

    /** The JSON key of a pillar: {@code technology}, {@code organisation}, {@code people}. */
    public static String key(Pillar pillar) {
        return pillar.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The group of all respondents. */
    @JsonIgnore
    public GroupView all() {
        return group(ScanResults.ALL).orElseThrow();
    }

    /** The group with this name. */
    public Optional<GroupView> group(String name) {
        return groups.stream().filter(g -> g.group().equals(name)).findFirst();
    }

    /** Whether all respondents together pass the anonymity rule, so that their results may be used. */
    @JsonIgnore
    public boolean available() {
        return !all().suppressed();
    }

    /** The TOP balance of all respondents; empty when not available. */
    @JsonIgnore
    public Optional<TopBalance> balance() {
        GroupView all = all();
        if (balanceGap == null) {
            return Optional.empty();
        }
        return TopBalance.of(Map.of(
                Pillar.TECHNOLOGY, all.pillar(Pillar.TECHNOLOGY).orElseThrow(),
                Pillar.ORGANISATION, all.pillar(Pillar.ORGANISATION).orElseThrow(),
                Pillar.PEOPLE, all.pillar(Pillar.PEOPLE).orElseThrow()));
    }
}
