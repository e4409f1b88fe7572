package nl.werkkracht.app.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A request body that is not the JSON the endpoint reads: 400 {@code invalid-input} naming the field
 * when there is one, with the notation problem when a number in a string could not be read ({@link
 * TypedNumberModule}). Ordered before Spring Boot's generic problem details, after a feature's own
 * handler for its endpoints.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UnreadableBodies {

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return ApiProblems.unreadableBody(e, "the request body is not the JSON this endpoint reads");
    }
}
