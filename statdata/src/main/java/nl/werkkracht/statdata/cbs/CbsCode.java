package nl.werkkracht.statdata.cbs;

import java.util.Objects;

/**
 * One entry of a CBS dimension code list (v3 {@code RegioS}, {@code Perioden}…; v4 {@code RegioSCodes}…). Raw
 * source format: the key is trimmed (CBS pads keys, e.g. {@code "NL01  "}), the title is as published.
 *
 * @param key the trimmed key
 * @param title the CBS title ("Groningen (PV)", "A-U Alle economische activiteiten")
 * @param status the CBS status of a period ("Definitief", "Voorlopig", "Nader voorlopig"), empty otherwise
 */
record CbsCode(String key, String title, String status) {
    CbsCode {
        Objects.requireNonNull(key, "key");
        title = title == null ? "" : title.trim();
        status = status == null ? "" : status.trim();
    }
}
