package nl.werkkracht.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the page layout needs on every page: the current address in the other language. On an error page
 * that is the address that failed, not {@code /error}, so that switching language shows the same error
 * page again in the other language.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

    @ModelAttribute("urlNl")
    String urlNl(HttpServletRequest request) {
        return withLang(request, "nl");
    }

    @ModelAttribute("urlEn")
    String urlEn(HttpServletRequest request) {
        return withLang(request, "en");
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return uri(request).substring(request.getContextPath().length());
    }

    private static String withLang(HttpServletRequest request, String lang) {
        return UriComponentsBuilder.fromPath(uri(request))
                .query(query(request))
                .replaceQueryParam("lang", lang)
                .build()
                .toUriString();
    }

    /** The address asked for: on an error dispatch the one that failed. */
    private static String uri(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return failed instanceof String s ? s : request.getRequestURI();
    }

    private static String query(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
            Object failed = request.getAttribute("jakarta.servlet.error.query_string");
            return failed instanceof String s ? s : null;
        }
        return request.getQueryString();
    }
}
