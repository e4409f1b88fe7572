package nl.werkkracht.store.organisation;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An organisation's figures of one year as entered (METHODS.md §8), amounts in euro. The store keeps them
 * as given; computing value added and deriving hours is the engine's work.
 *
 * @param hoursWorked registered hours of own staff; empty when they are derived from fte, contract hours
 *     and absence rate
 * @param leaveHoursPerFte leave hours per FTE per year, for deriving hours
 * @param absenceRate absenteeism as a fraction 0..1
 * @param hiredHours hours of hired-in and temporary workers
 * @param hiredLabourCost the cost of those workers, included in {@code otherIntermediateCosts}
 * @param turnoverRate staff turnover as a fraction 0..1
 * @param updatedAt when the figures were last stored (ignored when saving)
 */
public record FinancialsRecord(
        int year,
        double revenue,
        double purchases,
        double otherIntermediateCosts,
        double inventoryChange,
        OptionalDouble hoursWorked,
        OptionalDouble fte,
        OptionalDouble contractHoursPerWeek,
        OptionalDouble leaveHoursPerFte,
        OptionalDouble absenceRate,
        OptionalDouble hiredHours,
        OptionalDouble hiredLabourCost,
        OptionalDouble turnoverRate,
        Instant updatedAt) {

    public FinancialsRecord {
        Objects.requireNonNull(hoursWorked, "hoursWorked");
        Objects.requireNonNull(fte, "fte");
        Objects.requireNonNull(contractHoursPerWeek, "contractHoursPerWeek");
        Objects.requireNonNull(leaveHoursPerFte, "leaveHoursPerFte");
        Objects.requireNonNull(absenceRate, "absenceRate");
        Objects.requireNonNull(hiredHours, "hiredHours");
        Objects.requireNonNull(hiredLabourCost, "hiredLabourCost");
        Objects.requireNonNull(turnoverRate, "turnoverRate");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
