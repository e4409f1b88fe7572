package nl.werkkracht.core.policy;

import java.util.Objects;

/**
 * One recommendation of the versioned catalogue (the SER's and SER Overijssel's advice, in Werkkracht's own
 * words, each with its source), which a measure may implement.
 *
 * @param id stable id, e.g. {@code ser-2024-cyclus}
 * @param source who recommends it: {@code SER} or {@code SER_OVERIJSSEL}
 * @param reference the document and the place in it
 */
public record Recommendation(
        String id, String source, String titleNl, String titleEn, String textNl, String textEn, String reference) {

    public Recommendation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(titleNl, "titleNl");
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(textNl, "textNl");
        Objects.requireNonNull(textEn, "textEn");
        Objects.requireNonNull(reference, "reference");
    }

    /** The title in Dutch or English. */
    public String title(boolean dutch) {
        return dutch ? titleNl : titleEn;
    }

    public String text(boolean dutch) {
        return dutch ? textNl : textEn;
    }
}
