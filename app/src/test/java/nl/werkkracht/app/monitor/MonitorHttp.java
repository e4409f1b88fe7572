package nl.werkkracht.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The platform on a random port over the real default datasets (the test configuration gives each
 * test JVM a fresh data directory, loaded on first start), reached over real HTTP without cookies: the
 * language is Dutch unless the address says {@code lang=en}. The monitor tests share this context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class MonitorHttp {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    HttpResponse<byte[]> get(String pathAndQuery) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                    .GET()
                    .build();
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JSON answer of a GET that must succeed. */
    JsonNode json(String pathAndQuery) {
        HttpResponse<byte[]> r = get(pathAndQuery);
        assertThat(r.statusCode()).as(pathAndQuery + ": " + text(r)).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return parse(r);
    }

    /** The problem detail (RFC 9457) of a GET that must fail with {@code status}. */
    JsonNode problem(String pathAndQuery, int status) {
        HttpResponse<byte[]> r = get(pathAndQuery);
        assertThat(r.statusCode()).as(pathAndQuery + ": " + text(r)).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        return parse(r);
    }

    /** The HTML of a GET that must succeed. */
    String html(String pathAndQuery) {
        HttpResponse<byte[]> r = get(pathAndQuery);
        assertThat(r.statusCode()).as(pathAndQuery + ": " + text(r)).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        return text(r);
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static JsonNode parse(HttpResponse<byte[]> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row of {@code code} in the {@code regions} array of a regions answer. */
    static JsonNode row(JsonNode regions, String code) {
        for (JsonNode r : regions.get("regions")) {
            if (r.get("code").asText().equals(code)) {
                return r;
            }
        }
        throw new AssertionError("no region " + code + " in " + regions.get("regions"));
    }
}
