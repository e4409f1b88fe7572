package nl.werkkracht.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that fails outside Spring MVC (in a security filter; controllers: {@link DatabaseFaultAdvice})
 * because the database cannot be reached or is restarting (connection lost, backend
 * terminated, server shutting down, pool timeout, lock timeout) answers {@code 503} with {@code Retry-After}:
 * nothing was stored, and sending it again in a few seconds will work. API clients get a problem detail
 * ({@code …/problems/unavailable}) in their language, browsers the product's 503 page. Other database
 * errors stay a 500 ({@link ErrorPages}). Outermost filter, so that a fault anywhere in the chain (a
 * token look-up in a security filter as much as a controller) is caught before the container's own error
 * handling.
 */
final class DatabaseFaults extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseFaults.class);

    /** Seconds a client should wait: a restarting database is back within a few seconds. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final ObjectMapper json;
    private final ProblemTexts texts;

    DatabaseFaults(ObjectMapper json, ProblemTexts texts) {
        this.json = json;
        this.texts = texts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            Optional<SQLException> fault = transientFault(e);
            if (fault.isEmpty()) {
                throw e;
            }
            LOG.warn(
                    "{} {} answered 503: the database is unavailable ({}, SQL state {})",
                    request.getMethod(),
                    request.getRequestURI(),
                    fault.get().getMessage(),
                    fault.get().getSQLState());
            if (response.isCommitted()) {
                throw e;
            }
            unavailable(request, response);
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        if (MvcProblems.wantsPage(request)) {
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value()); // templates/error/503.html
            return;
        }
        ProblemDetail problem = problem();
        problem.setInstance(URI.create(request.getRequestURI()));
        texts.localise(problem, ApiLanguage.of(request));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The problem detail of a 503 (in English; translated on the way out). */
    static ProblemDetail problem() {
        ProblemDetail problem = ApiProblems.problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "unavailable",
                "Temporarily unavailable",
                "nothing was stored; send it again in a few seconds");
        problem.setProperty("retryAfter", RETRY_AFTER_SECONDS);
        return problem;
    }

    /** The SQL exception in {@code e}'s causes that says the database is (for now) out of reach. */
    static Optional<SQLException> transientFault(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && transientFault(sql)) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    private static boolean transientFault(SQLException e) {
        if (e instanceof SQLTransientException || e instanceof SQLRecoverableException) {
            return true;
        }
        String state = e.getSQLState();
        if (state == null) {
            return false;
        }
        return state.startsWith("08") // connection exception
                || state.startsWith("57P") // admin or crash shutdown, cannot connect now
                || state.startsWith("53") // insufficient resources
                || state.equals("40001") // serialization failure
                || state.equals("40P01") // deadlock
                || state.equals("HYT00"); // H2: lock timeout
    }
}
