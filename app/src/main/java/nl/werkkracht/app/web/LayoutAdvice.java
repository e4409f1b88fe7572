package nl.werkkracht.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the page layout needs on every page: the current address in the other language. */
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
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static String withLang(HttpServletRequest request, String lang) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("lang", lang)
                .build()
                .toUriString();
    }
}
