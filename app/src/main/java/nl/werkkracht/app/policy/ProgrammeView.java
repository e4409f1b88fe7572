package nl.werkkracht.app.policy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A programme as the API and the pages show it, texts in the request's language. A missing value is null, never
 * 0. Members and the audit log are shown to members only.
 *
 * @param role the viewer's role (OWNER, ADVISER), null for anyone else
 * @param invented true for example data: measures and budgets are invented and labelled so
 */
@Schema(name = "Programme", description = "A policy programme with its cycle, measures, indicators and follow-up")
public record ProgrammeView(
        long id,
        String name,
        String region,
        String regionName,
        int fromYear,
        int toYear,
        String description,
        boolean published,
        Instant publishedAt,
        boolean invented,
        String role,
        List<Member> members,
        List<Cycle> cycles,
        List<Measure> measures,
        List<Question> questions,
        List<Recommendation> recommendations,
        List<Evaluation> evaluations,
        Outreach outreach) {

    /** A member (shown to members only). */
    public record Member(String username, String role) {}

    /** One year of the cycle with its five phases in order. */
    public record Cycle(int year, List<PhaseStep> phases) {}

    /** A phase: what was done and whether it is complete. */
    public record PhaseStep(String phase, String name, String done, boolean completed) {}

    /** A measure with its indicators. */
    public record Measure(
            long id,
            String name,
            String description,
            String route,
            String routeName,
            RecommendationRef recommendation,
            String region,
            String regionName,
            List<String> sectors,
            Double budget,
            String responsible,
            int startYear,
            Integer endYear,
            String status,
            String statusName,
            List<Indicator> indicators) {}

    /** The catalogue recommendation a measure implements. */
    public record RecommendationRef(String id, String source, String title, String reference) {}

    /**
     * An indicator with baseline, target and progress {@code (x_t - x_0) / (target - x_0)}.
     *
     * @param latestYear the latest year the data have; null without data
     * @param progress null without new data
     * @param state NO_DATA, NO_NEW_DATA, MEASURED or REACHED
     * @param earlierVersion an organisation figure shown as an earlier released version (METHODS.md §9)
     */
    public record Indicator(
            long id,
            String kind,
            String metric,
            String name,
            String unit,
            String source,
            double baselineValue,
            int baselineYear,
            double targetValue,
            int targetYear,
            String direction,
            Integer latestYear,
            Double latestValue,
            Double progress,
            String state,
            String stateText,
            boolean earlierVersion) {

        /** The progress bar's width in percent, 0 to 100; 0 without progress. */
        public int progressWidth() {
            return progress == null ? 0 : (int) Math.round(Math.max(0, Math.min(1, progress)) * 100);
        }
    }

    /** A policy question. */
    public record Question(long id, String question, String answeredBy, LocalDate due, String result, String status) {}

    /** A recommendation with its follow-up; adopted null while undecided. */
    public record Recommendation(
            long id,
            String catalogueId,
            String source,
            String reference,
            String text,
            Boolean adopted,
            String carriedOut,
            String effect) {}

    /** An evaluation as specified; its estimates are at {@code /api/v1/programmes/{id}/evaluations/{evaluationId}}. */
    public record Evaluation(
            long id,
            Long measureId,
            String indicator,
            String region,
            String regionName,
            int treatmentStart,
            String note) {}

    /**
     * The scan outreach: invitations sent by the service points' advisers, employers who registered with one,
     * and how many of those started and completed a scan. A count of 1 to 4 is shown as "&lt; 5" (band).
     */
    public record Outreach(Count sent, Count registered, Count scansStarted, Count scansCompleted) {}

    /** A count, or its band when small. */
    public record Count(Long value, String band) {}
}
