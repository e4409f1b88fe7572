package nl.werkkracht.core.routeplan;

/** Where the figures of a route plan come from; a plan says which of them are still missing. */
public enum DataSource {
    /** The employee questionnaire: scale and pillar scores of the whole organisation. */
    SCAN,
    /** The yearly figures: productivity against the sector, absenteeism, turnover. */
    FINANCIALS,
    /** Value-stream analyses of core processes. */
    VALUE_STREAM
}
