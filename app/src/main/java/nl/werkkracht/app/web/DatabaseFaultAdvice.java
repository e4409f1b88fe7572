package nl.werkkracht.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.util.Optional;
import nl.werkkracht.store.db.DatabaseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A controller that fails because the database is out of reach answers 503 ({@link DatabaseFaults} says
 * which faults and what the answer holds). It must be handled here, inside Spring MVC: otherwise Spring's
 * {@code DefaultHandlerExceptionResolver} takes a PostgreSQL connection that died with "Broken pipe" or
 * "Connection reset by peer" for a browser that went away, and ends the request with an empty {@code 200}
 * (issue 10: 200 with an empty body and nothing stored). The filter {@link DatabaseFaults} catches the same
 * faults outside Spring MVC (in security filters).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseFaultAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseFaultAdvice.class);

    @ExceptionHandler(DatabaseException.class)
    ResponseEntity<ProblemDetail> unavailable(
            DatabaseException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SQLException> fault = DatabaseFaults.transientFault(e);
        if (fault.isEmpty()) {
            throw e; // another database error: a 500 by the container's error handling (ErrorPages)
        }
        LOG.warn(
                "{} {} answered 503: the database is unavailable ({}, SQL state {})",
                request.getMethod(),
                request.getRequestURI(),
                fault.get().getMessage(),
                fault.get().getSQLState());
        String retryAfter = Integer.toString(DatabaseFaults.RETRY_AFTER_SECONDS);
        if (MvcProblems.wantsPage(request)) {
            response.setHeader("Retry-After", retryAfter);
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value()); // templates/error/503.html
            return null;
        }
        ProblemDetail problem = DatabaseFaults.problem();
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", retryAfter)
                .body(problem); // in the client's language by LocalisedProblems
    }
}
