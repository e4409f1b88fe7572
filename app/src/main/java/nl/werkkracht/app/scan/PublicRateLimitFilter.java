package nl.werkkracht.app.scan;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import nl.werkkracht.app.web.ApiProblems;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the limits of the public questionnaire to {@code /api/v1/public/**} and {@code /s/**}: the
 * generous {@link PublicRateLimit} on every request (a flood guard), and the {@link FailedLookupLimit} on
 * failed token look-ups (every answer 404 on these paths counts as one). A client over either limit gets
 * 429 with {@code Retry-After}, as a problem detail on the API and as a short page otherwise.
 */
final class PublicRateLimitFilter extends OncePerRequestFilter {

    /** Questionnaires sent (answers accepted), for {@code /actuator/prometheus}. */
    private static final Counter SUBMITTED = Metrics.counter("werkkracht.survey.responses.submitted");

    private final PublicRateLimit limit;
    private final FailedLookupLimit lookups;

    PublicRateLimitFilter(PublicRateLimit limit, FailedLookupLimit lookups) {
        this.limit = limit;
        this.lookups = lookups;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/api/v1/public/") || path.startsWith("/s/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = request.getRemoteAddr();
        Optional<Duration> wait = limit.acquire(client);
        String detail = "at most " + limit.perMinute() + " requests a minute";
        if (wait.isEmpty()) {
            wait = lookups.blocked(client);
            detail = "at most " + lookups.maxFailures() + " unknown invitation links in "
                    + lookups.window().toMinutes() + " minutes";
        }
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            if (response.getStatus() == HttpServletResponse.SC_NOT_FOUND) {
                lookups.failed(client);
            } else if (request.getMethod().equals("POST") && response.getStatus() < 400) {
                SUBMITTED.increment();
            }
            return;
        }
        long seconds = wait.get().toSeconds();
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter()
                    .write("{\"type\":\"" + ApiProblems.TYPES + "rate-limited\",\"title\":\"Too many requests\","
                            + "\"status\":429,\"detail\":\"" + detail
                            + "; try again in " + seconds + " seconds\",\"retryAfter\":" + seconds
                            + "}");
        } else {
            response.setContentType("text/html");
            response.getWriter()
                    .write("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
                            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                            + "<title>Even geduld · Werkkracht</title></head><body><main>"
                            + "<h1>Even geduld</h1><p>Er komen te veel verzoeken tegelijk binnen. Probeer het over "
                            + seconds + " seconden opnieuw.</p><p lang=\"en\">Too many requests at once. Please try"
                            + " again in " + seconds + " seconds.</p></main></body></html>");
        }
    }
}
