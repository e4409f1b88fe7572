package nl.werkkracht.app.techimpact;

import java.util.List;
import nl.werkkracht.app.web.ApiProblems;
import nl.werkkracht.core.organisation.FieldProblem;
import nl.werkkracht.core.techimpact.WorkRole.InvalidRoleException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem details of the roles and technology impact API: 400 {@code invalid-input} naming the field. */
@RestControllerAdvice(assignableTypes = TechImpactApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TechImpactProblems {

    @ExceptionHandler(InvalidRoleException.class)
    ProblemDetail invalid(InvalidRoleException e) {
        return ApiProblems.invalid(List.of(
                new FieldProblem(e.field(), e.getMessage().substring(e.field().length() + 1))));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return ApiProblems.unreadableBody(e, "the request body must be a JSON object");
    }
}
