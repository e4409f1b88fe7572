package nl.werkkracht.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * Issue 10: anonymous visitors of the public pages make no server session (before: every page view of the
 * monitor made one, kept for 30 minutes, because the layout read the CSRF token), and {@code HEAD} answers as
 * {@code GET} does, without the body (before: a redirect to the login page).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPagesIT.Failing.class)
class StatelessPublicPagesIT {

    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final List<String> PUBLIC = List.of(
            "/",
            "/monitor",
            "/monitor/national",
            "/monitor/region/NL32?year=2017",
            "/data",
            "/programmes",
            "/api/v1/regions?level=province&year=2017",
            "/api/v1/version",
            "/monitor/dit-bestaat-niet");

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Autowired
    ServletWebServerApplicationContext context;

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", HTML)
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int sessions() {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        return ((Context) tomcat.getHost().findChildren()[0]).getManager().getActiveSessions();
    }

    @Test
    void shouldMakeNoSessionForAnonymousVisitors() throws Exception {
        int before = sessions();
        int requests = 0;
        for (int round = 0; round < 5; round++) {
            for (String path : PUBLIC) {
                HttpResponse<String> r = send("GET", path);
                requests++;
                assertThat(r.statusCode()).as(path).isIn(200, 302, 404);
                assertThat(r.headers().allValues("Set-Cookie")).as(path).isEmpty();
            }
        }

        assertThat(requests).isEqualTo(5 * PUBLIC.size());
        assertThat(sessions() - before).isZero();
    }

    @Test
    void shouldAnswerHeadAsGetWithoutABody() throws Exception {
        for (String path : PUBLIC) {
            HttpResponse<String> get = send("GET", path);
            HttpResponse<String> head = send("HEAD", path);

            assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
            assertThat(head.headers().firstValue("Content-Type"))
                    .as(path)
                    .isEqualTo(get.headers().firstValue("Content-Type"));
            assertThat(head.body()).as(path).isEmpty();
            assertThat(head.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }
}
