package nl.werkkracht.core.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * An organisation's figures of one year (METHODS.md §8), amounts in euro of that year.
 *
 * <p>Labour is either registered ({@code hoursWorked}) or derived from {@code fte × contract hours per
 * week × 52 × (1 − absence rate)}, minus leave when {@code leaveHoursPerFte} is given. Hired-in and
 * temporary workers: their cost is part of {@code otherIntermediateCosts}; when their hours are given
 * ({@code hiredHours}) they are counted as labour and their cost ({@code hiredLabourCost}) is then not
 * deducted, so that no labour is counted twice or not at all (the consistency rule of §8).
 *
 * @param absenceRate absenteeism (verzuim) as a fraction 0..1
 * @param turnoverRate staff turnover (verloop) as a fraction 0..1 of the average headcount
 */
public record YearFigures(
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
        OptionalDouble turnoverRate) {

    public YearFigures {
        List<FieldProblem> problems = problems(
                year,
                revenue,
                purchases,
                otherIntermediateCosts,
                inventoryChange,
                hoursWorked,
                fte,
                contractHoursPerWeek,
                leaveHoursPerFte,
                absenceRate,
                hiredHours,
                hiredLabourCost,
                turnoverRate);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Every problem with the figures, in field order; empty when they can be used. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public static List<FieldProblem> problems(
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
            OptionalDouble turnoverRate) {
        Objects.requireNonNull(hoursWorked, "hoursWorked");
        Objects.requireNonNull(fte, "fte");
        Objects.requireNonNull(contractHoursPerWeek, "contractHoursPerWeek");
        Objects.requireNonNull(leaveHoursPerFte, "leaveHoursPerFte");
        Objects.requireNonNull(absenceRate, "absenceRate");
        Objects.requireNonNull(hiredHours, "hiredHours");
        Objects.requireNonNull(hiredLabourCost, "hiredLabourCost");
        Objects.requireNonNull(turnoverRate, "turnoverRate");
        List<FieldProblem> p = new ArrayList<>();
        if (year < 1990 || year > 2100) {
            p.add(new FieldProblem("year", "must be a year between 1990 and 2100"));
        }
        finiteNonNegative(p, "revenue", revenue);
        finiteNonNegative(p, "purchases", purchases);
        finiteNonNegative(p, "otherIntermediateCosts", otherIntermediateCosts);
        if (!Double.isFinite(inventoryChange)) {
            p.add(new FieldProblem("inventoryChange", "must be a number"));
        }
        if (hoursWorked.isPresent()) {
            positive(p, "hoursWorked", hoursWorked.getAsDouble());
        } else {
            if (fte.isEmpty()) {
                p.add(new FieldProblem(
                        "hoursWorked", "give hoursWorked, or fte, contractHoursPerWeek and absenceRate"));
            }
            if (contractHoursPerWeek.isEmpty()) {
                p.add(new FieldProblem(
                        "contractHoursPerWeek", "is needed to derive hours when hoursWorked is missing"));
            }
            if (absenceRate.isEmpty()) {
                p.add(new FieldProblem("absenceRate", "is needed to derive hours when hoursWorked is missing"));
            }
        }
        fte.ifPresent(v -> positive(p, "fte", v));
        contractHoursPerWeek.ifPresent(v -> {
            if (!(v > 0 && v <= 80)) {
                p.add(new FieldProblem("contractHoursPerWeek", "must be more than 0 and at most 80 hours"));
            }
        });
        leaveHoursPerFte.ifPresent(v -> {
            if (!(v >= 0 && v < 52 * 80)) {
                p.add(new FieldProblem("leaveHoursPerFte", "must not be negative"));
            }
        });
        absenceRate.ifPresent(v -> fraction(p, "absenceRate", v));
        turnoverRate.ifPresent(v -> fraction(p, "turnoverRate", v));
        hiredHours.ifPresent(v -> finiteNonNegative(p, "hiredHours", v));
        hiredLabourCost.ifPresent(v -> finiteNonNegative(p, "hiredLabourCost", v));
        if (hiredLabourCost.isPresent() && hiredLabourCost.getAsDouble() > otherIntermediateCosts) {
            p.add(new FieldProblem(
                    "hiredLabourCost", "is part of otherIntermediateCosts and cannot be larger than it"));
        }
        return p;
    }

    private static void finiteNonNegative(List<FieldProblem> p, String field, double value) {
        if (!Double.isFinite(value) || value < 0) {
            p.add(new FieldProblem(field, "must not be negative"));
        }
    }

    private static void positive(List<FieldProblem> p, String field, double value) {
        if (!Double.isFinite(value) || value <= 0) {
            p.add(new FieldProblem(field, value < 0 ? "must not be negative" : "must be more than 0"));
        }
    }

    private static void fraction(List<FieldProblem> p, String field, double value) {
        if (!(value >= 0 && value < 1)) {
            p.add(new FieldProblem(field, "must be a fraction from 0 up to 1 (5 % is 0.05)"));
        }
    }
}
