package nl.werkkracht.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A person who opens an API address in the browser (a download link, a typed address) and meets an error
 * sees the product's error page, not raw JSON: for a GET whose {@code Accept} asks for HTML, an error
 * answered with a problem detail is replaced by the error page of its status ({@link ErrorPages}). Scripts
 * and the pages' own requests ask for JSON or anything ({@code *}{@code /*}) and keep their problem details.
 */
final class BrowserErrorPages extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return !"GET".equals(request.getMethod()) || accept == null || !accept.contains("text/html");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var buffered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, buffered);
        int status = buffered.getStatus();
        String type = buffered.getContentType();
        if (status >= 400 && type != null && type.contains("json") && !response.isCommitted()) {
            buffered.resetBuffer();
            response.reset();
            response.sendError(status);
            return;
        }
        buffered.copyBodyToResponse();
    }
}
