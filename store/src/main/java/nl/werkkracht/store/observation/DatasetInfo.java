package nl.werkkracht.store.observation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a dataset is and where it comes from, as shown next to every figure taken from it.
 *
 * @param name the name users type on the command line, e.g. {@code nama_10_a64}: 1 to 63 characters of
 *     {@code a-z 0-9 _ . -}, starting with a letter or digit
 * @param title a human-readable title, not blank
 * @param source who publishes the data, e.g. "Eurostat" or "CBS StatLine"; may be empty when unknown
 * @param licence the licence of the data, e.g. "CC BY 4.0"; may be empty when unknown
 * @param sourceUrl where the data was downloaded; may be empty
 * @param retrieved the day the data was downloaded, when known
 * @param description free text; may be empty
 */
public record DatasetInfo(
        String name,
        String title,
        String source,
        String licence,
        String sourceUrl,
        Optional<LocalDate> retrieved,
        String description) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,62}");

    /** The longest values the database holds (see V1__observations.sql). */
    static final int MAX_TITLE = 500;

    static final int MAX_SOURCE = 500;
    static final int MAX_LICENCE = 500;
    static final int MAX_SOURCE_URL = 2000;
    static final int MAX_DESCRIPTION = 10_000;

    public DatasetInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(sourceUrl, "sourceUrl");
        Objects.requireNonNull(retrieved, "retrieved");
        Objects.requireNonNull(description, "description");
        requireValidName(name);
        if (title.isBlank()) {
            throw new IllegalArgumentException("dataset " + name + " needs a title");
        }
        requireMaxLength(name, "title", title, MAX_TITLE);
        requireMaxLength(name, "source", source, MAX_SOURCE);
        requireMaxLength(name, "licence", licence, MAX_LICENCE);
        requireMaxLength(name, "source URL", sourceUrl, MAX_SOURCE_URL);
        requireMaxLength(name, "description", description, MAX_DESCRIPTION);
    }

    /** A dataset with only a name and a title; source, licence, URL and description empty. */
    public static DatasetInfo of(String name, String title) {
        return new DatasetInfo(name, title, "", "", "", Optional.empty(), "");
    }

    /** Whether {@code name} is a valid dataset name (see {@link #name()}). */
    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    static void requireValidName(String name) {
        if (!isValidName(name)) {
            throw new IllegalArgumentException("invalid dataset name '" + name
                    + "': use 1 to 63 characters a-z, 0-9, '_', '.' or '-', starting with a letter or digit");
        }
    }

    private static void requireMaxLength(String dataset, String field, String value, int max) {
        if (value.length() > max) {
            throw new IllegalArgumentException(
                    "dataset " + dataset + ": " + field + " is longer than " + max + " characters");
        }
    }
}
