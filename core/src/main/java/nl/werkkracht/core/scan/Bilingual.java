package nl.werkkracht.core.scan;

import java.util.Locale;

/**
 * A text in Dutch and English; both are required, so no respondent ever sees an empty question.
 *
 * @param nl the Dutch text, not blank
 * @param en the English text, not blank
 */
public record Bilingual(String nl, String en) {

    public Bilingual {
        if (nl == null || nl.isBlank()) {
            throw new IllegalArgumentException("the Dutch text is missing");
        }
        if (en == null || en.isBlank()) {
            throw new IllegalArgumentException("the English text is missing");
        }
    }

    /** The text in {@code language} ("en" for English); Dutch for any other language. */
    public String in(String language) {
        return "en".equalsIgnoreCase(language) ? en : nl;
    }

    /** The text in the locale's language; Dutch unless the locale is English. */
    public String in(Locale locale) {
        return in(locale.getLanguage());
    }
}
