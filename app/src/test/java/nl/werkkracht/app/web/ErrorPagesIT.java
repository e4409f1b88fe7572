package nl.werkkracht.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import nl.werkkracht.app.account.WebClient;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Error answers over real HTTP: a browser (asking for HTML) gets the product's page in its language, any
 * other client an RFC 9457 problem detail, also for an API address; never Boot's default page or JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPagesIT.Failing.class)
class ErrorPagesIT {

    /** A page that fails, only in this test's application (under the public monitor, so no login is needed). */
    @TestComponent
    @Controller
    static class Failing {
        @GetMapping("/monitor/test-only-failing-page")
        String fail() {
            throw new IllegalStateException("secret internal detail");
        }

        /** The database out of reach (a pool timeout), on a page (DatabaseFaultsIT). */
        @GetMapping("/monitor/test-only-database-down")
        String databaseDown() {
            throw DatabaseFaultsIT.unreachable();
        }

        /** The database out of reach while writing through the public API (DatabaseFaultsIT). */
        @org.springframework.web.bind.annotation.PostMapping("/api/v1/public/test-only-database-down")
        @org.springframework.web.bind.annotation.ResponseBody
        String databaseDownWhileWriting() {
            throw DatabaseFaultsIT.unreachable();
        }

        /** The database connection broken mid-write: "Broken pipe" on its socket (DatabaseFaultsIT). */
        @org.springframework.web.bind.annotation.PostMapping("/api/v1/public/test-only-database-broken-pipe")
        @org.springframework.web.bind.annotation.ResponseBody
        String databaseBrokenPipe() {
            throw DatabaseFaultsIT.brokenPipe();
        }
    }

    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private HttpResponse<String> get(String path, String... headers) {
        return new WebClient(port).get(path, headers);
    }

    @Test
    void shouldShowTheDutchNotFoundPageToABrowser() {
        HttpResponse<String> page = get("/monitor/dit-bestaat-niet", "Accept", HTML);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body())
                .contains("<html lang=\"nl\"")
                .contains("Pagina niet gevonden")
                .contains("id=\"main\"")
                .contains("href=\"/monitor/dit-bestaat-niet?lang=en\"")
                .doesNotContain("Whitelabel");
    }

    @Test
    void shouldShowTheEnglishPageAfterSwitching() {
        HttpResponse<String> page = get("/monitor/dit-bestaat-niet?lang=en", "Accept", HTML);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<html lang=\"en\"").contains("Page not found");
    }

    @Test
    void shouldSayInTheProductsPageThatARoleDoesNotAllowAPage() {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        WebClient browser = new WebClient(port).loggedIn(employer.username(), OrganisationFixtures.PASSWORD);

        HttpResponse<String> page = browser.get("/admin/users", "Accept", HTML);

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).as(page.body()).contains("Geen toegang").contains("id=\"main\"");
    }

    @Test
    void shouldShowTheProductsPageForAServerErrorWithoutItsDetail() throws Exception {
        HttpResponse<String> dutch = get("/monitor/test-only-failing-page", "Accept", HTML);
        HttpResponse<String> english = get("/monitor/test-only-failing-page?lang=en", "Accept", HTML);
        HttpResponse<String> script = get("/monitor/test-only-failing-page", "Accept", "application/json");

        assertThat(dutch.statusCode()).isEqualTo(500);
        assertThat(dutch.body())
                .contains("Er ging iets mis")
                .contains("id=\"main\"")
                .doesNotContain("secret");
        assertThat(english.body()).contains("Something went wrong").doesNotContain("secret");
        assertThat(script.statusCode()).isEqualTo(500);
        assertThat(script.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(script.body()).get("title").asText()).isEqualTo("Er ging iets mis");
        assertThat(script.body()).doesNotContain("secret").doesNotContain("IllegalStateException");
    }

    @Test
    void shouldAnswerOtherClientsWithAProblemDetailInTheirLanguage() throws Exception {
        HttpResponse<String> dutch = get("/monitor/dit-bestaat-niet", "Accept", "application/json");
        HttpResponse<String> english =
                get("/monitor/dit-bestaat-niet", "Accept", "application/json", "Accept-Language", "en");

        assertThat(dutch.statusCode()).isEqualTo(404);
        assertThat(dutch.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(dutch.body());
        assertThat(problem.get("title").asText()).isEqualTo("Niet gevonden");
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("instance").asText()).isEqualTo("/monitor/dit-bestaat-niet");
        assertThat(JSON.readTree(english.body()).get("title").asText()).isEqualTo("Not found");
    }

    @Test
    void shouldShowAPageNotJsonWhenABrowserOpensAnApiAddress() {
        HttpResponse<String> page = get("/api/v1/regions/XX99/summary?year=2017", "Accept", HTML);
        HttpResponse<String> script = get("/api/v1/regions/XX99/summary?year=2017");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("Pagina niet gevonden").doesNotContain("\"type\"");
        assertThat(script.statusCode()).isEqualTo(404);
        assertThat(script.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}
