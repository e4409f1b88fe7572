package nl.werkkracht.statdata.cbs;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The two generations of the CBS open-data API. Their keys differ (v3 topic keys such as
 * {@code BrutoToegevoegdeWaardeBasisprijzen_3}, v4 measure codes such as {@code M001924}), so every table
 * mapping names the version its keys belong to.
 */
public enum ODataVersion {
    /**
     * OData v3 at opendata.cbs.nl: {@code TableInfos}, {@code DataProperties}, one code list per dimension and
     * the data as wide rows ({@code TypedDataSet} / {@code UntypedDataSet}), paged by {@code odata.nextLink}.
     */
    V3(URI.create("https://opendata.cbs.nl/ODataApi/odata/")),
    /**
     * OData v4 at odata4.cbs.nl (datasets.cbs.nl): {@code Properties}, {@code Dimensions}, {@code MeasureCodes},
     * {@code {Dimension}Codes} and the data as long rows ({@code Observations}), paged by {@code @odata.nextLink}.
     */
    V4(URI.create("https://odata4.cbs.nl/CBS/"));

    private final URI defaultBaseUrl;

    ODataVersion(URI defaultBaseUrl) {
        this.defaultBaseUrl = defaultBaseUrl;
    }

    /** The public service root of CBS for this version, ending in {@code /}. */
    public URI defaultBaseUrl() {
        return defaultBaseUrl;
    }

    /** Parses {@code v3} or {@code v4}, case-insensitively. */
    public static Optional<ODataVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "v3", "3" -> Optional.of(V3);
            case "v4", "4" -> Optional.of(V4);
            default -> Optional.empty();
        };
    }
}
