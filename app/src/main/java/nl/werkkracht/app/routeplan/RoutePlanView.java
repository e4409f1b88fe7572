package nl.werkkracht.app.routeplan;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A generated route plan (METHODS.md §13) with the organisation's choices, in one language, as the API
 * returns it and the pages and the report show it. Absent values are null, never 0.
 *
 * @param generatedFrom which data the plan was generated from
 * @param noData true when nothing was measured yet: nothing is proposed and {@code measureFirst} says
 *     what to do first
 * @param measureFirst the sources not measured yet, in the order to measure them
 * @param laggingPillar the pillar whose route comes first because the TOP balance is flagged; null when
 *     the balance is not flagged or not known
 * @param laggingNote the sentence that says so; null with {@code laggingPillar}
 * @param proposed the proposals in plan order
 * @param later relevant interventions whose prerequisites are not met yet
 * @param excluded interventions kept out by the dual-objective rule, with the reason
 * @param otherChoices choices recorded for interventions that are not proposed now (the data changed)
 */
public record RoutePlanView(
        long organisationId,
        int catalogueVersion,
        GeneratedFrom generatedFrom,
        boolean noData,
        List<MeasureFirst> measureFirst,
        @Schema(allowableValues = {"TECHNOLOGY", "ORGANISATION", "PEOPLE"}) String laggingPillar,
        String laggingNote,
        List<ProposalView> proposed,
        List<LaterView> later,
        List<ExcludedView> excluded,
        List<OtherChoiceView> otherChoices) {

    /** Proposals of one route ({@code TECHNOLOGY}, {@code ORGANISATION}, {@code EMPLOYEE}), in plan order. */
    public List<ProposalView> proposed(String route) {
        return proposed.stream().filter(p -> p.route().equals(route)).toList();
    }

    /** A source still to measure, with what to do. */
    public record MeasureFirst(
            @Schema(allowableValues = {"SCAN", "FINANCIALS", "VALUE_STREAM"}) String source, String text) {}

    /**
     * An intervention the plan proposes.
     *
     * @param rank 1 for the first proposal of the plan
     * @param why the conditions that selected it, with the actual values
     * @param alsoStrengthens the low dimensions of good work it is expected to raise
     * @param cautions lowering effects on dimensions that were not measured
     * @param prerequisites its prerequisites, all met, with the actual values
     * @param choice the organisation's choice; null when none was recorded
     */
    public record ProposalView(
            String id,
            int rank,
            @Schema(allowableValues = {"TECHNOLOGY", "ORGANISATION", "EMPLOYEE"}) String route,
            String title,
            String rationale,
            String source,
            List<String> why,
            List<String> alsoStrengthens,
            List<String> cautions,
            List<String> prerequisites,
            List<IndicatorView> indicators,
            EffectsView effects,
            ChoiceView choice) {}

    /**
     * A relevant intervention that has to wait: "later, first: …".
     *
     * @param firstNeeded its unmet prerequisites, with the actual values or "not measured yet"
     */
    public record LaterView(
            String id,
            String route,
            String title,
            String rationale,
            String source,
            List<String> why,
            List<String> firstNeeded,
            ChoiceView choice) {}

    /**
     * An intervention the dual-objective rule keeps out.
     *
     * @param reason all reasons in one sentence
     * @param reasons one sentence per dimension it would lower where it already scores low
     * @param why the conditions that would have selected it
     */
    public record ExcludedView(
            String id,
            String route,
            String title,
            String source,
            String reason,
            List<String> reasons,
            List<String> why) {}

    /** A choice for an intervention that is not proposed now. */
    public record OtherChoiceView(String id, String route, String title, ChoiceView choice) {}

    /** A quantity to follow, with its label. */
    public record IndicatorView(String id, String label) {}

    /** Expected effects, each −1, 0 or +1 (expert judgement in the catalogue). */
    public record EffectsView(int autonomy, int health, int development, int productivity) {}

    /**
     * The organisation's choice about an intervention.
     *
     * @param owner who takes it on; null when nobody yet
     * @param startDate the planned start; null when not planned
     */
    public record ChoiceView(boolean chosen, String owner, LocalDate startDate, String note, Instant updatedAt) {}
}
