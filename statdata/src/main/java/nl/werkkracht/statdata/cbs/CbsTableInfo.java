package nl.werkkracht.statdata.cbs;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a dataset record says about a CBS table: its title and coverage, when CBS last changed it, and the
 * attribution its licence requires ("Bron: CBS", CC BY 4.0).
 *
 * @param tableId the StatLine identifier
 * @param title the table title as CBS publishes it
 * @param period the period covered, as CBS writes it ("1995-2022", "1e kwartaal 1996 - 1e kwartaal 2020")
 * @param modified the date CBS last changed the table, empty when the response has none
 * @param source always {@code CBS StatLine}
 * @param licence the licence name ({@code CC BY 4.0})
 * @param licenceUrl the licence URL
 * @param version the API the information was read from
 */
public record CbsTableInfo(
        String tableId,
        String title,
        String period,
        Optional<LocalDate> modified,
        String source,
        String licence,
        String licenceUrl,
        ODataVersion version) {

    /** The source name shown next to every CBS number. */
    public static final String SOURCE = "CBS StatLine";
    /** CBS open data are published under CC BY 4.0 ("Bron: CBS"). */
    public static final String CC_BY_4 = "CC BY 4.0";

    public static final String CC_BY_4_URL = "https://creativecommons.org/licenses/by/4.0/";

    public CbsTableInfo {
        Objects.requireNonNull(tableId, "tableId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(licenceUrl, "licenceUrl");
        Objects.requireNonNull(version, "version");
    }

    /** The attribution line the licence asks for. */
    public String attribution() {
        return "Bron: CBS, " + source + " tabel " + tableId + " (" + licence + ")";
    }

    /**
     * Reads a CBS date or date-time ({@code 2009-07-10T02:00:00}, {@code 2020-06-19T02:00:00+02:00}) as the
     * calendar date CBS wrote; empty when absent or not a date.
     */
    static Optional<LocalDate> date(String text) {
        if (text == null || text.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.substring(0, 10)));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The licence name for a licence URL: CC BY 4.0 for the Creative Commons URL, else the URL itself. */
    static String licenceName(String url) {
        if (url == null || url.isBlank()) {
            return CC_BY_4;
        }
        return url.contains("creativecommons.org/licenses/by/4.0") ? CC_BY_4 : url.trim();
    }
}
