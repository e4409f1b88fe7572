package nl.werkkracht.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import nl.werkkracht.app.account.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public questionnaire turns a flood from one address away with 429 and Retry-After. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "werkkracht.scan.public-requests-per-minute=5")
class ScanRateLimitIT {

    @LocalServerPort
    int port;

    @Test
    void shouldAnswerTooManyRequestsAfterTheLimit() throws Exception {
        var client = new WebClient(port);
        for (int i = 0; i < 5; i++) {
            assertThat(client.get("/api/v1/public/scans/abcdefghijklmnopqrstuvwxyz")
                            .statusCode())
                    .as("request %d", i + 1)
                    .isEqualTo(404);
        }

        HttpResponse<String> api = client.get("/api/v1/public/scans/abcdefghijklmnopqrstuvwxyz");
        HttpResponse<String> page = client.get("/s/abcdefghijklmnopqrstuvwxyz");

        assertThat(api.statusCode()).isEqualTo(429);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        long retryAfter = Long.parseLong(api.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
        JsonNode problem = ScanHttp.parse(api.body());
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("type").asText()).endsWith("/rate-limited");
        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(page.body()).contains("Even geduld");
        // the rest of the platform is not limited
        assertThat(client.get("/api/v1/version").statusCode()).isEqualTo(200);
    }
}
