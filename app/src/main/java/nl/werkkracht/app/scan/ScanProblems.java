package nl.werkkracht.app.scan;

import nl.werkkracht.app.web.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem details (RFC 9457) for the scan API, each naming the request field that is wrong. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScanProblems {

    @ExceptionHandler(ScanProblemException.class)
    ProblemDetail problem(ScanProblemException e) {
        ProblemDetail p = ApiProblems.problem(e.status(), e.type(), e.title(), e.getMessage());
        p.setProperty("field", e.field());
        return p;
    }
}
