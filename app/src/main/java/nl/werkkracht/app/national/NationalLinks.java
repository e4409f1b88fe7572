package nl.werkkracht.app.national;

/**
 * The addresses the national page links to, all with the page's choices in their query, built once per
 * request. Plain strings rather than Thymeleaf link expressions: those pass every link through the
 * static-resource lookup, which cost more than the rest of the page together.
 *
 * @param contextPath the application's context path ("" at the root)
 * @param query the query string with the choices, starting with "?"
 */
public record NationalLinks(String contextPath, String query) {

    /** The page itself, for the form's action. */
    public String page() {
        return contextPath + "/monitor/national";
    }

    /** The page as PDF. */
    public String pdf() {
        return contextPath + "/monitor/national.pdf" + query;
    }

    /** One of the JSON endpoints under {@code /api/v1/national}. */
    public String api(String endpoint) {
        return contextPath + "/api/v1/national/" + endpoint + query;
    }

    /** A table download, {@code csv} or {@code xlsx}. */
    public String export(String table, String format) {
        return contextPath + "/monitor/national/export/" + table + "." + format + query;
    }
}
