package nl.werkkracht.app.policy;

import java.util.Locale;
import nl.werkkracht.app.web.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The policy API's errors as RFC 9457 problem details: bad input names its field (in the problem's {@code field}
 * property and in the text, in the request's language); a programme that does not exist or is a draft of others
 * is 404.
 */
@RestControllerAdvice(assignableTypes = {ProgrammeApi.class, OutreachApi.class, ReportController.class})
class PolicyProblems {

    private final MessageSource messages;

    PolicyProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PolicyInputException.class)
    ProblemDetail invalid(PolicyInputException e, Locale locale) {
        String text = messages.getMessage(e.key(), e.args(), locale);
        ProblemDetail p = ApiProblems.problem(
                HttpStatus.BAD_REQUEST, "invalid-field", "A field is invalid", e.field() + ": " + text);
        p.setProperty("field", e.field());
        return p;
    }

    @ExceptionHandler(ProgrammeNotFoundException.class)
    ProblemDetail notFound(ProgrammeNotFoundException e) {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, "not-found", "No such programme", e.getMessage());
    }

    @ExceptionHandler(RowNotFoundException.class)
    ProblemDetail rowNotFound(RowNotFoundException e) {
        return ApiProblems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }
}
