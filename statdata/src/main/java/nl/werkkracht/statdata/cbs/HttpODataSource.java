package nl.werkkracht.statdata.cbs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * Fetches CBS OData responses over HTTPS with {@link HttpClient}. Relative resources are resolved against the
 * service root ({@link ODataVersion#defaultBaseUrl()} unless another is given, e.g. a mirror or a test
 * server); absolute next links are fetched as they are. Any status other than 200 is an error that names the
 * URL and quotes the start of the body (CBS explains errors there).
 */
public final class HttpODataSource implements ODataSource {

    /** Time to open a connection. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(20);
    /** Time for one response; CBS pages of 10,000 rows take a few seconds. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(3);

    private static final int EXCERPT = 300;

    private final URI baseUrl;
    private final Duration requestTimeout;
    private final HttpClient client;

    /** A source for the public CBS service of {@code version}. */
    public static HttpODataSource of(ODataVersion version) {
        return new HttpODataSource(version.defaultBaseUrl());
    }

    public HttpODataSource(URI baseUrl) {
        this(baseUrl, CONNECT_TIMEOUT, REQUEST_TIMEOUT);
    }

    /**
     * @param baseUrl the service root, e.g. {@code https://opendata.cbs.nl/ODataApi/odata/}
     * @param connectTimeout time to open a connection
     * @param requestTimeout time for one complete response
     */
    public HttpODataSource(URI baseUrl, Duration connectTimeout, Duration requestTimeout) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        String s = baseUrl.toString();
        this.baseUrl = s.endsWith("/") ? baseUrl : URI.create(s + "/");
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.client = HttpClient.newBuilder()
                .connectTimeout(Objects.requireNonNull(connectTimeout, "connectTimeout"))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public URI baseUrl() {
        return baseUrl;
    }

    @Override
    public InputStream open(String resource) throws IOException {
        URI uri = resolve(resource);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(requestTimeout)
                .header("Accept", "application/json")
                .header("User-Agent", "Werkkracht CBS importer")
                .GET()
                .build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while fetching " + uri);
        } catch (HttpTimeoutException e) {
            throw new IOException("no answer within " + requestTimeout.toSeconds() + " s from " + uri, e);
        } catch (IOException e) {
            throw new IOException("cannot reach " + uri + ": " + e, e);
        }
        if (response.statusCode() != 200) {
            String body = excerpt(response.body());
            throw new IOException(
                    "HTTP " + response.statusCode() + " from " + uri + (body.isEmpty() ? "" : ": " + body));
        }
        return response.body();
    }

    @Override
    public String describe(String resource) {
        return resolve(resource).toString();
    }

    private URI resolve(String resource) {
        String r = resource.trim();
        if (r.regionMatches(true, 0, "http://", 0, 7) || r.regionMatches(true, 0, "https://", 0, 8)) {
            return URI.create(r);
        }
        while (r.startsWith("/")) {
            r = r.substring(1);
        }
        return baseUrl.resolve(r);
    }

    private static String excerpt(InputStream body) {
        try (body) {
            String text = new String(body.readNBytes(EXCERPT), StandardCharsets.UTF_8);
            return text.replaceAll("\\s+", " ").trim();
        } catch (IOException e) {
            return "";
        }
    }
}
