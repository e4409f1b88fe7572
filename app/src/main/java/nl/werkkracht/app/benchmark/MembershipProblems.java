package nl.werkkracht.app.benchmark;

import nl.werkkracht.app.web.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused membership action as a problem detail with its status and the {@code field} that decides it. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MembershipProblems {

    @ExceptionHandler(MembershipRefusedException.class)
    ProblemDetail refused(MembershipRefusedException e) {
        ProblemDetail p = ApiProblems.problem(
                e.status(),
                e.status().value() == 404 ? "not-found" : "membership-refused",
                e.status().value() == 404 ? "Not found" : "Not allowed",
                e.getReason());
        p.setProperty("field", e.field());
        return p;
    }
}
