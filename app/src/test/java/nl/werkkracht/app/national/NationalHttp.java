package nl.werkkracht.app.national;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web platform on a random port over the real default datasets (the test configuration gives each
 * JVM a fresh data directory, loaded on first start), reached over real HTTP. The national tests share
 * this one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class NationalHttp {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    /** A GET without cookies (so the language is Dutch unless {@code lang=en} is in the address). */
    HttpResponse<byte[]> get(String pathAndQuery) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                    .GET()
                    .build();
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JSON answer of a GET that must succeed. */
    JsonNode json(String pathAndQuery) {
        HttpResponse<byte[]> r = get(pathAndQuery);
        assertThat(r.statusCode()).as(pathAndQuery + ": " + text(r)).isEqualTo(200);
        return parse(r);
    }

    /** The problem detail of a GET that must fail with {@code status}. */
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
        assertThat(r.statusCode()).as(pathAndQuery).isEqualTo(200);
        return text(r);
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static JsonNode parse(HttpResponse<byte[]> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text(r), e);
        }
    }
}
