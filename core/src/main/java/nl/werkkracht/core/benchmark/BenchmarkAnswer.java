package nl.werkkracht.core.benchmark;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The answer to one benchmark question: one metric, one peer group, one period, seen by one viewer, from the
 * group's current published version. Either statistics are shown (those that passed every guard for this
 * viewer, to 3 significant digits), or the group is suppressed with a reason and a count band and no
 * statistics at all.
 */
public sealed interface BenchmarkAnswer permits BenchmarkAnswer.Shown, BenchmarkAnswer.Suppressed {

    Metric metric();

    Cut cut();

    /** The viewing organisation's own position; empty when no organisation asked or it has no value. */
    Optional<OwnPosition> own();

    /**
     * Statistics that passed disclosure control.
     *
     * @param version the published version's number
     * @param publishedAt when it was published ("stand per …")
     * @param statistics the statistics this viewer may see, with {@code n}
     * @param withheld why each absent statistic is absent
     */
    record Shown(
            Metric metric,
            Cut cut,
            int version,
            Instant publishedAt,
            PeerStatistics statistics,
            Map<Statistic, Withholding> withheld,
            Optional<OwnPosition> own)
            implements BenchmarkAnswer {

        public Shown {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(cut, "cut");
            Objects.requireNonNull(publishedAt, "publishedAt");
            Objects.requireNonNull(statistics, "statistics");
            Objects.requireNonNull(own, "own");
            withheld = Collections.unmodifiableMap(
                    withheld.isEmpty() ? new EnumMap<>(Statistic.class) : new EnumMap<>(withheld));
            for (Statistic s : Statistic.values()) {
                if (statistics.values().containsKey(s) == withheld.containsKey(s)) {
                    throw new IllegalArgumentException(s + " must be either shown or withheld with a reason");
                }
            }
        }

        /** The dispersion of what is shown (P90/P10, else P75/P25), to 3 significant digits. */
        public Optional<PeerStatistics.Dispersion> dispersion() {
            return statistics
                    .dispersion()
                    .map(d -> new PeerStatistics.Dispersion(
                            d.upper(), d.lower(), SignificantFigures.benchmark(d.ratio())));
        }
    }

    /**
     * A suppressed group: no statistics. The viewer still sees its own value, but not its rank or distance
     * in the group, which would tell something about the others.
     *
     * @param reason why
     * @param band the size of the group as a band ({@code "< 5"} for the frequency rule)
     * @param since when the current (suppressed) version was published; empty when nothing was ever published
     */
    record Suppressed(
            Metric metric,
            Cut cut,
            SuppressionReason reason,
            CountBand band,
            Optional<Instant> since,
            Optional<OwnPosition> own)
            implements BenchmarkAnswer {

        public Suppressed {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(cut, "cut");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(band, "band");
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(own, "own");
            if (own.filter(o -> o.counted()).isPresent()) {
                throw new IllegalArgumentException("a suppressed group gives no rank or distance");
            }
        }
    }

    /**
     * An organisation's own position, to 3 significant digits. A viewer may always see its own value
     * (METHODS.md §9); its rank and distance come from the published version it is counted in, with the value
     * it had then — never from its current value, which it could change to probe the others.
     *
     * @param organisationId the viewer's organisation
     * @param value its value: as counted in the version when {@code counted}, else its current value
     * @param counted whether it is counted in the shown version
     * @param percentileRank its percentile rank in the group, 0–100, from {@code n = 20}; empty otherwise
     * @param rankBand below {@code n = 20}: the lower bound of the band of 10 its rank falls in (0 … 90)
     * @param distanceToFrontier {@code value / frontier}, when the frontier is shown and positive
     * @param currentValue its value now, when it is counted with another one (it changed its figure since)
     */
    record OwnPosition(
            String organisationId,
            double value,
            boolean counted,
            OptionalDouble percentileRank,
            OptionalInt rankBand,
            OptionalDouble distanceToFrontier,
            OptionalDouble currentValue) {

        public OwnPosition {
            Objects.requireNonNull(organisationId, "organisationId");
            Objects.requireNonNull(percentileRank, "percentileRank");
            Objects.requireNonNull(rankBand, "rankBand");
            Objects.requireNonNull(distanceToFrontier, "distanceToFrontier");
            Objects.requireNonNull(currentValue, "currentValue");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("own value must be finite");
            }
            if (!counted
                    && (percentileRank.isPresent()
                            || rankBand.isPresent()
                            || distanceToFrontier.isPresent()
                            || currentValue.isPresent())) {
                throw new IllegalArgumentException("an organisation not counted has no rank or distance");
            }
            if (percentileRank.isPresent() && rankBand.isPresent()) {
                throw new IllegalArgumentException("a rank is shown either as a number or in a band");
            }
        }

        /** Only the own value, not counted in the shown figures. */
        static OwnPosition valueOnly(Peer peer) {
            return new OwnPosition(
                    peer.organisationId(),
                    SignificantFigures.benchmark(peer.value()),
                    false,
                    OptionalDouble.empty(),
                    OptionalInt.empty(),
                    OptionalDouble.empty(),
                    OptionalDouble.empty());
        }
    }
}
