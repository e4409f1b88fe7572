package nl.werkkracht.app.benchmark;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to one benchmark question (METHODS.md §9), the API shape. A suppressed answer carries {@code
 * suppressed: true}, a {@code reason} and the {@code countBand} and no statistics at all (the statistic fields
 * are left out); minimum and maximum are never part of it.
 *
 * @param network the network's id
 * @param metric the metric's id
 * @param unit the metric's unit, e.g. {@code EUR/h}, {@code %}, {@code 0-100}
 * @param direction {@code HIGHER_IS_BETTER} or {@code LOWER_IS_BETTER}
 * @param year the period
 * @param cut the peer group asked for; an absent part means all
 * @param n organisations in the group; absent when suppressed
 * @param reason {@code frequency}, {@code dominance} or {@code secondary}; absent when shown
 * @param countBand {@code "< 5"} or {@code "≥ 5"}; absent when shown
 * @param frontier mean of the best max(3, ⌈5 % n⌉) values
 * @param dispersion P90 / P10; absent when P10 ≤ 0
 * @param official the sector's official figure (value added per hour only)
 * @param own the asking organisation's own position (only with {@code organisation=} of the caller's own
 *     organisation that is a member and consented)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BenchmarkView(
        long network,
        String metric,
        String unit,
        String direction,
        int year,
        CutView cut,
        Integer n,
        boolean suppressed,
        String reason,
        String countBand,
        Double p10,
        Double p25,
        Double p50,
        Double p75,
        Double p90,
        Double frontier,
        Double dispersion,
        OfficialView official,
        OwnView own) {

    /** The requested peer group; null parts are open. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CutView(String sector, String sizeClass, String region) {}

    /**
     * The official sector figure as a reference line.
     *
     * @param value euro per hour worked; null when none is available (see {@code note})
     * @param source where it comes from; null when none
     * @param note why there is none; null when there is one
     */
    public record OfficialView(Double value, String source, String note) {}

    /**
     * The asking organisation's position.
     *
     * @param value its own value
     * @param percentileRank 0–100 on the value scale; absent when the group is suppressed
     * @param distanceToFrontier value / frontier; absent when the group is suppressed or has no positive frontier
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OwnView(
            long organisationId,
            double value,
            @Schema(description = "0-100; absent when suppressed") Double percentileRank,
            @Schema(description = "value / frontier; absent when suppressed") Double distanceToFrontier) {}
}
