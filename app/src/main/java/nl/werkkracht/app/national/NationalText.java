package nl.werkkracht.app.national;

import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * The national page's messages in one language, for exports (the page itself uses Thymeleaf's
 * {@code #{…}}). Years are passed as numbers and formatted without grouping by the messages
 * ({@code {0,number,#}}).
 */
final class NationalText {

    private final MessageSource messages;
    private final Locale locale;

    NationalText(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    Locale locale() {
        return locale;
    }

    /** "gewerkte uren" / "hours worked". */
    String labour(String measure) {
        return get("national.labour." + measure);
    }

    /** "per gewerkt uur" / "per hour worked". */
    String per(String measure) {
        return get("national.per." + measure);
    }

    /** The source line under a table: publisher, dataset and licence. */
    String source(SourceView source) {
        return get("national.meta.source") + ": " + source.source() + " (" + get("national.meta.dataset") + " "
                + source.dataset() + "). " + source.licence();
    }

    /** "Eenheid: …", "Prijzen: …" and the like. */
    String meta(String key, String value) {
        return get(key) + ": " + value;
    }
}
