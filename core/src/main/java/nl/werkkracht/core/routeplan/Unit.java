package nl.werkkracht.core.routeplan;

/**
 * The unit of a quantity a route-plan condition refers to, with the deviation from a threshold that
 * counts as "fully" triggered when interventions are ordered (see {@link RoutePlanner}).
 */
public enum Unit {
    /** A questionnaire or pillar score on 0–100, higher is better; 25 points off counts fully. */
    SCORE,
    /** Points of difference between scores (the TOP balance gap); 15 points off counts fully. */
    POINTS,
    /** Organisation ÷ sector, 1 = equal to the sector; 0.25 off counts fully. */
    RATIO,
    /** A percentage 0–100 (absenteeism, turnover, shares); off by the threshold itself counts fully. */
    PERCENT,
    /** Hours per year; off by the threshold itself counts fully. */
    HOURS,
    /** A number of people; conditions on it select, they do not weigh. */
    COUNT;

    /**
     * How strongly a value beyond a threshold triggers a condition: 0 at the threshold, 1 (the maximum)
     * at the unit's full deviation or more.
     */
    double severity(double value, double threshold) {
        double off = Math.abs(value - threshold);
        double full =
                switch (this) {
                    case SCORE -> 25;
                    case POINTS -> 15;
                    case RATIO -> 0.25;
                    case PERCENT, HOURS -> Math.max(Math.abs(threshold), 1);
                    case COUNT -> Double.POSITIVE_INFINITY;
                };
        return Math.min(1, off / full);
    }
}
