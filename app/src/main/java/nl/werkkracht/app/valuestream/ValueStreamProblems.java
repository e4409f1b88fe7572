package nl.werkkracht.app.valuestream;

import java.util.List;
import nl.werkkracht.app.web.ApiProblems;
import nl.werkkracht.core.organisation.FieldProblem;
import nl.werkkracht.core.valuestream.InvalidValueStreamException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Problem details of the value-stream API: 400 {@code invalid-input} with the wrong {@code field} as a
 * path into the request ({@code steps[2].wasteType}), also when the JSON itself has a wrong type in a
 * field ({@code "processMinutes": "ten"}). Shaped like the organisation API's problems.
 */
@RestControllerAdvice(assignableTypes = ValueStreamApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ValueStreamProblems {

    @ExceptionHandler(InvalidValueStreamException.class)
    ProblemDetail invalid(InvalidValueStreamException e) {
        return invalid(e.field(), e.problem());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return ApiProblems.unreadableBody(
                e, "the request body must be a JSON object {name, volumePerYear, steps:[...]}");
    }

    private static ProblemDetail invalid(String field, String problem) {
        return ApiProblems.invalid(List.of(new FieldProblem(field, problem)));
    }
}
