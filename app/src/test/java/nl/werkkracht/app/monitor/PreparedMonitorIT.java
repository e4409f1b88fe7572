package nl.werkkracht.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public monitor over real HTTP from prepared answers (ADR 0025): strong entity tags, public caching,
 * 304 on revalidation, gzip, no session for visitors, and a fresh answer after the data changed.
 */
class PreparedMonitorIT extends MonitorHttp {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Autowired
    MonitorCache cache;

    private HttpResponse<byte[]> send(String pathAndQuery, String... headers) {
        try {
            var b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                    .GET();
            if (headers.length > 0) {
                b.headers(headers);
            }
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    @Test
    void shouldServeTheRegionApiWithAStrongTagAndRevalidation() {
        String path = "/api/v1/regions?level=province&year=2017";
        HttpResponse<byte[]> first = send(path);
        HttpResponse<byte[]> second = send(path);
        HttpResponse<byte[]> revalidated = send(path, "If-None-Match", header(first, "ETag"));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(header(first, "ETag")).startsWith("\"").endsWith("\"").isEqualTo(header(second, "ETag"));
        assertThat(header(first, "Cache-Control")).isEqualTo("public, max-age=300");
        assertThat(header(second, "Content-Type")).startsWith("application/json");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(header(revalidated, "ETag")).isEqualTo(header(first, "ETag"));
    }

    @Test
    void shouldCompressLargeAnswersForClientsThatAcceptGzip() throws IOException {
        String path = "/api/v1/regions?level=corop&year=2017";
        HttpResponse<byte[]> plain = send(path);
        HttpResponse<byte[]> gz = send(path, "Accept-Encoding", "gzip");

        assertThat(header(gz, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(plain, "Content-Encoding")).isNull();
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gz.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
        assertThat(gz.body().length).isLessThan(plain.body().length / 3);
    }

    @Test
    void shouldServeAVisitorsPageWithoutSessionOrToken() {
        HttpResponse<byte[]> first = send("/monitor/region/NL32?year=2017");
        HttpResponse<byte[]> second = send("/monitor/region/NL32?year=2017");

        for (HttpResponse<byte[]> r : java.util.List.of(first, second)) {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
            assertThat(text(r)).doesNotContain("csrf-token").contains("Noord-Holland");
            assertThat(header(r, "Content-Security-Policy")).contains("default-src 'self'");
            assertThat(header(r, "Cache-Control")).isEqualTo("public, max-age=300");
            // a kept answer never repeats the request id of the request it was prepared for
            assertThat(r.headers().allValues("X-Request-Id")).hasSizeLessThanOrEqualTo(1);
        }
        assertThat(header(second, "ETag")).isEqualTo(header(first, "ETag"));
        assertThat(send("/monitor/region/NL32?year=2017", "If-None-Match", header(first, "ETag"))
                        .statusCode())
                .isEqualTo(304);
    }

    @Test
    void shouldLeaveErrorsToTheApplication() {
        HttpResponse<byte[]> unknown = send("/api/v1/regions/XX99/summary");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(header(unknown, "ETag")).isNull();
        assertThat(header(unknown, "Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void shouldPrepareAnswersAgainAfterTheDataChanged() {
        String path = "/api/v1/regions/NL32/summary?year=2016";
        HttpResponse<byte[]> before = send(path);
        long version = cache.version();

        cache.onDatasetsChanged(new DatasetsChanged("nama_10r"));
        HttpResponse<byte[]> after = send(path, "If-None-Match", header(before, "ETag"));

        assertThat(cache.version()).isEqualTo(version + 1);
        // the same data give the same bytes and so the same tag: the client keeps its copy
        assertThat(after.statusCode()).isEqualTo(304);
        assertThat(header(after, "ETag")).isEqualTo(header(before, "ETag"));
    }
}
