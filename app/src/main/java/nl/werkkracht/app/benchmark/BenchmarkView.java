package nl.werkkracht.app.benchmark;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;

/**
 * The answer to one benchmark question (METHODS.md §9), the API shape: the group's current published version
 * as this caller may see it. Every figure has 3 significant digits. A suppressed answer carries {@code
 * suppressed: true}, a {@code reason} and the {@code countBand} and no statistics at all (the statistic fields
 * are left out); a statistic that is not shown is left out and named in {@code withheld}; minimum and maximum
 * are never part of it.
 *
 * @param network the network's id
 * @param metric the metric's id
 * @param unit the metric's unit, e.g. {@code EUR/h}, {@code %}, {@code 0-100}
 * @param direction {@code HIGHER_IS_BETTER} or {@code LOWER_IS_BETTER}
 * @param year the period
 * @param cut the peer group asked for; an absent part means all
 * @param version the number of the published version shown; absent when nothing was published yet
 * @param publishedAt when that version was published ("stand per …"); an earlier version stays shown until
 *     enough organisations changed
 * @param n organisations in the group (in that version); absent when suppressed
 * @param reason {@code frequency}, {@code dominance}, {@code secondary}, {@code history} or {@code insider};
 *     absent when shown
 * @param countBand {@code "< 5"} or {@code "≥ 5"}; absent when shown
 * @param p10 k-smoothed percentiles: each the mean of the 5 values around it, absent when that window would
 *     include the minimum or maximum
 * @param frontier mean of the best max(5 %, 5) values
 * @param dispersion P90/P10 where both are shown, else P75/P25; absent when neither pair is
 * @param dispersionMeasure {@code P90/P10} or {@code P75/P25}
 * @param withheld for each statistic left out: {@code too-few} (its window would include the minimum or
 *     maximum), {@code combination} (with figures published before it would reveal a value) or {@code insider}
 *     (it would reveal a value to the caller, who knows the values of its own organisations)
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
        Integer version,
        Instant publishedAt,
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
        String dispersionMeasure,
        @Schema(example = "{\"p10\": \"too-few\", \"p90\": \"too-few\"}") Map<String, String> withheld,
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
     * The asking organisation's position, from the published version it is counted in.
     *
     * @param value its value as counted in the version shown, or its current value when it is not counted
     * @param counted whether it is counted in the version shown (it joined, consented or changed its figure
     *     since: then there is no rank or distance until the next version)
     * @param percentileRank 0–100 on the value scale, from n = 20; absent otherwise
     * @param percentileRankBand below n = 20 the band of 10 its rank falls in, e.g. {@code 40-50}
     * @param distanceToFrontier value / frontier; absent when the frontier is not shown to the caller
     * @param currentValue its value now, when the version counts it with an earlier value
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OwnView(
            long organisationId,
            double value,
            boolean counted,
            @Schema(description = "0-100, from n = 20; absent when suppressed or banded") Double percentileRank,
            @Schema(description = "below n = 20, e.g. 40-50", example = "40-50") String percentileRankBand,
            @Schema(description = "value / frontier; absent when not shown") Double distanceToFrontier,
            @Schema(description = "its value now, when counted with an earlier one") Double currentValue) {}
}
