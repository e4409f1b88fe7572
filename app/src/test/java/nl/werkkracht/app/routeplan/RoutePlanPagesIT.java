package nl.werkkracht.app.routeplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.werkkracht.app.account.WebClient;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The route-plan page with a logged-in employer: routes, reasons, the choice form with CSRF, 404 for others. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoutePlanPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    WebClient as(Tenant tenant) {
        return new WebClient(port).loggedIn(tenant.username(), OrganisationFixtures.PASSWORD);
    }

    static String page(Tenant t) {
        return "/organisations/" + t.organisationId() + "/routeplan";
    }

    @Test
    void shouldShowWhatToMeasureFirstWithoutData() {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);

        HttpResponse<String> shown = as(employer).get(page(employer));

        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body())
                .contains("id=\"no-data\"", "Eerst meten, dan kiezen", "data-source=\"SCAN\"")
                .doesNotContain("id=\"routes\"");
    }

    @Test
    void shouldShowTheRoutesWithReasonsAndExclusionsAndRecordAChoice() {
        WebClient web = new WebClient(port);
        Tenant employer = RoutePlanApiIT.withData(context, web);
        web.loggedIn(employer.username(), OrganisationFixtures.PASSWORD);
        String page = page(employer);

        HttpResponse<String> shown = web.get(page);
        Map<String, String> form = new LinkedHashMap<>(
                Map.of("chosen", "true", "owner", "Anna de Vries", "startDate", "2026-05-01", "note", ""));
        HttpResponse<String> saved = web.postWithCsrf(page, page + "/choices/org-value-stream-worst", form);
        HttpResponse<String> after = web.get(page);

        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body())
                .contains(
                        "id=\"route-TECHNOLOGY\"",
                        "id=\"route-ORGANISATION\"",
                        "id=\"route-EMPLOYEE\"",
                        "data-intervention=\"org-value-stream-worst\"",
                        "Procesefficiëntie van het slechtste proces: 2,8% (onder 25%)",
                        "Rother &amp; Shook",
                        "id=\"excluded\"",
                        "Niet voorgesteld, omdat…",
                        "name=\"_csrf\"");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("#i-org-value-stream-worst");
        assertThat(after.body()).contains("Gekozen · Anna de Vries", "vanaf 1 mei 2026", "value=\"2026-05-01\"");
    }

    @Test
    void shouldShowTheFieldThatIsWrongInTheChoiceForm() {
        WebClient web = new WebClient(port);
        Tenant employer = RoutePlanApiIT.withData(context, web);
        web.loggedIn(employer.username(), OrganisationFixtures.PASSWORD);
        Tenant empty = OrganisationFixtures.tenant(context, Role.EMPLOYER);

        HttpResponse<String> refused = web.postWithCsrf(
                page(employer),
                page(employer) + "/choices/org-value-stream-worst",
                Map.of("chosen", "true", "owner", "Anna", "startDate", "1 mei"));
        HttpResponse<String> notInPlan = as(empty)
                .postWithCsrf(
                        page(empty),
                        page(empty) + "/choices/org-cut-rules",
                        Map.of("chosen", "true", "startDate", "mei"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("id=\"choice-errors\"", "id=\"errors-org-value-stream-worst\"", "data-field=\"startDate\"")
                .contains("value=\"Anna\"", "value=\"1 mei\"");
        assertThat(notInPlan.statusCode()).isEqualTo(200);
        assertThat(notInPlan.body()).contains("id=\"choice-errors\"", "data-field=\"startDate\"");
    }

    @Test
    void shouldHideAnotherTenantsRoutePlanPage() {
        Tenant owner = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        Tenant other = OrganisationFixtures.tenant(context, Role.ADVISER);
        WebClient web = as(other);

        HttpResponse<String> read = web.get(page(owner));
        HttpResponse<String> write =
                web.postWithCsrf(page(other), page(owner) + "/choices/org-cut-rules", Map.of("chosen", "true"));

        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(write.statusCode()).isEqualTo(404);
    }
}
