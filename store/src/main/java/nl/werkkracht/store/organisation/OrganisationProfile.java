package nl.werkkracht.store.organisation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a user enters about an organisation; the caller has checked the sector and region codes against
 * the code lists. The store checks the rest.
 */
public record OrganisationProfile(
        String name,
        String sector,
        String sizeClass,
        String region,
        Optional<String> contactName,
        Optional<String> contactEmail) {

    /** The size classes of METHODS.md §9 (number of employees). */
    public static final List<String> SIZE_CLASSES = List.of("2-9", "10-49", "50-249", "250+");

    public static final int MAX_NAME = 200;

    public OrganisationProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(sizeClass, "sizeClass");
        Objects.requireNonNull(region, "region");
        name = name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("name must have 1 to " + MAX_NAME + " characters");
        }
        if (!SIZE_CLASSES.contains(sizeClass)) {
            throw new IllegalArgumentException(
                    "sizeClass must be one of " + SIZE_CLASSES + ", not '" + sizeClass + "'");
        }
        contactName = blankToEmpty(contactName, "contactName", 200);
        contactEmail = blankToEmpty(contactEmail, "contactEmail", 254);
    }

    private static Optional<String> blankToEmpty(Optional<String> value, String field, int max) {
        Objects.requireNonNull(value, field);
        Optional<String> stripped = value.map(String::strip).filter(s -> !s.isEmpty());
        if (stripped.isPresent() && stripped.get().length() > max) {
            throw new IllegalArgumentException(field + " must have at most " + max + " characters");
        }
        return stripped;
    }
}
