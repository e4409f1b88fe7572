package nl.werkkracht.app.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.werkkracht.app.organisation.SectorFigure;

/**
 * The scan report of one organisation (the API shape; the page and the PDF show the same), in one
 * language. Every section says what it is based on and what is missing; a missing figure is null, never
 * 0 and never guessed. Only disclosure-controlled scan results are in it (METHODS.md §10): no value of a
 * suppressed group, no idea of a group that does not pass the anonymity rule.
 *
 * @param scan the scan the questionnaire sections rest on; null when no scan has been run
 * @param privacy whom the report is for and which anonymity rule applied
 */
public record ReportView(
        long organisationId,
        Profile profile,
        ScanBasis scan,
        ProductivitySection productivity,
        QuadrantSection quadrant,
        TopSection top,
        JobQualitySection jobQuality,
        ValueStreamSection valueStreams,
        IdeasSection ideas,
        RoutePlanSection routePlan,
        TechImpactSection techImpact,
        Privacy privacy,
        Instant generatedAt) {

    public ReportView {
        if (profile == null || privacy == null || generatedAt == null) {
            throw new IllegalArgumentException("a report needs a profile, a privacy statement and a date");
        }
    }

    /**
     * The technology impact analyses (issue 13, METHODS.md §16).
     *
     * @param analyses newest first
     * @param none why there is nothing; null when there are analyses
     * @param notSaved that the hours are a potential, not a saving; null when there are no analyses
     */
    public record TechImpactSection(List<TechImpactAnalysis> analyses, String none, String notSaved) {

        public TechImpactSection {
            analyses = List.copyOf(analyses);
        }
    }

    /**
     * One analysis in the report.
     *
     * @param id the analysis' id
     * @param application the technology application's name in the report's language
     * @param roles the roles it touches
     * @param potentialLow hours per year it could free, low end (a potential, not a saving)
     * @param potentialHigh hours per year it could free, high end
     * @param potentialText the range as a sentence
     * @param assumptions the assumptions the range rests on, as a sentence
     * @param measures the measures for the route plan, each with the role it concerns
     */
    public record TechImpactAnalysis(
            long id,
            String application,
            List<TouchedRole> roles,
            double potentialLow,
            double potentialHigh,
            String potentialText,
            String assumptions,
            List<String> measures) {

        public TechImpactAnalysis {
            roles = List.copyOf(roles);
            measures = List.copyOf(measures);
        }
    }

    /**
     * A role an application touches.
     *
     * @param role its name
     * @param pattern {@code LOW}, {@code AUGMENTATION} or {@code AUTOMATION}
     * @param patternText the pattern in the report's language
     * @param mean the role's exposure (time-weighted mean ILO task score, 0–1)
     * @param hoursConcerned hours per year in tasks the application touches
     */
    public record TouchedRole(String role, String pattern, String patternText, double mean, double hoursConcerned) {}

    /** The organisation's profile, names in the report's language. */
    public record Profile(
            String name, String sector, String sectorName, String sizeClass, String region, String regionName) {}

    /**
     * What a section rests on and what it lacks, in the report's language.
     *
     * @param basedOn the year, the number of responses, the groups …; null when the section has no data at all
     *     (then {@code missing} says what to do)
     * @param missing what is not there yet, each with a stable code and a sentence
     */
    public record Basis(String basedOn, List<Note> missing) {
        public Basis {
            missing = List.copyOf(missing);
        }
    }

    /**
     * A remark with a stable code ({@code scan.none}, {@code financials.none} …) and its text.
     *
     * @param code for programs; the page and the PDF show {@code text}
     */
    public record Note(String code, String text) {}

    /**
     * The scan the questionnaire sections rest on.
     *
     * @param responses responses received
     * @param k the anonymity threshold applied
     * @param groups every group with its size; a suppressed group shows only that it is hidden
     */
    public record ScanBasis(long scanId, Instant closesAt, int responses, int k, List<GroupCount> groups) {
        public ScanBasis {
            groups = List.copyOf(groups);
        }
    }

    /**
     * A group of respondents and its size.
     *
     * @param group {@code ALL} or a team's name
     * @param n respondents; null when the group is suppressed (then {@code countBand} says "< 5" or "≥ 5")
     */
    public record GroupCount(String group, Integer n, boolean suppressed, String countBand) {}

    /**
     * Labour productivity against the sector (METHODS.md §8): every year entered, oldest first.
     *
     * @param latestYear the latest year with figures; null when none were entered
     */
    public record ProductivitySection(boolean available, Integer latestYear, List<YearRow> years, Basis basis) {
        public ProductivitySection {
            years = List.copyOf(years);
        }
    }

    /**
     * One year's productivity. Euro of that year (current prices).
     *
     * @param hoursDerived whether the hours were derived from FTE, contract hours and absence
     * @param valueAddedPerHour euro per hour worked
     * @param valueAddedPerFte euro per FTE; null when the FTE are not known
     * @param sector the sector's official figure at the price level of this year where a deflator allows
     *     (see its {@code priceCorrected}, {@code priceFactor} and {@code source}); null when none
     * @param sectorNote why there is no sector figure or what to know about it; null when nothing
     */
    public record YearRow(
            int year,
            double valueAdded,
            double hours,
            boolean hoursDerived,
            double valueAddedPerHour,
            Double valueAddedPerFte,
            Double absenceRate,
            Double turnoverRate,
            SectorFigure sector,
            String sectorNote) {}

    /**
     * Where the organisation stands on productivity × quality of work.
     *
     * @param productivityRatio x: value added per hour ÷ the sector's, latest year; null when missing
     * @param productivityYear the year of {@code productivityRatio}
     * @param jobQualityIndex y: mean of the job-quality scale scores of all respondents, 0–100; null
     *     when missing
     * @param jobQualityScales how many job-quality scales the index is the mean of
     * @param jobQualityScalesTotal how many job-quality scales the questionnaire has
     * @param quadrant the quadrant; null when either axis is missing
     * @param quadrantName its name in the report's language; null with {@code quadrant}
     * @param quadrantText what the position means and where to start, in plain language; null with {@code
     *     quadrant}
     * @param ratioSplit x at which the quadrants split (1: the sector's productivity)
     * @param indexSplit y at which the quadrants split (50: the middle of the scale)
     * @param quadrantNames the names of all four quadrants by quadrant, for a chart
     */
    public record QuadrantSection(
            boolean available,
            Double productivityRatio,
            Integer productivityYear,
            Integer jobQualityIndex,
            int jobQualityScales,
            int jobQualityScalesTotal,
            @Schema(
                            allowableValues = {
                                "PRODUCTIVE_GOOD_WORK",
                                "PRODUCTIVE_UNDER_PRESSURE",
                                "GOOD_WORK_PRODUCTIVITY_LAGS",
                                "IMPROVE_BOTH"
                            })
                    String quadrant,
            String quadrantName,
            String quadrantText,
            double ratioSplit,
            double indexSplit,
            Map<String, String> quadrantNames,
            Basis basis) {}

    /**
     * The TOP pillars of all respondents and their balance (METHODS.md §11).
     *
     * @param pillars score 0–100 by pillar ({@code technology}, {@code organisation}, {@code people})
     * @param balanceGap max − min of the three, points; null when a pillar is missing
     * @param flagged whether the gap is above {@code flagAbove}; null with the gap
     * @param lagging the lowest pillar; null with the gap
     * @param laggingName its name in the report's language
     * @param teams the pillar scores of the teams that pass the anonymity rule
     */
    public record TopSection(
            boolean available,
            List<PillarScore> pillars,
            Integer balanceGap,
            double flagAbove,
            Boolean flagged,
            String lagging,
            String laggingName,
            String balanceText,
            List<TeamPillars> teams,
            Basis basis) {
        public TopSection {
            pillars = List.copyOf(pillars);
            teams = List.copyOf(teams);
        }
    }

    /** One pillar's score, 0–100 in whole points. */
    public record PillarScore(String pillar, String name, int score) {}

    /** A team's pillar scores in whole points, by pillar key; a pillar without a shown score is absent. */
    public record TeamPillars(String team, int n, Map<String, Integer> pillars) {}

    /**
     * The job-quality profile: each job-quality scale, then work engagement and learning culture.
     *
     * @param teams the teams that pass the anonymity rule, in the scan's order (the columns of {@code
     *     ScaleRow.teams})
     */
    public record JobQualitySection(boolean available, List<ScaleRow> scales, List<String> teams, Basis basis) {
        public JobQualitySection {
            scales = List.copyOf(scales);
            teams = List.copyOf(teams);
        }
    }

    /**
     * One scale: 0–100, higher is better (for workload: a lower burden).
     *
     * @param domain {@code JOB_QUALITY}, {@code ENGAGEMENT} or {@code LEARNING_CULTURE}
     * @param all the score of all respondents; null when too few scored it
     * @param teams scores of passing teams by team; a team whose score is not shown is absent
     */
    public record ScaleRow(String scale, String name, String domain, Integer all, Map<String, Integer> teams) {}

    /** The value streams mapped, with their key metrics and biggest waste (METHODS.md §12). */
    public record ValueStreamSection(boolean available, List<StreamRow> streams, Basis basis) {
        public ValueStreamSection {
            streams = List.copyOf(streams);
        }

        /** The improvement potential of all streams together, hours per year. */
        public double totalImprovementHoursPerYear() {
            return streams.stream()
                    .mapToDouble(StreamRow::improvementHoursPerYear)
                    .sum();
        }
    }

    /**
     * One value stream. Times are minutes per pass of one unit of work.
     *
     * @param processCycleEfficiency value-adding time ÷ lead time, 0..1; null when the lead time is 0
     * @param registrationShare registration time ÷ process time, 0..1; null when there is no process time
     * @param improvementEuroPerYear null without the organisation's figures
     * @param biggestWaste the waste type with the most minutes; null when no step is waste
     * @param biggestWasteName its name in the report's language
     */
    public record StreamRow(
            long id,
            String name,
            double volumePerYear,
            double leadTimeMinutes,
            Double processCycleEfficiency,
            int handovers,
            Double registrationShare,
            double improvementHoursPerYear,
            Double improvementEuroPerYear,
            String biggestWaste,
            String biggestWasteName,
            Double biggestWasteMinutes) {}

    /**
     * Improvement ideas the employees wrote, only of groups that pass the anonymity rule, sorted, without
     * anything about their authors.
     */
    public record IdeasSection(boolean available, List<String> ideas, Basis basis) {
        public IdeasSection {
            ideas = List.copyOf(ideas);
        }
    }

    /**
     * A summary of the route plan (METHODS.md §13).
     *
     * @param proposed the first {@value PlanSections#SUMMARY} proposals, in plan order
     * @param proposedTotal how many interventions the plan proposes in all
     * @param chosen every intervention the organisation chose
     * @param link the route-plan page
     */
    public record RoutePlanSection(
            boolean available,
            String laggingNote,
            List<ProposedRow> proposed,
            int proposedTotal,
            List<ChosenRow> chosen,
            String link,
            Basis basis) {
        public RoutePlanSection {
            proposed = List.copyOf(proposed);
            chosen = List.copyOf(chosen);
        }
    }

    /** A proposed intervention with why it was proposed. */
    public record ProposedRow(
            int rank, String id, String route, String routeName, String title, List<String> why, String source) {
        public ProposedRow {
            why = List.copyOf(why);
        }
    }

    /**
     * An intervention the organisation chose.
     *
     * @param owner who takes it on; null when nobody yet
     * @param startDate the planned start; null when not planned
     */
    public record ChosenRow(String id, String title, String routeName, String owner, LocalDate startDate) {}

    /**
     * @param confidential the sentence that says the report is confidential to the organisation
     * @param k the minimum group size of the anonymity rule
     * @param anonymityRule the rule in plain language
     */
    public record Privacy(String confidential, int k, String anonymityRule) {}
}
