package nl.werkkracht.store.network;

import java.time.Instant;
import java.util.Objects;

/**
 * A benchmark network (METHODS.md §9): a branch organisation, SME ecosystem or regional service point whose
 * member organisations compare their figures.
 *
 * @param id the network's id
 * @param name its name, 1–{@value #MAX_NAME} characters
 * @param sectorLevel the SBI/NACE level at which members are compared by sector
 * @param createdAt when it was created
 */
public record Network(long id, String name, SectorLevel sectorLevel, Instant createdAt) {

    public static final int MAX_NAME = 200;

    /** The sector level a network compares at: the SBI section (a letter) or division (two digits). */
    public enum SectorLevel {
        SECTION,
        DIVISION
    }

    public Network {
        name = requireName(name);
        Objects.requireNonNull(sectorLevel, "sectorLevel");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The name stripped; refuses a blank or too long name. */
    static String requireName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME) {
            throw new IllegalArgumentException("name must have 1 to " + MAX_NAME + " characters");
        }
        return stripped;
    }
}
