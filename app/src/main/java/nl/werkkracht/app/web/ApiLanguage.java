package nl.werkkracht.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.util.WebUtils;

/**
 * The language of the API's problem details: the language a person chose on the pages ({@code ?lang=} or
 * its cookie), else the client's {@code Accept-Language} when it names Dutch or English, else Dutch, the
 * platform's language.
 */
public final class ApiLanguage {

    private static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);

    private ApiLanguage() {}

    public static Locale of(HttpServletRequest request) {
        if (request.getParameter("lang") != null || WebUtils.getCookie(request, WebConfiguration.LANG_COOKIE) != null) {
            return LocaleContextHolder.getLocale();
        }
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                Locale chosen = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                if (chosen != null) {
                    return "nl".equals(chosen.getLanguage()) ? WebConfiguration.DUTCH : Locale.ENGLISH;
                }
            } catch (IllegalArgumentException e) {
                // a malformed header: the default
            }
        }
        return WebConfiguration.DUTCH;
    }
}
