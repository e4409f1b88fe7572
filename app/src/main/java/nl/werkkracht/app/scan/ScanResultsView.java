package nl.werkkracht.app.scan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.werkkracht.core.scan.Pillar;
import nl.werkkracht.core.scan.ScanResults;
import nl.werkkracht.core.scan.TopBalance;

/**
 * The published results of a closed scan as they may be shown (the API shape, also used by the pages,
 * the report, follow-up, benchmarks and the route plan): the one version made when the scan closed
 * (ADR 0011), with disclosure control applied and every score in whole points. A suppressed group
 * carries no values, no exact count and no ideas.
 *
 * @param scanId the scan
 * @param organisationId its organisation
 * @param instrumentId the questionnaire answered
 * @param instrumentVersion its version
 * @param closesAt when the scan closed
 * @param k the anonymity threshold applied (at least 5)
 * @param responses responses received
 * @param groups all respondents ({@code ALL}) first, then each team
 * @param balanceGap the TOP balance gap of all respondents, whole points 0–100; null when not available
 * @param lagging the lagging pillar ({@code technology}, {@code organisation}, {@code people}); null when
 *     the gap is not available
 * @param flagged whether the gap is above 15 points; null when the gap is not available
 * @param publishedAt when these results were made (the first time they were asked for after closing)
 * @param answersDeletedAt when the raw answers were deleted after the retention period; null while kept
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
        Integer balanceGap,
        String lagging,
        Boolean flagged,
        Instant publishedAt,
        Instant answersDeletedAt) {

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
     * @param scales score 0–100 in whole points by scale id (higher is better); a scale too few
     *     respondents scored is absent
     * @param pillars score 0–100 in whole points by pillar ({@code technology}, {@code organisation},
     *     {@code people})
     * @param ideas improvement ideas, only for a group that passes, sorted, without any author data
     */
    public record GroupView(
            String group,
            Integer n,
            boolean suppressed,
            String countBand,
            Map<String, Integer> scales,
            Map<String, Integer> pillars,
            List<String> ideas) {

        public GroupView {
            scales = Collections.unmodifiableMap(new LinkedHashMap<>(scales));
            pillars = Collections.unmodifiableMap(new LinkedHashMap<>(pillars));
            ideas = List.copyOf(ideas);
        }

        /** The pillar score, if shown. */
        public Optional<Integer> pillar(Pillar pillar) {
            return Optional.ofNullable(pillars.get(key(pillar)));
        }
    }

    /** The JSON key of a pillar: {@code technology}, {@code organisation}, {@code people}. */
    public static String key(Pillar pillar) {
        return pillar.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The last day (Dutch time) the scan took answers: the period the results belong to. */
    @JsonProperty("lastDay")
    public LocalDate lastDay() {
        return ScanPeriod.lastDay(closesAt);
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
        return Optional.of(TopBalance.of(
                all.pillar(Pillar.TECHNOLOGY).orElseThrow(),
                all.pillar(Pillar.ORGANISATION).orElseThrow(),
                all.pillar(Pillar.PEOPLE).orElseThrow()));
    }
}
