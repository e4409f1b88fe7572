package nl.werkkracht.core.occupation;

import java.util.Objects;

/**
 * A major (1 digit) or sub-major (2 digits) group of ISCO-08.
 *
 * @param code "4" or "41"
 * @param titleEn the English title (ESCO's label of the ISCO-08 group)
 * @param titleNl a Dutch title written for Werkkracht (not an official translation)
 */
public record IscoGroup(String code, String titleEn, String titleNl) {

    public IscoGroup {
        if (code == null || !code.matches("\\d{1,2}")) {
            throw new IllegalArgumentException("ISCO-08 group code must have 1 or 2 digits, got " + code);
        }
        Objects.requireNonNull(titleEn, "titleEn");
        Objects.requireNonNull(titleNl, "titleNl");
        if (titleEn.isBlank() || titleNl.isBlank()) {
            throw new IllegalArgumentException("group " + code + " needs an English and a Dutch title");
        }
    }

    /** Whether this is a major group (1 digit). */
    public boolean major() {
        return code.length() == 1;
    }
}
