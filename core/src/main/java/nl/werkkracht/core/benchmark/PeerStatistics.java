package nl.werkkracht.core.benchmark;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The statistics of one peer group for one metric that are available to be shown (METHODS.md §9,
 * definitions in {@link PeerDistribution}), in the metric's unit. A statistic that is not defined (its window
 * would touch the minimum or maximum) or withheld is absent. Minimum and maximum are deliberately absent.
 *
 * @param n the number of organisations with a value
 * @param values the statistics present, each the mean of its window
 */
public record PeerStatistics(int n, Map<Statistic, Double> values) {

    public PeerStatistics {
        Objects.requireNonNull(values, "values");
        if (n < 1) {
            throw new IllegalArgumentException("statistics need at least one value, n = " + n);
        }
        values.forEach((s, v) -> {
            if (v == null || !Double.isFinite(v)) {
                throw new IllegalArgumentException(s + " must be a finite number");
            }
        });
        values = Collections.unmodifiableMap(values.isEmpty() ? new EnumMap<>(Statistic.class) : new EnumMap<>(values));
        double previous = Double.NEGATIVE_INFINITY;
        for (Statistic s : Statistic.values()) {
            if (s.percentile() && values.containsKey(s)) {
                if (values.get(s) < previous) {
                    throw new IllegalArgumentException("percentiles must not decrease: " + values);
                }
                previous = values.get(s);
            }
        }
    }

    /** The statistic, when present. */
    public OptionalDouble get(Statistic statistic) {
        Double v = values.get(statistic);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The same statistics, each rounded to 3 significant digits (what is published). */
    public PeerStatistics rounded() {
        Map<Statistic, Double> r = new EnumMap<>(Statistic.class);
        values.forEach((s, v) -> r.put(s, SignificantFigures.benchmark(v)));
        return new PeerStatistics(n, r);
    }

    /** Only the statistics {@code keep} says yes to. */
    public PeerStatistics only(java.util.function.Predicate<Statistic> keep) {
        Map<Statistic, Double> r = new EnumMap<>(Statistic.class);
        values.forEach((s, v) -> {
            if (keep.test(s)) {
                r.put(s, v);
            }
        });
        return new PeerStatistics(n, r);
    }

    /**
     * The dispersion from what is present: {@code P90 / P10} where both are, else {@code P75 / P25}; empty
     * when neither pair is present or its denominator is not positive (a ratio to zero or a negative value
     * says nothing about spread).
     */
    public Optional<Dispersion> dispersion() {
        for (Statistic[] pair : new Statistic[][] {{Statistic.P90, Statistic.P10}, {Statistic.P75, Statistic.P25}}) {
            Double high = values.get(pair[0]);
            Double low = values.get(pair[1]);
            if (high != null && low != null) {
                return low > 0 ? Optional.of(new Dispersion(pair[0], pair[1], high / low)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The distance of {@code value} to the frontier, {@code value / frontier}: 1 at the frontier; for
     * higher-is-better metrics below 1 behind it, for lower-is-better above 1 behind it. Empty when there is
     * no frontier or it is not positive (a ratio to zero or a negative value has no meaning).
     */
    public OptionalDouble distanceToFrontier(double value) {
        Double frontier = values.get(Statistic.FRONTIER);
        if (frontier == null || frontier <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(value / frontier);
    }

    /**
     * A dispersion ratio.
     *
     * @param upper {@code P90} or {@code P75}
     * @param lower {@code P10} or {@code P25}
     * @param ratio upper / lower, at least 1
     */
    public record Dispersion(Statistic upper, Statistic lower, double ratio) {

        /** {@code P90/P10} or {@code P75/P25}. */
        public String measure() {
            return upper.name() + "/" + lower.name();
        }
    }
}
