package nl.werkkracht.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 10, behind a reverse proxy, seen from a client that is not a configured proxy: links come from
 * {@code werkkracht.public-base-url} whatever the {@code Host} header says (before: {@code Host: evil.example}
 * put {@code http://evil.example/s/…} in the invitation PDF), and forwarded headers change nothing: the
 * client's address stays the connection's (so a spoofed {@code X-Forwarded-For} does not escape the rate
 * limit), and {@code X-Forwarded-Proto: https} brings no HSTS and no Secure cookie.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "werkkracht.public-base-url=https://werkkracht.example.nl/",
            "werkkracht.scan.public-requests-per-minute=3"
        })
class UntrustedProxyHeadersIT extends ProxyHeadersContract {

    private static final String[] SPOOFED = {
        "Host",
        "evil.example",
        "X-Forwarded-Host",
        "evil.example",
        "X-Forwarded-Proto",
        "https",
        "Forwarded",
        "for=192.0.2.60;proto=https;host=evil.example"
    };

    @Test
    void shouldBuildInvitationLinksFromThePublicBaseUrlNotTheHostHeader() throws Exception {
        List<String> links = invitationLinks(SPOOFED);
        String pdf = invitationPdfText(SPOOFED);

        assertThat(links).hasSize(2).allSatisfy(link -> assertThat(link)
                .startsWith("https://werkkracht.example.nl/s/"));
        assertThat(pdf).contains("https://werkkracht.example.nl/s/").doesNotContain("evil.example");
    }

    @Test
    void shouldIgnoreForwardedHeadersFromAnAddressThatIsNoProxy() {
        RawHttp.Response login = RawHttp.send(port, "GET", "/login", null, SPOOFED);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Strict-Transport-Security")).isNull();
        assertThat(login.all("Set-Cookie")).allSatisfy(c -> assertThat(c).doesNotContainIgnoringCase("secure"));

        // every request pretends to come from another address: all count for 127.0.0.1
        List<Integer> statuses = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            statuses.add(publicRequest("X-Forwarded-For", "192.0.2." + i));
        }
        assertThat(statuses).containsExactly(404, 404, 404, 429, 429);
    }
}
