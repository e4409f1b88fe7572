package nl.werkkracht.core.valuestream;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The results of a value-stream analysis (METHODS.md §12) for one pass of one unit of work through the
 * process, and the improvement potential per year. Made by {@link ValueStreamAnalysis#analyse}.
 *
 * <p><b>Waste time is working time.</b> {@link #wasteMinutesPerPass} is the <em>process</em> time of the
 * steps classified as waste; the waiting time before those steps is not in it. Waiting time is time the
 * work lies still, not time anyone works, so removing it shortens the lead time (and shows up in the
 * process cycle efficiency) but frees no hours; counting it would value hours no one works at the
 * organisation's value added per hour. People who stand idle waiting (for a machine, for a colleague)
 * are working time: enter that as a waste step of type {@link WasteType#WAITING}.
 *
 * @param leadTimeMinutes doorlooptijd: Σ (process + waiting) minutes of all steps
 * @param processMinutes Σ process minutes of all steps (working time per pass)
 * @param waitingMinutes Σ waiting minutes of all steps
 * @param valueAddingMinutes Σ process minutes of the value-adding steps
 * @param processCycleEfficiency value-adding minutes / lead time, in [0, 1]; empty when the lead time is 0
 * @param handovers overdrachten: the number of adjacent steps whose roles differ (ignoring case)
 * @param registrationShare registratielast: Σ process minutes of registration steps / Σ process minutes,
 *     in [0, 1]; empty when the process minutes are 0
 * @param wasteMinutesPerPass Σ process minutes of the waste steps (see above)
 * @param wasteByType the waste minutes per waste type; every type is present (0 when absent), the values
 *     add up to {@link #wasteMinutesPerPass}
 * @param volumePerYear units of work per year, as given
 * @param improvementHoursPerYear verbeterpotentieel: volume per year × waste minutes / 60
 * @param valueAddedPerHour the organisation's value added per hour worked in euro that the euro figure is
 *     based on; empty when the organisation has no figures
 * @param improvementEuroPerYear improvement hours × value added per hour; empty when there is no (positive)
 *     value added per hour
 */
public record ValueStreamMetrics(
        double leadTimeMinutes,
        double processMinutes,
        double waitingMinutes,
        double valueAddingMinutes,
        OptionalDouble processCycleEfficiency,
        int handovers,
        OptionalDouble registrationShare,
        double wasteMinutesPerPass,
        Map<WasteType, Double> wasteByType,
        double volumePerYear,
        double improvementHoursPerYear,
        OptionalDouble valueAddedPerHour,
        OptionalDouble improvementEuroPerYear) {

    public ValueStreamMetrics {
        Objects.requireNonNull(processCycleEfficiency, "processCycleEfficiency");
        Objects.requireNonNull(registrationShare, "registrationShare");
        Objects.requireNonNull(valueAddedPerHour, "valueAddedPerHour");
        Objects.requireNonNull(improvementEuroPerYear, "improvementEuroPerYear");
        var byType = new EnumMap<WasteType, Double>(WasteType.class);
        for (WasteType type : WasteType.values()) {
            byType.put(type, 0.0);
        }
        byType.putAll(Objects.requireNonNull(wasteByType, "wasteByType"));
        wasteByType = Collections.unmodifiableMap(byType);
    }

    /** Improvement potential in hours per year as full-time jobs, for a given number of hours per FTE. */
    public double improvementFte(double hoursPerFte) {
        if (!(hoursPerFte > 0)) {
            throw new IllegalArgumentException("hoursPerFte must be positive, got " + hoursPerFte);
        }
        return improvementHoursPerYear / hoursPerFte;
    }
}
