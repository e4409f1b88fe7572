package nl.werkkracht.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The prepared answers of the public monitor without a server: the application behind the filter is a
 * servlet that counts how often it was asked and writes the data version into its answer.
 */
class PreparedMonitorResponsesTest {

    private final MonitorCache cache = new MonitorCache();
    private final PreparedMonitorResponses filter = new PreparedMonitorResponses(cache, Duration.ofMinutes(5));
    private final AtomicInteger asked = new AtomicInteger();

    /** The application: a JSON answer of 3,000 bytes naming the data version, with a security header. */
    private MockFilterChain application() {
        return new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void doGet(
                    jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res)
                    throws IOException {
                asked.incrementAndGet();
                res.setContentType("application/json");
                res.setHeader("X-Content-Type-Options", "nosniff");
                res.setHeader("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
                res.getOutputStream()
                        .write(("{\"version\":" + cache.version() + ",\"pad\":\"" + "x".repeat(3000) + "\"}")
                                .getBytes(StandardCharsets.UTF_8));
            }
        });
    }

    private MockHttpServletResponse get(String path, String... headers) throws Exception {
        var request = new MockHttpServletRequest("GET", path);
        int q = path.indexOf('?');
        if (q >= 0) {
            request.setRequestURI(path.substring(0, q));
            request.setQueryString(path.substring(q + 1));
            for (String pair : path.substring(q + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                request.addParameter(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.addHeader(headers[i], headers[i + 1]);
        }
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, application());
        return response;
    }

    @Test
    void shouldAnswerFromThePreparedAnswerWithAStrongTagAndPublicCaching() throws Exception {
        MockHttpServletResponse first = get("/api/v1/regions?year=2017");
        MockHttpServletResponse second = get("/api/v1/regions?year=2017");

        assertThat(asked).hasValue(1);
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(second.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
        assertThat(first.getHeader("ETag")).matches("\"[A-Za-z0-9_-]{27}\"").isEqualTo(second.getHeader("ETag"));
        assertThat(first.getHeader("Cache-Control")).isEqualTo("public, max-age=300");
        assertThat(second.getHeader("Cache-Control")).isEqualTo("public, max-age=300");
        assertThat(second.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(second.getContentType()).startsWith("application/json");
        assertThat(second.getHeader("Vary")).isEqualTo("Accept-Encoding, Cookie");
        assertThat(second.getContentLength()).isEqualTo(first.getContentAsByteArray().length);
    }

    @Test
    void shouldAnswerNotModifiedToTheCurrentTag() throws Exception {
        String tag = get("/api/v1/regions").getHeader("ETag");

        MockHttpServletResponse again = get("/api/v1/regions", "If-None-Match", tag);
        MockHttpServletResponse other = get("/api/v1/regions", "If-None-Match", "\"something-else\"");

        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
        assertThat(again.getHeader("ETag")).isEqualTo(tag);
        assertThat(again.getHeader("Cache-Control")).isEqualTo("public, max-age=300");
        assertThat(other.getStatus()).isEqualTo(200);
        assertThat(other.getContentAsByteArray()).isNotEmpty();
    }

    @Test
    void shouldSendTheGzipFormToClientsThatAcceptIt() throws Exception {
        MockHttpServletResponse plain = get("/api/v1/regions");
        MockHttpServletResponse gz = get("/api/v1/regions", "Accept-Encoding", "gzip, deflate, br");
        MockHttpServletResponse refused = get("/api/v1/regions", "Accept-Encoding", "gzip;q=0, identity");

        assertThat(gz.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(gz.getContentAsByteArray().length).isLessThan(plain.getContentAsByteArray().length / 10);
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gz.getContentAsByteArray()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.getContentAsByteArray());
        }
        assertThat(gz.getHeader("ETag")).isNotEqualTo(plain.getHeader("ETag")).endsWith("-gz\"");
        assertThat(refused.getHeader("Content-Encoding")).isNull();
        // either representation's tag revalidates
        assertThat(get("/api/v1/regions", "If-None-Match", gz.getHeader("ETag")).getStatus())
                .isEqualTo(304);
    }

    @Test
    void shouldPrepareAnewAfterTheDataChanged() throws Exception {
        MockHttpServletResponse before = get("/api/v1/regions/NL32/summary");

        cache.invalidate();
        MockHttpServletResponse stale = get("/api/v1/regions/NL32/summary", "If-None-Match", before.getHeader("ETag"));
        MockHttpServletResponse after = get("/api/v1/regions/NL32/summary");

        assertThat(asked).hasValue(2);
        assertThat(before.getContentAsString()).startsWith("{\"version\":0");
        assertThat(stale.getStatus()).isEqualTo(200);
        assertThat(stale.getContentAsString()).startsWith("{\"version\":1");
        assertThat(after.getHeader("ETag")).isEqualTo(stale.getHeader("ETag")).isNotEqualTo(before.getHeader("ETag"));
    }

    @Test
    void shouldKeepOneAnswerPerLanguage() throws Exception {
        get("/api/v1/regions");
        get("/api/v1/regions?lang=en");
        var english = new MockHttpServletRequest("GET", "/api/v1/regions");
        english.setCookies(new Cookie(PreparedMonitorResponses.LANG_COOKIE, "en"));
        filter.doFilter(english, new MockHttpServletResponse(), application());
        get("/api/v1/regions");

        assertThat(asked).hasValue(3);
        assertThat(filter.size()).isEqualTo(3);
    }

    @Test
    void shouldRememberAChosenLanguageInAPrivateAnswer() throws Exception {
        MockHttpServletResponse r = get("/monitor?lang=en");

        assertThat(r.getHeader("Set-Cookie")).startsWith("werkkracht-lang=en;");
        assertThat(r.getHeader("Cache-Control")).isEqualTo("private, no-cache");
        assertThat(r.getHeader("Vary")).isEqualTo("Accept-Encoding");
    }

    @Test
    void shouldLeaveLoggedInPagesAndTokenRequestsToTheApplication() throws Exception {
        var page = new MockHttpServletRequest("GET", "/monitor");
        page.setRequestedSessionId("abc");
        filter.doFilter(page, new MockHttpServletResponse(), application());
        filter.doFilter(page, new MockHttpServletResponse(), application());
        get("/api/v1/regions", "Authorization", "Bearer x");
        get("/api/v1/regions", "Authorization", "Bearer x");
        get("/monitor/region/NL32.pdf");

        assertThat(asked).hasValue(5);
        assertThat(filter.size()).isZero();
    }

    @Test
    void shouldReadTheLanguageFromTheQueryAsGetParameterWould() {
        assertThat(PreparedMonitorResponses.lang(null)).isNull();
        assertThat(PreparedMonitorResponses.lang("year=2017")).isNull();
        assertThat(PreparedMonitorResponses.lang("lang=en")).isEqualTo("en");
        assertThat(PreparedMonitorResponses.lang("year=2017&lang=nl&lang=en")).isEqualTo("nl");
        assertThat(PreparedMonitorResponses.lang("xlang=en&lang=en")).isEqualTo("en");
        assertThat(PreparedMonitorResponses.lang("language=en")).isNull();
        assertThat(PreparedMonitorResponses.lang("lang")).isEmpty();
    }

    @Test
    void shouldLetBrowsersAskAgainForAnAddressThatSetsTheLanguage() throws Exception {
        var english = new MockHttpServletRequest("GET", "/monitor");
        english.setQueryString("lang=en");
        english.setCookies(new Cookie(PreparedMonitorResponses.LANG_COOKIE, "en"));
        var response = new MockHttpServletResponse();
        filter.doFilter(english, response, application());

        // a kept copy would skip the cookie when the visitor later returns to this address from Dutch
        assertThat(response.getHeader("Cache-Control")).isEqualTo("public, no-cache");
        assertThat(response.getHeader("Set-Cookie")).isNull();
    }
}
