package nl.werkkracht.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The platform's error answers: a browser gets the product's own page in its language by Spring Boot's
 * error-view convention ({@code templates/error/404.html}, {@code 403.html}, then {@code
 * 4xx.html} / {@code 5xx.html}, then {@code error.html}; another feature adds {@code 503.html} the same
 * way); any other client gets an RFC 9457 problem detail in its language ({@link ApiLanguage}), never
 * Boot's default JSON. No stack trace or exception message reaches either.
 */
final class ErrorPages extends BasicErrorController {

    private final ProblemTexts texts;

    ErrorPages(
            ErrorAttributes errorAttributes,
            ErrorProperties properties,
            List<ErrorViewResolver> resolvers,
            ProblemTexts texts) {
        super(errorAttributes, properties, resolvers);
        this.texts = texts;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(status.getReasonPhrase());
        texts.localise(problem, ApiLanguage.of(request));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", problem.getTitle());
        body.put("status", status.value());
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        body.put(
                "instance",
                path == null
                        ? request.getRequestURI()
                        : URI.create(path.toString()).getPath());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
