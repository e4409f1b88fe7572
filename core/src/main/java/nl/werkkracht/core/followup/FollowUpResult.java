package nl.werkkracht.core.followup;

import java.util.List;
import java.util.Objects;

/** The follow-up timeline of one metric for one organisation, or why there is none. */
public sealed interface FollowUpResult permits FollowUpResult.Timeline, FollowUpResult.NoTimeline {

    /**
     * Every measurement as an index against the baseline.
     *
     * @param baseline the baseline measurement (index 100)
     * @param series every measurement in period order, labelled
     * @param interventions the interventions to mark, by start date
     */
    record Timeline(Measurement baseline, List<FollowUpPoint> series, List<Intervention> interventions)
            implements FollowUpResult {

        public Timeline {
            Objects.requireNonNull(baseline, "baseline");
            series = List.copyOf(series);
            interventions = List.copyOf(interventions);
            if (series.stream().filter(p -> p.label() == PointLabel.BASELINE).count() != 1) {
                throw new IllegalArgumentException("a timeline has exactly one baseline point");
            }
        }
    }

    /**
     * No index can be formed.
     *
     * @param reason why
     * @param interventions the interventions, still to be marked
     */
    record NoTimeline(Reason reason, List<Intervention> interventions) implements FollowUpResult {

        public NoTimeline {
            Objects.requireNonNull(reason, "reason");
            interventions = List.copyOf(interventions);
        }
    }

    /** Why there is no timeline. */
    enum Reason {
        /** The metric has not been measured yet. */
        NO_MEASUREMENTS,
        /**
         * The baseline value is 0 or negative (a loss-making year's value added): an index against it would
         * have no meaning, and its sign would turn improvements into declines.
         */
        BASELINE_NOT_POSITIVE
    }
}
