package nl.werkkracht.app.routeplan;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.Map;
import nl.werkkracht.app.web.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details of the route-plan API: 404 {@code not-found} for an intervention the catalogue does not
 * have, 400 {@code invalid-input} naming the {@code field} when the JSON has a wrong type in it. Wrong
 * values are {@code InvalidInputException}s, answered like the organisation API's.
 */
@RestControllerAdvice(assignableTypes = RoutePlanApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RoutePlanProblems {

    @ExceptionHandler(UnknownInterventionException.class)
    ProblemDetail unknown(UnknownInterventionException e) {
        ProblemDetail p = ApiProblems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
        p.setProperty("field", "interventionId");
        return p;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String field = e.getCause() instanceof JsonMappingException mapping
                        && !mapping.getPath().isEmpty()
                ? mapping.getPath().get(0).getFieldName()
                : null;
        String detail = field == null
                ? "the request body must be a JSON object {chosen, owner, startDate, note}"
                : field + " has a value of the wrong type";
        ProblemDetail p = ApiProblems.problem(HttpStatus.BAD_REQUEST, "invalid-input", "The input is invalid", detail);
        p.setProperty("field", field);
        if (field != null) {
            p.setProperty("errors", List.of(Map.of("field", field, "message", "has a value of the wrong type")));
        }
        return p;
    }
}
