package nl.werkkracht.app.organisation;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import nl.werkkracht.app.web.TypedNumberModule.Amount;
import nl.werkkracht.core.organisation.FieldProblem;
import nl.werkkracht.core.organisation.InvalidInputException;
import nl.werkkracht.core.organisation.YearFigures;

/**
 * One year's figures as a user sends them (API and form). Amounts in euro; give {@code hoursWorked}, or
 * {@code fte}, {@code contractHoursPerWeek} and {@code absenceRate} to derive the hours.
 */
@Schema(
        description = "Figures of one year (METHODS.md §8). Amounts in euro; rates as fractions (5 % = 0.05)."
                + " Numbers may also be strings in Dutch or English notation (\"4.150.000\", \"29,5\");"
                + " a string that could mean two things (\"4.150\" hours) is refused naming the field.")
public record FinancialsInput(
        @Schema(description = "omzet, euro") @JsonDeserialize(using = Amount.class) Double revenue,
        @Schema(description = "inkoopwaarde van goederen en diensten, euro") @JsonDeserialize(using = Amount.class)
                Double purchases,
        @Schema(
                        description =
                                "uitbesteed werk, energie, overige bedrijfskosten excl. personeel en afschrijvingen,"
                                        + " including the cost of hired-in labour, euro")
                @JsonDeserialize(using = Amount.class)
                Double otherIntermediateCosts,
        @Schema(description = "voorraadmutatie eigen producten, euro (negative when stock fell)")
                @JsonDeserialize(using = Amount.class)
                Double inventoryChange,
        @Schema(description = "registered hours worked by own staff") Double hoursWorked,
        @Schema(description = "own staff in full-time equivalents") Double fte,
        @Schema(description = "contract hours of a full-time job per week") Double contractHoursPerWeek,
        @Schema(description = "leave (vacation) hours per FTE per year, subtracted from derived hours")
                Double leaveHoursPerFte,
        @Schema(description = "absenteeism (verzuim) as a fraction 0..1") Double absenceRate,
        @Schema(description = "hours worked by hired-in and temporary workers") Double hiredHours,
        @Schema(description = "cost of hired-in labour, part of otherIntermediateCosts, euro")
                @JsonDeserialize(using = Amount.class)
                Double hiredLabourCost,
        @Schema(description = "staff turnover (verloop) as a fraction 0..1") Double turnoverRate) {

    /**
     * The engine's figures of {@code year}.
     *
     * @throws InvalidInputException naming every missing or invalid field
     */
    public YearFigures toFigures(int year) {
        List<FieldProblem> missing = new ArrayList<>();
        required(missing, "revenue", revenue);
        required(missing, "purchases", purchases);
        required(missing, "otherIntermediateCosts", otherIntermediateCosts);
        if (!missing.isEmpty()) {
            // name the other problems too, so that a form shows everything at once
            missing.addAll(YearFigures.problems(
                    year,
                    revenue == null ? 0 : revenue,
                    purchases == null ? 0 : purchases,
                    otherIntermediateCosts == null ? 0 : otherIntermediateCosts,
                    inventoryChange == null ? 0 : inventoryChange,
                    optional(hoursWorked),
                    optional(fte),
                    optional(contractHoursPerWeek),
                    optional(leaveHoursPerFte),
                    optional(absenceRate),
                    optional(hiredHours),
                    optional(hiredLabourCost),
                    optional(turnoverRate)));
            throw new InvalidInputException(missing);
        }
        return new YearFigures(
                year,
                revenue,
                purchases,
                otherIntermediateCosts,
                inventoryChange == null ? 0 : inventoryChange,
                optional(hoursWorked),
                optional(fte),
                optional(contractHoursPerWeek),
                optional(leaveHoursPerFte),
                optional(absenceRate),
                optional(hiredHours),
                optional(hiredLabourCost),
                optional(turnoverRate));
    }

    private static void required(List<FieldProblem> problems, String field, Double value) {
        if (value == null) {
            problems.add(new FieldProblem(field, "is required"));
        }
    }

    static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
