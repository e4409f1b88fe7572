package nl.werkkracht.core.benchmark;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The answer to one benchmark question: one metric, one peer group, one period, optionally seen by one
 * organisation. Either the statistics are shown, or the group is suppressed with a reason and a count band
 * and no statistics at all.
 */
public sealed interface BenchmarkAnswer permits BenchmarkAnswer.Shown, BenchmarkAnswer.Suppressed {

    Metric metric();

    Cut cut();

    /** The viewing organisation's own position; empty when no organisation asked or it has no value. */
    Optional<OwnPosition> own();

    /**
     * Statistics that passed disclosure control.
     *
     * @param statistics P10–P90, frontier and dispersion, with {@code n}
     */
    record Shown(Metric metric, Cut cut, PeerStatistics statistics, Optional<OwnPosition> own)
            implements BenchmarkAnswer {

        public Shown {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(cut, "cut");
            Objects.requireNonNull(statistics, "statistics");
            Objects.requireNonNull(own, "own");
        }
    }

    /**
     * A suppressed group: no statistics. The viewer still sees its own value, but not its rank or distance
     * in the group, which would tell something about the others.
     *
     * @param reason why
     * @param band the size of the group as a band ({@code "< 5"} for the frequency rule)
     */
    record Suppressed(Metric metric, Cut cut, SuppressionReason reason, CountBand band, Optional<OwnPosition> own)
            implements BenchmarkAnswer {

        public Suppressed {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(cut, "cut");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(band, "band");
            Objects.requireNonNull(own, "own");
            if (own.filter(o -> o.percentileRank().isPresent()
                            || o.distanceToFrontier().isPresent())
                    .isPresent()) {
                throw new IllegalArgumentException("a suppressed group gives no rank or distance");
            }
        }
    }

    /**
     * An organisation's own position. A viewer may always see its own value (METHODS.md §9).
     *
     * @param organisationId the viewer
     * @param value its own value of the metric
     * @param percentileRank its percentile rank in the group, 0–100 (see {@link PeerDistribution}); empty
     *     when the group is suppressed
     * @param distanceToFrontier {@code value / frontier}; empty when the group is suppressed or the frontier
     *     is not positive
     */
    record OwnPosition(
            String organisationId, double value, OptionalDouble percentileRank, OptionalDouble distanceToFrontier) {

        public OwnPosition {
            Objects.requireNonNull(organisationId, "organisationId");
            Objects.requireNonNull(percentileRank, "percentileRank");
            Objects.requireNonNull(distanceToFrontier, "distanceToFrontier");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("own value must be finite");
            }
            if (percentileRank.isPresent()
                    && !(percentileRank.getAsDouble() >= 0 && percentileRank.getAsDouble() <= 100)) {
                throw new IllegalArgumentException("percentile rank must lie in [0, 100]");
            }
        }
    }
}
