package nl.werkkracht.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Issue 10, behind a reverse proxy. The configured proxy is 127.0.0.2 (another loopback address, so one server
 * sees both): from it, the forwarded client address counts for the rate limit and {@code X-Forwarded-Proto:
 * https} makes cookies Secure and sends HSTS; from 127.0.0.1, which is no proxy, forwarded headers change
 * nothing (a spoofed {@code X-Forwarded-For} does not escape the rate limit). Links come from {@code
 * werkkracht.public-base-url} whatever {@code Host} or {@code X-Forwarded-Host} say (before: {@code Host:
 * evil.example} put {@code http://evil.example/s/…} in the invitation PDF).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "werkkracht.public-base-url=https://werkkracht.example.nl/",
            "werkkracht.trusted-proxies=127.0.0.2",
            "werkkracht.scan.public-requests-per-minute=3"
        })
class ProxyHeadersIT {

    private static final String PROXY = "127.0.0.2";
    private static final String NO_PROXY = "127.0.0.1";
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
        RawHttp.Response login = RawHttp.sendFrom(NO_PROXY, port, "GET", "/login", null, SPOOFED);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Strict-Transport-Security")).isNull();
        assertThat(login.all("Set-Cookie")).allSatisfy(c -> assertThat(c).doesNotContainIgnoringCase("secure"));

        // every request pretends to come from another address: all count for 127.0.0.1
        List<Integer> statuses = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            statuses.add(publicRequest(NO_PROXY, "X-Forwarded-For", "192.0.2." + i));
        }
        assertThat(statuses).containsExactly(404, 404, 404, 429, 429);
    }

    @Test
    void shouldBelieveTheConfiguredProxyAboutTheClientAndHttps() {
        RawHttp.Response login = RawHttp.sendFrom(PROXY, port, "GET", "/login", null, "X-Forwarded-Proto", "https");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Strict-Transport-Security")).isNotNull();
        assertThat(login.all("Set-Cookie")).isNotEmpty().allSatisfy(c -> assertThat(c)
                .containsIgnoringCase("secure"));

        // each forwarded client has its own limit; one client still meets its own
        List<Integer> others = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            others.add(publicRequest(PROXY, "X-Forwarded-For", "198.51.100." + i + ", " + PROXY));
        }
        List<Integer> one = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            one.add(publicRequest(PROXY, "X-Forwarded-For", "203.0.113.9"));
        }
        assertThat(others).containsOnly(404);
        assertThat(one).containsExactly(404, 404, 404, 429, 429);
    }

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    /** Invitation links of a new scan, asked for through the API with {@code headers} (e.g. a spoofed Host). */
    List<String> invitationLinks(String... headers) throws Exception {
        Tenant tenant = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        long scan = createScan(tenant);
        RawHttp.Response r = RawHttp.send(
                port,
                "POST",
                "/api/v1/scans/" + scan + "/invitations",
                "{\"count\":2}",
                with(headers, "Authorization", "Bearer " + tenant.token(), "Content-Type", "application/json"));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return JSON.readValue(
                JSON.readTree(r.text()).get("links").traverse(),
                new com.fasterxml.jackson.core.type.TypeReference<List<String>>() {});
    }

    /** The text of a new scan's invitation PDF (cards with the links and QR codes), asked for with {@code headers}. */
    String invitationPdfText(String... headers) throws Exception {
        Tenant tenant = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        long scan = createScan(tenant);
        RawHttp.Response r = RawHttp.send(
                port,
                "POST",
                "/organisations/" + tenant.organisationId() + "/scans/" + scan + "/invitations?format=pdf&count=2",
                "",
                with(headers, "Authorization", "Bearer " + tenant.token()));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        try (var pdf = Loader.loadPDF(r.body())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private long createScan(Tenant tenant) throws Exception {
        RawHttp.Response r = RawHttp.send(
                port,
                "POST",
                "/api/v1/organisations/" + tenant.organisationId() + "/scans",
                "{\"teams\":[],\"closesAt\":\"" + LocalDate.now().plusWeeks(2) + "\"}",
                "Authorization",
                "Bearer " + tenant.token(),
                "Content-Type",
                "application/json");
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        JsonNode created = JSON.readTree(r.text());
        return created.get("id").asLong();
    }

    /** The status of a public questionnaire request (rate-limited per client address) from {@code from}. */
    int publicRequest(String from, String... headers) {
        return RawHttp.sendFrom(from, port, "GET", "/api/v1/public/scans/no-such-token", null, headers)
                .status();
    }

    static String[] with(String[] headers, String... more) {
        String[] all = new String[headers.length + more.length];
        System.arraycopy(headers, 0, all, 0, headers.length);
        System.arraycopy(more, 0, all, headers.length, more.length);
        return all;
    }
}
