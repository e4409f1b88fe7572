package nl.werkkracht.app.routeplan;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.werkkracht.core.organisation.FieldProblem;
import nl.werkkracht.core.organisation.InvalidInputException;
import nl.werkkracht.store.routeplan.RouteChoice;

/**
 * A choice about one intervention as the API and the page's form send it. The start date is text so that a
 * wrong date is answered with a problem that names the field, not a parse error.
 */
public record ChoiceInput(
        @Schema(description = "whether the organisation will carry it out", example = "true") Boolean chosen,
        @Schema(description = "who takes it on, a name or a role; at most 200 characters", example = "Teamleider zorg")
                String owner,
        @Schema(description = "planned start, yyyy-mm-dd", example = "2026-05-01") String startDate,
        @Schema(description = "a note; at most 1000 characters") String note) {

    /**
     * The choice to store.
     *
     * @throws InvalidInputException naming every field that is wrong
     */
    RouteChoice toChoice(long organisationId, String interventionId) {
        List<FieldProblem> problems = new ArrayList<>();
        if (chosen == null) {
            problems.add(new FieldProblem("chosen", "is required (true or false)"));
        }
        Optional<LocalDate> start = Optional.empty();
        if (startDate != null && !startDate.isBlank()) {
            try {
                start = Optional.of(LocalDate.parse(startDate.strip()));
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(
                        "startDate",
                        "must be a date as yyyy-mm-dd, not '" + startDate + "'",
                        "date",
                        java.util.List.of(startDate)));
            }
        }
        if (owner != null && owner.strip().length() > RouteChoice.MAX_OWNER) {
            problems.add(new FieldProblem("owner", "must have at most " + RouteChoice.MAX_OWNER + " characters"));
        }
        if (note != null && note.strip().length() > RouteChoice.MAX_NOTE) {
            problems.add(new FieldProblem("note", "must have at most " + RouteChoice.MAX_NOTE + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return RouteChoice.of(
                organisationId, interventionId, chosen, Optional.ofNullable(owner), start, Optional.ofNullable(note));
    }
}
