package nl.werkkracht.app.organisation;

import java.util.List;
import nl.werkkracht.app.web.ApiProblems;
import nl.werkkracht.core.organisation.FieldProblem;
import nl.werkkracht.core.organisation.InvalidInputException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details for organisation data: 404 {@code not-found} for an organisation (or anything in it) the
 * user may not see, 400 {@code invalid-input} naming the first bad {@code field} and listing all of them.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class OrganisationProblems {

    @ExceptionHandler(OrganisationNotFoundException.class)
    ProblemDetail notFound(OrganisationNotFoundException e) {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return invalid(e.problems());
    }

    /** A 400 problem naming the first field and listing every problem ({@link ApiProblems#invalid}). */
    public static ProblemDetail invalid(List<FieldProblem> problems) {
        return ApiProblems.invalid(problems);
    }
}
