package nl.werkkracht.store.organisation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a user enters about an organisation; the caller has checked the sector and region codes against
 * the code lists. The store checks the rest.
 *
 * @param kvkNumber the Chamber of Commerce (KvK) number: exactly 8 digits (spaces and dots a person types
 *     are dropped); empty when not given
 * @param municipality the CBS municipality code ({@code GM0153}) the user chose; the caller has set {@code region}
 *     to its COROP region. Empty when the user gave a COROP region or province only (ADR 0032)
 */
public record OrganisationProfile(
        String name,
        String sector,
        String sizeClass,
        String region,
        Optional<String> contactName,
        Optional<String> contactEmail,
        Optional<String> kvkNumber,
        Optional<String> municipality) {

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
        kvkNumber = blankToEmpty(kvkNumber, "kvkNumber", 64).map(OrganisationProfile::kvk);
        Objects.requireNonNull(municipality, "municipality");
        if (municipality.isPresent() && !municipality.get().matches("GM[0-9]{4}")) {
            throw new IllegalArgumentException(
                    "municipality must be GM and four digits, not '" + municipality.get() + "'");
        }
    }

    /** A profile without a municipality. */
    public OrganisationProfile(
            String name,
            String sector,
            String sizeClass,
            String region,
            Optional<String> contactName,
            Optional<String> contactEmail,
            Optional<String> kvkNumber) {
        this(name, sector, sizeClass, region, contactName, contactEmail, kvkNumber, Optional.empty());
    }

    /** A profile without a KvK number. */
    public OrganisationProfile(
            String name,
            String sector,
            String sizeClass,
            String region,
            Optional<String> contactName,
            Optional<String> contactEmail) {
        this(name, sector, sizeClass, region, contactName, contactEmail, Optional.empty(), Optional.empty());
    }

    /** A KvK number as stored: 8 digits, whatever spaces and dots the person typed between them. */
    public static String kvk(String typed) {
        String digits = typed.replaceAll("[\\s.]", "");
        if (!digits.matches("[0-9]{8}")) {
            throw new IllegalArgumentException("kvkNumber must have exactly 8 digits");
        }
        return digits;
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
