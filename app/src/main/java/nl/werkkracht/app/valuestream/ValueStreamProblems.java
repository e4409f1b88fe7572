package nl.werkkracht.app.valuestream;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.Map;
import nl.werkkracht.app.web.ApiProblems;
import nl.werkkracht.core.valuestream.InvalidValueStreamException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
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
        if (e.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            return invalid(path(mapping.getPath()), "has a value of the wrong type");
        }
        ProblemDetail p = ApiProblems.problem(
                HttpStatus.BAD_REQUEST,
                "invalid-input",
                "The input is invalid",
                "the request body must be a JSON object {name, volumePerYear, steps:[...]}");
        p.setProperty("field", null);
        return p;
    }

    private static ProblemDetail invalid(String field, String problem) {
        ProblemDetail p = ApiProblems.problem(
                HttpStatus.BAD_REQUEST, "invalid-input", "The input is invalid", field + " " + problem);
        p.setProperty("field", field);
        p.setProperty("errors", List.of(Map.of("field", field, "message", problem)));
        return p;
    }

    /** Jackson's path as {@code steps[2].processMinutes}. */
    static String path(List<JsonMappingException.Reference> references) {
        var out = new StringBuilder();
        for (JsonMappingException.Reference r : references) {
            if (r.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
