package nl.werkkracht.app.followup;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * One metric of one organisation followed over time (METHODS.md §14), as the API returns it and the page
 * shows it: every measurement as an index against the baseline (= 100), labelled, with the chosen
 * interventions to mark. Absent values are null, never 0.
 *
 * @param metric the metric's id ({@code core.benchmark.Metric}, shared with benchmarking)
 * @param unit its unit, e.g. {@code EUR/h}, {@code %}, {@code 0-100}
 * @param direction {@code HIGHER_IS_BETTER} or {@code LOWER_IS_BETTER}
 * @param baseline the baseline measurement (index 100); null when there is no timeline
 * @param series the measurements in period order; empty when there is no timeline
 * @param interventions the chosen interventions with a start date, by start date
 * @param missing why there is no timeline, in the request's language; null when there is one
 */
public record FollowUpView(
        String metric,
        String unit,
        @Schema(allowableValues = {"HIGHER_IS_BETTER", "LOWER_IS_BETTER"}) String direction,
        Baseline baseline,
        List<Point> series,
        List<InterventionView> interventions,
        String missing) {

    public FollowUpView {
        series = List.copyOf(series);
        interventions = List.copyOf(interventions);
    }

    /**
     * The baseline measurement.
     *
     * @param period {@code 2019} for a year, {@code 2024Q2} for a quarter (a scan, dated by its closing date)
     * @param value in the metric's unit
     */
    public record Baseline(String period, double value) {}

    /**
     * One measurement.
     *
     * @param period {@code 2019} or {@code 2024Q2}
     * @param value in the metric's unit
     * @param index {@code 100 · value / baseline value}
     * @param label how it compares with the baseline, direction-aware
     * @param adjustingAfter for {@code EXPECTED_DIP}: the intervention whose adjustment period explains the dip
     * @param labelText the label in the request's language
     */
    public record Point(
            String period,
            double value,
            double index,
            @Schema(
                            allowableValues = {
                                "BASELINE",
                                "BEFORE_BASELINE",
                                "IMPROVEMENT",
                                "STABLE",
                                "EXPECTED_DIP",
                                "DECLINE"
                            })
                    String label,
            String adjustingAfter,
            String labelText) {}

    /**
     * A chosen intervention with its start date.
     *
     * @param id its catalogue id
     * @param title its title in the request's language
     * @param route {@code TECHNOLOGY}, {@code ORGANISATION} or {@code EMPLOYEE}
     * @param startDate when it started (or starts)
     */
    public record InterventionView(
            String id,
            String title,
            @Schema(allowableValues = {"TECHNOLOGY", "ORGANISATION", "EMPLOYEE"}) String route,
            LocalDate startDate) {}
}
