package nl.werkkracht.core.routeplan;

import java.util.Locale;

/** A text of the catalogue in Dutch (the default) and English; both are required. */
public record Text(String nl, String en) {

    public Text {
        if (nl == null || nl.isBlank() || en == null || en.isBlank()) {
            throw new IllegalArgumentException("a text needs both Dutch (nl) and English (en)");
        }
        nl = nl.strip();
        en = en.strip();
    }

    /** English for an English locale, Dutch otherwise. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : nl;
    }
}
