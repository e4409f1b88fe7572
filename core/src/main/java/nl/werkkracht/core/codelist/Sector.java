package nl.werkkracht.core.codelist;

import java.util.List;
import java.util.Objects;

/**
 * A sector (bedrijfstak) of NACE Rev.2 / SBI 2008.
 *
 * @param code Eurostat code (A, B-E, M_N, C10-C12, TOTAL…)
 * @param level total, aggregate, section or division group
 * @param nameNl Dutch name (CBS)
 * @param nameEn English name
 * @param sections the sections this code covers (for a division group: its one section)
 */
public record Sector(String code, SectorLevel level, String nameNl, String nameEn, List<String> sections) {
    public Sector {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(nameNl, "nameNl");
        Objects.requireNonNull(nameEn, "nameEn");
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("sector " + code + " covers no section");
        }
    }

    public boolean isTotal() {
        return level == SectorLevel.TOTAL;
    }
}
