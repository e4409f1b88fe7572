package nl.werkkracht.app.web;

import java.net.URI;
import nl.werkkracht.app.statistics.StatisticsException;
import nl.werkkracht.core.observation.ObservationRejectedException;
import nl.werkkracht.statdata.importer.ImportException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Maps errors of the REST API to RFC 9457 problem details in one place. Every problem says what was
 * wrong and where (parameter, file, line, field); no stack trace reaches a client.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
public class ApiProblems {

    /** Base of the problem type URIs (documented in the OpenAPI description). */
    public static final String TYPES = "https://werkkracht.nl/problems/";

    @ExceptionHandler(StatisticsException.class)
    ProblemDetail unanswerable(StatisticsException e) {
        return problem(
                HttpStatus.UNPROCESSABLE_ENTITY, "no-data", "The data cannot answer this request", e.getMessage());
    }

    @ExceptionHandler(ImportException.class)
    ProblemDetail badFile(ImportException e) {
        ProblemDetail p =
                problem(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-file", "The file cannot be imported", e.getMessage());
        p.setProperty("file", e.file());
        p.setProperty("line", e.line());
        p.setProperty("field", e.field());
        return p;
    }

    @ExceptionHandler(ObservationRejectedException.class)
    ProblemDetail rejected(ObservationRejectedException e) {
        return problem(HttpStatus.CONFLICT, "duplicate", "An observation is already stored", e.getMessage());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        ProblemDetail p = problem(
                HttpStatus.BAD_REQUEST,
                "invalid-parameter",
                "A parameter is missing",
                "parameter " + e.getParameterName() + " is required");
        p.setProperty("parameter", e.getParameterName());
        return p;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        ProblemDetail p = problem(
                HttpStatus.BAD_REQUEST,
                "invalid-parameter",
                "A parameter has an invalid value",
                "parameter " + e.getName() + " cannot be '" + e.getValue() + "'");
        p.setProperty("parameter", e.getName());
        return p;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "The request is invalid", e.getMessage());
    }

    /** A problem detail with a Werkkracht type URI. */
    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPES + type));
        p.setTitle(title);
        return p;
    }
}
