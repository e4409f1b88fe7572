package nl.werkkracht.core.organisation;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Value added and labour productivity of an organisation in one year (METHODS.md §8).
 *
 * <pre>
 * value added = revenue − purchases − other intermediate costs + inventory change
 *               + cost of hired-in labour whose hours are counted
 * hours       = hours worked (registered)            or
 *               fte × contract hours/week × 52 × (1 − absence rate) − fte × leave hours   (derived)
 *               + hours of hired-in workers
 * per hour    = value added / hours          [EUR per hour worked, current prices]
 * per FTE     = value added / (fte + hired hours expressed in own FTE)   [EUR per FTE]
 * </pre>
 *
 * @param hoursDerived whether the own staff's hours were derived rather than registered
 * @param valueAddedPerFte empty when the FTE are not known
 */
public record OrganisationProductivity(
        int year,
        double valueAdded,
        double hours,
        boolean hoursDerived,
        double valueAddedPerHour,
        OptionalDouble fte,
        OptionalDouble valueAddedPerFte) {

    /** Weeks in a year for contract hours per week. */
    public static final int WEEKS_PER_YEAR = 52;

    public OrganisationProductivity {
        Objects.requireNonNull(fte, "fte");
        Objects.requireNonNull(valueAddedPerFte, "valueAddedPerFte");
    }

    /** Computes the figures; {@code figures} are valid by construction. */
    public static OrganisationProductivity of(YearFigures f) {
        boolean hiredCounted = f.hiredHours().isPresent() && f.hiredHours().getAsDouble() > 0;
        double valueAdded = f.revenue()
                - f.purchases()
                - f.otherIntermediateCosts()
                + f.inventoryChange()
                + (hiredCounted ? f.hiredLabourCost().orElse(0) : 0);
        boolean derived = f.hoursWorked().isEmpty();
        double own;
        if (derived) {
            double fte = f.fte().getAsDouble();
            double contract = fte * f.contractHoursPerWeek().getAsDouble() * WEEKS_PER_YEAR;
            own = contract * (1 - f.absenceRate().getAsDouble())
                    - fte * f.leaveHoursPerFte().orElse(0);
        } else {
            own = f.hoursWorked().getAsDouble();
        }
        double hired = hiredCounted ? f.hiredHours().getAsDouble() : 0;
        double hours = own + hired;
        if (!(hours > 0)) {
            throw new InvalidInputException(
                    java.util.List.of(new FieldProblem("leaveHoursPerFte", "leaves no hours worked")));
        }
        OptionalDouble fteTotal = f.fte().isPresent() && own > 0
                ? OptionalDouble.of(f.fte().getAsDouble() * hours / own)
                : OptionalDouble.empty();
        OptionalDouble perFte =
                fteTotal.isPresent() ? OptionalDouble.of(valueAdded / fteTotal.getAsDouble()) : OptionalDouble.empty();
        return new OrganisationProductivity(f.year(), valueAdded, hours, derived, valueAdded / hours, fteTotal, perFte);
    }
}
