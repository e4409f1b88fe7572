package nl.werkkracht.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 10, behind a configured reverse proxy ({@code werkkracht.trusted-proxies} names the address the
 * requests come from): the forwarded client address counts for the rate limit, {@code X-Forwarded-Proto:
 * https} makes cookies Secure and sends HSTS. Without {@code werkkracht.public-base-url} links use the
 * server's own address, never the {@code Host} or {@code X-Forwarded-Host} header.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"werkkracht.trusted-proxies=127.0.0.1, ::1", "werkkracht.scan.public-requests-per-minute=3"})
class TrustedProxyHeadersIT extends ProxyHeadersContract {

    @Test
    void shouldBelieveTheProxyAboutTheClientAndHttps() {
        RawHttp.Response login = RawHttp.send(port, "GET", "/login", null, "X-Forwarded-Proto", "https");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Strict-Transport-Security")).isNotNull();
        assertThat(login.all("Set-Cookie")).isNotEmpty().allSatisfy(c -> assertThat(c)
                .containsIgnoringCase("secure"));

        // each forwarded client has its own limit; one client still meets its own
        List<Integer> others = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            others.add(publicRequest("X-Forwarded-For", "198.51.100." + i + ", 127.0.0.1"));
        }
        List<Integer> one = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            one.add(publicRequest("X-Forwarded-For", "203.0.113.9"));
        }
        assertThat(others).containsOnly(404);
        assertThat(one).containsExactly(404, 404, 404, 429, 429);
    }

    @Test
    void shouldNeverTakeLinksFromTheHostHeader() throws Exception {
        List<String> links = invitationLinks("Host", "evil.example", "X-Forwarded-Host", "evil.example");

        assertThat(links).hasSize(2).allSatisfy(link -> assertThat(link)
                .startsWith("http://localhost:" + port + "/s/")
                .doesNotContain("evil"));
    }
}
