package nl.werkkracht.core.valuestream;

import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Value-stream analysis (waardestroomanalyse) of METHODS.md §12: lead time, process cycle efficiency,
 * handovers, registration share and the yearly improvement potential of one process.
 *
 * <p>For one pass of one unit of work through the process:
 *
 * <pre>
 * lead time            = Σ (process + waiting)
 * PCE                  = Σ process of value-adding steps / lead time         (empty when lead time = 0)
 * handovers            = # adjacent steps that both have a role and whose roles differ (ignoring case)
 * registration share   = Σ process of registration steps / Σ process        (empty when Σ process = 0)
 * waste minutes        = Σ process of waste steps                           (waiting time excluded)
 * improvement hours/yr = volume per year × waste minutes / 60
 * improvement euro/yr  = improvement hours × value added per hour           (empty without figures)
 * </pre>
 *
 * Why waiting time is not waste minutes: see {@link ValueStreamMetrics}.
 */
public final class ValueStreamAnalysis {

    private static final double MINUTES_PER_HOUR = 60.0;

    private ValueStreamAnalysis() {}

    /**
     * Analyses a process.
     *
     * @param valueAddedPerHour the organisation's value added per hour worked in euro (METHODS.md §8);
     *     empty when it has no figures. A value that is not positive gives no euro figure: an hour freed
     *     cannot be valued at a loss.
     */
    public static ValueStreamMetrics analyse(ValueStream stream, OptionalDouble valueAddedPerHour) {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(valueAddedPerHour, "valueAddedPerHour");
        if (valueAddedPerHour.isPresent() && !Double.isFinite(valueAddedPerHour.getAsDouble())) {
            throw new IllegalArgumentException("valueAddedPerHour must be finite");
        }
        List<Step> steps = stream.steps();
        double process = 0;
        double waiting = 0;
        double valueAdding = 0;
        double registration = 0;
        double waste = 0;
        var wasteByType = new EnumMap<WasteType, Double>(WasteType.class);
        for (Step step : steps) {
            process += step.processMinutes();
            waiting += step.waitingMinutes();
            if (step.registration()) {
                registration += step.processMinutes();
            }
            switch (step.classification()) {
                case VALUE_ADDING -> valueAdding += step.processMinutes();
                case WASTE -> {
                    waste += step.processMinutes();
                    wasteByType.merge(step.wasteType().orElseThrow(), step.processMinutes(), Double::sum);
                }
                case NECESSARY -> {
                    // neither value nor waste
                }
            }
        }
        double leadTime = process + waiting;
        double hours = stream.volumePerYear() * waste / MINUTES_PER_HOUR;
        return new ValueStreamMetrics(
                leadTime,
                process,
                waiting,
                valueAdding,
                ratio(valueAdding, leadTime),
                handovers(steps),
                ratio(registration, process),
                waste,
                wasteByType,
                stream.volumePerYear(),
                hours,
                valueAddedPerHour,
                euro(hours, valueAddedPerHour));
    }

    /** The number of adjacent steps that both have a role and whose roles differ. */
    static int handovers(List<Step> steps) {
        int handovers = 0;
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i - 1).handoverTo(steps.get(i))) {
                handovers++;
            }
        }
        return handovers;
    }

    /**
     * The number of adjacent steps of which at least one has no role: transitions the handover count cannot
     * judge (a page says so, rather than counting them either way).
     */
    public static int unknownTransitions(ValueStream stream) {
        List<Step> steps = stream.steps();
        int unknown = 0;
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i - 1).unknownTransition(steps.get(i))) {
                unknown++;
            }
        }
        return unknown;
    }

    private static OptionalDouble ratio(double part, double whole) {
        return whole > 0 ? OptionalDouble.of(part / whole) : OptionalDouble.empty();
    }

    private static OptionalDouble euro(double hours, OptionalDouble valueAddedPerHour) {
        if (valueAddedPerHour.isEmpty() || !(valueAddedPerHour.getAsDouble() > 0)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(hours * valueAddedPerHour.getAsDouble());
    }
}
