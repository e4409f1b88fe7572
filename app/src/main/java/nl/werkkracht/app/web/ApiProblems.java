package nl.werkkracht.app.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.werkkracht.app.statistics.StatisticsException;
import nl.werkkracht.core.observation.ObservationRejectedException;
import nl.werkkracht.core.organisation.FieldProblem;
import nl.werkkracht.statdata.importer.ImportException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
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
        if (!e.code().isEmpty()) {
            p.setProperty("code", e.code());
        }
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

    /** The problem detail of an unreadable body; {@code whatIsExpected} when no field is to blame. */
    public static ProblemDetail unreadableBody(HttpMessageNotReadableException e, String whatIsExpected) {
        if (e.getCause() instanceof JsonMappingException mapping
                && !mapping.getPath().isEmpty()) {
            String field = path(mapping.getPath());
            if (mapping instanceof TypedNumberModule.Refused refused) {
                return invalid(List.of(TypedNumbers.problem(field, refused.refused())));
            }
            return invalid(List.of(new FieldProblem(field, "has a value of the wrong type")));
        }
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-input", "The input is invalid", whatIsExpected);
        p.setProperty("field", null);
        return p;
    }

    /**
     * 400 {@code invalid-input} naming the first field ({@code field}) and listing every problem ({@code
     * errors}: field, message, and for a translated message its code and arguments); the detail is {@code
     * "field message; …"}, in the client's language ({@link LocalisedProblems}).
     */
    public static ProblemDetail invalid(List<FieldProblem> problems) {
        String detail = problems.stream()
                .map(FieldProblem::toString)
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid-input", "The input is invalid", detail);
        p.setProperty("field", problems.isEmpty() ? null : problems.get(0).field());
        p.setProperty("errors", problems.stream().map(ApiProblems::error).toList());
        return p;
    }

    private static Map<String, Object> error(FieldProblem f) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", f.field());
        error.put("message", f.message());
        if (!f.code().isEmpty()) {
            error.put("code", f.code());
            error.put("arguments", f.arguments());
        }
        return error;
    }

    /** Jackson's path as {@code steps[2].processMinutes}. */
    public static String path(List<JsonMappingException.Reference> references) {
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

    /** A problem detail with a Werkkracht type URI. */
    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPES + type));
        p.setTitle(title);
        return p;
    }
}
