package nl.werkkracht.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The security answers of the REST API as RFC 9457 problem details ({@code application/problem+json}):
 * 401 when a request is not authenticated (or its bearer token is not valid), 403 when the user may not
 * do this. Written by the security filters, before any controller or controller advice is reached, in
 * the client's language ({@link ApiLanguage}).
 */
public final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;
    private final ProblemTexts texts;

    public SecurityProblems(ObjectMapper json, ProblemTexts texts) {
        this.json = json;
        this.texts = texts;
    }

    /** Not authenticated: log in, or send {@code Authorization: Bearer TOKEN}. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(
                request,
                response,
                ApiProblems.problem(
                        HttpStatus.UNAUTHORIZED,
                        "unauthenticated",
                        "Authentication required",
                        "log in or send a personal API token as 'Authorization: Bearer TOKEN'"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(
                request,
                response,
                ApiProblems.problem(
                        HttpStatus.FORBIDDEN,
                        "forbidden",
                        "Not allowed",
                        "your role does not allow this request (or a form was sent without its CSRF token)"));
    }

    /** Writes {@code problem} as the whole response, with the request path as its instance. */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        texts.localise(problem, ApiLanguage.of(request));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE); // JSON is UTF-8 (RFC 8259)
        json.writeValue(response.getOutputStream(), body);
    }
}
