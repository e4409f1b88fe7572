package nl.werkkracht.app.routeplan;

import java.util.List;

/**
 * Which data a route plan was generated from, so that a reader can tell what it rests on. Null where a
 * source was not used.
 *
 * @param scan the scan whose disclosure-controlled "all respondents" results were used
 * @param financials the year of figures used
 * @param valueStreams the value streams used
 * @param sizeClass the organisation's size class (employees), e.g. {@code 10-49}
 * @param used the sources that gave figures: {@code SCAN}, {@code FINANCIALS}, {@code VALUE_STREAM}
 * @param missing the sources not measured yet
 */
public record GeneratedFrom(
        ScanUsed scan,
        FinancialsUsed financials,
        ValueStreamsUsed valueStreams,
        String sizeClass,
        List<String> used,
        List<String> missing) {

    /**
     * @param scanId the scan
     * @param responses its number of responses
     * @param group always {@code ALL}: a plan rests on the whole organisation, never on one team
     */
    public record ScanUsed(long scanId, int responses, String group) {}

    /**
     * @param year the year of the figures
     * @param productivityRatio value added per hour ÷ the sector's; null without a sector figure
     * @param absenteeismPercent sickness absence in %; null when not entered
     * @param turnoverPercent staff turnover in %; null when not entered
     * @param sectorSource where the sector figure comes from; null without one
     */
    public record FinancialsUsed(
            int year,
            Double productivityRatio,
            Double absenteeismPercent,
            Double turnoverPercent,
            String sectorSource) {}

    /**
     * @param count the number of value streams
     * @param lowestPcePercent the lowest process cycle efficiency, %; null when no stream has one
     * @param highestRegistrationSharePercent the highest registration share, %; null when none has one
     * @param improvementHoursPerYear the improvement potential of all streams together, hours per year
     */
    public record ValueStreamsUsed(
            int count,
            Double lowestPcePercent,
            Double highestRegistrationSharePercent,
            double improvementHoursPerYear) {}
}
