package nl.werkkracht.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Spring MVC's own errors (an unknown address, a wrong method, an unreadable parameter): RFC 9457 problem
 * details for clients that ask for data, as Spring Boot's {@code spring.mvc.problemdetails} gives them,
 * but for a browser the product's error page of the status ({@link ErrorPages}), never JSON. Replaces
 * Boot's handler, which backs off when one exists.
 */
@ControllerAdvice
@Order(0)
class MvcProblems extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (request instanceof ServletWebRequest servlet && wantsPage(servlet.getRequest())) {
            HttpServletResponse response = servlet.getResponse();
            if (response != null && !response.isCommitted()) {
                try {
                    headers.forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
                    response.sendError(statusCode.value());
                    return null;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    /** A browser navigating: it asks for HTML. */
    static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html");
    }
}
