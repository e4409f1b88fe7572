package nl.werkkracht.core.codelist;

import java.util.Objects;
import java.util.Optional;

/**
 * A Dutch region.
 *
 * @param code NUTS 2016 code (NL, NL1, NL11, NL111…), CBS code (PV20, CR01, LD01) or extra-regio
 * @param level its level
 * @param nameNl Dutch name as CBS writes it
 * @param nameEn English name
 * @param parent code of the region one level up in the same classification, empty for the country
 * @param equivalent the corresponding code in the other classification (province ↔ NUTS-2, landsdeel
 *     ↔ NUTS-1, COROP ↔ NUTS-3), empty when there is none
 */
public record Region(
        String code,
        RegionLevel level,
        String nameNl,
        String nameEn,
        Optional<String> parent,
        Optional<String> equivalent) {
    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(nameNl, "nameNl");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(equivalent, "equivalent");
        if (code.isBlank()) {
            throw new IllegalArgumentException("region code is blank");
        }
    }
}
