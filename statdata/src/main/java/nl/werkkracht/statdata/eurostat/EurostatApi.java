package nl.werkkracht.statdata.eurostat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import nl.werkkracht.statdata.importer.Echo;
import nl.werkkracht.statdata.importer.ImportException;

/**
 * A request to Eurostat's dissemination API, written {@code eurostat:CODE[?filters]} on the command line:
 * {@code eurostat:nama_10r_3gva?geo=NL&unit=CP_MEUR&time=2022} asks {@code
 * https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/nama_10r_3gva?format=JSON&lang=EN&geo=NL&unit=CP_MEUR&time=2022}
 * for a JSON-stat 2.0 dataset. A filter may be repeated ({@code geo=NL&geo=NL21}); Eurostat's own
 * parameters such as {@code sinceTimePeriod}, {@code lastTimePeriod} and {@code geoLevel} pass through.
 * {@code format} and {@code lang} are the importer's: JSON-stat in English.
 *
 * @param dataset the dataset code, lower case ({@code nama_10r_3gva})
 * @param filters the filters in the order given, each a name and a value
 */
public record EurostatApi(String dataset, List<Map.Entry<String, String>> filters) {

    /** The statistics API of Eurostat's dissemination service. */
    public static final URI DEFAULT_BASE_URL =
            URI.create("https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/");

    /** Time to open a connection. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);

    /** Time for the whole answer; a large unfiltered dataset takes a while. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

    private static final String PREFIX = "eurostat:";
    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{1,39}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_.:\\-]{1,60}");
    private static final int EXCERPT = 300;

    public EurostatApi {
        filters = List.copyOf(filters);
    }

    /** Whether a command-line source is a Eurostat request ({@code eurostat:…}). */
    public static boolean matches(String source) {
        return source != null && source.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /**
     * @throws IllegalArgumentException naming what is wrong, for a usage error
     */
    public static EurostatApi parse(String source) {
        String rest = source.substring(PREFIX.length()).strip();
        int q = rest.indexOf('?');
        String code = q < 0 ? rest : rest.substring(0, q);
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "eurostat: needs a dataset code such as eurostat:nama_10r_3gva, got " + Echo.quote(code));
        }
        var filters = new ArrayList<Map.Entry<String, String>>();
        if (q >= 0 && q < rest.length() - 1) {
            for (String pair : rest.substring(q + 1).split("&", -1)) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                if (!NAME.matcher(name).matches() || !VALUE.matcher(value).matches()) {
                    throw new IllegalArgumentException("filter " + Echo.quote(pair) + " of " + Echo.quote(source)
                            + " is not NAME=VALUE with a dimension or parameter name and a code (geo=NL, time=2022)");
                }
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.equals("format") || lower.equals("lang")) {
                    throw new IllegalArgumentException("filter " + Echo.quote(pair) + ": eurostat: always asks for"
                            + " JSON-stat in English (format=JSON&lang=EN); an SDMX-CSV file downloaded from Eurostat"
                            + " is imported as a file: ./werkkracht import FILE.csv --dataset NAME");
                }
                filters.add(Map.entry(name, value));
            }
        }
        return new EurostatApi(code.toLowerCase(Locale.ROOT), filters);
    }

    /** What the user wrote, normalised: {@code eurostat:nama_10r_3gva?geo=NL}. */
    public String label() {
        return PREFIX + dataset + (filters.isEmpty() ? "" : "?" + query());
    }

    /** The filters as a query string, {@code geo=NL&unit=CP_MEUR}. */
    public String query() {
        var parts = new ArrayList<String>();
        for (var f : filters) {
            parts.add(f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }

    /** The URL of the request under {@code base} (the statistics API, or a mirror or test server). */
    public URI uri(URI base) {
        String b = base.toString();
        String root = b.endsWith("/") ? b : b + "/";
        return URI.create(root + dataset + "?format=JSON&lang=EN" + (filters.isEmpty() ? "" : "&" + query()));
    }

    /**
     * Downloads the answer into {@code target}, whole, before anything is imported: a connection that breaks
     * off leaves an error, never half a dataset.
     *
     * @throws ImportException when Eurostat cannot be reached (no internet), does not answer in time, or
     *     answers with another status than 200 (quoting the start of its explanation)
     */
    public void download(URI base, Path target, Duration connectTimeout, Duration requestTimeout) {
        URI uri = uri(base);
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Accept", "application/json, text/csv;q=0.5")
                .header("Accept-Encoding", "identity")
                .header("User-Agent", "Werkkracht Eurostat importer")
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("the download of " + uri + " was interrupted", e);
        } catch (HttpConnectTimeoutException e) {
            throw noConnection(uri, "no connection within " + connectTimeout.toSeconds() + " s", e);
        } catch (HttpTimeoutException e) {
            throw failure(
                    "no complete answer within " + requestTimeout.toSeconds() + " s from " + uri
                            + "; ask for less with filters (geo=NL, time=2022, sinceTimePeriod=2015)",
                    e);
        } catch (IOException e) {
            Throwable unreachable = unreachable(e);
            if (unreachable != null) {
                String m = unreachable.getMessage();
                throw noConnection(
                        uri, unreachable.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " " + m), e);
            }
            throw failure("cannot fetch " + uri + ": " + describe(e), e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                String text = new String(body.readNBytes(EXCERPT), StandardCharsets.UTF_8)
                        .replaceAll("\\s+", " ")
                        .strip();
                throw new ImportException(
                                label(),
                                0,
                                "",
                                "Eurostat answered HTTP " + response.statusCode() + " for " + uri
                                        + (text.isEmpty() ? "" : ": " + text))
                        .code("source-error");
            }
            Files.copy(body, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (HttpTimeoutException e) {
            throw failure("the answer of " + uri + " did not arrive within " + requestTimeout.toSeconds() + " s", e);
        } catch (InterruptedIOException e) {
            throw failure("the download of " + uri + " was interrupted", e);
        } catch (IOException e) {
            throw failure(
                    "the connection broke off while downloading " + uri + ": " + describe(e) + "; nothing was imported",
                    e);
        }
    }

    /** The exception that says the host cannot be reached (refused, unknown, no route), null when none. */
    private static Throwable unreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException
                    || t instanceof UnknownHostException
                    || t instanceof UnresolvedAddressException
                    || t instanceof java.net.NoRouteToHostException) {
                return t;
            }
        }
        return null;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return root.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " " + m);
    }

    private ImportException noConnection(URI uri, String why, Throwable cause) {
        String host = uri.getHost() == null ? uri.toString() : uri.getHost();
        return new ImportException(
                        label(),
                        0,
                        "",
                        "cannot reach " + host + " (" + why + "): no internet connection? / geen verbinding met "
                                + host + ": is er internet? Without internet, save the answer of " + uri
                                + " elsewhere and import the file: ./werkkracht import FILE.json --dataset NAME",
                        cause)
                .code("no-connection", host);
    }

    private ImportException failure(String reason, Throwable cause) {
        return new ImportException(label(), 0, "", reason, cause).code("download-failed");
    }
}
