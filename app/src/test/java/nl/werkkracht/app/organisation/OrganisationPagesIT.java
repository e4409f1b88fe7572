package nl.werkkracht.app.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.werkkracht.app.account.WebClient;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The organisation pages over HTTP with a logged-in employer: forms work, errors name fields, others see 404. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganisationPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    WebClient as(Tenant tenant) {
        return new WebClient(port).loggedIn(tenant.username(), OrganisationFixtures.PASSWORD);
    }

    @Test
    void shouldRegisterAnOrganisationThroughTheForm() {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        WebClient web = as(employer);

        HttpResponse<String> created = web.postWithCsrf(
                "/organisations",
                "/organisations",
                Map.of(
                        "name",
                        "Bakkerij Voorbeeld (verzonnen)",
                        "sector",
                        "C10-C12",
                        "sizeClass",
                        "2-9",
                        "region",
                        "CR01"));

        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> overview = web.get(location.replaceFirst("^https?://[^/]+", ""));
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("Bakkerij Voorbeeld (verzonnen)", "Voedings- en genotmiddelenindustrie");
        assertThat(web.get("/organisations").body()).contains("Bakkerij Voorbeeld (verzonnen)");
    }

    @Test
    void shouldShowFieldErrorsOfTheFiguresFormAndStoreGoodFigures() {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        WebClient web = as(employer);
        String page = "/organisations/" + employer.organisationId() + "/financials";
        Map<String, String> bad = new LinkedHashMap<>(Map.of("year", "2022", "revenue", "1000", "hoursWorked", "-3"));

        HttpResponse<String> refused = web.postWithCsrf(page, page, bad);
        Map<String, String> good = new LinkedHashMap<>(Map.of(
                "year", "2022",
                "revenue", "2000000",
                "purchases", "700000",
                "otherIntermediateCosts", "150000",
                "fte", "14.5",
                "contractHoursPerWeek", "38",
                "absencePercent", "5"));
        HttpResponse<String> saved = web.postWithCsrf(page, page, good);
        HttpResponse<String> shown = web.get(page + "?year=2022");

        assertThat(shown.statusCode()).as(shown.headers().map().toString()).isEqualTo(200);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("id=\"form-errors\"", "data-field=\"purchases\"", "data-field=\"hoursWorked\"");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(shown.body())
                .contains(
                        "id=\"financials-table\"", "data-year=\"2022\"", "afgeleid", "sectorcijfer uit", "nama_10_a64");
        assertThat(web.get(page + "/export?format=csv").body()).contains("2022");
    }

    @Test
    void shouldAnswer404ForAnotherTenantsPages() {
        Tenant owner = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        WebClient other = as(OrganisationFixtures.tenant(context, Role.ADVISER));
        String base = "/organisations/" + owner.organisationId();

        for (String path :
                new String[] {base, base + "/financials", base + "/financials/export?format=csv", base + "/audit"}) {
            assertThat(other.get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(other.postWithCsrf("/organisations", base + "/delete", Map.of("confirmName", "x"))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void shouldDeleteOnlyWhenTheNameIsTyped() {
        Tenant owner = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        WebClient web = as(owner);
        String base = "/organisations/" + owner.organisationId();
        String name = context.getBean(OrganisationService.class)
                .ofMember(owner.username())
                .get(0)
                .name();

        HttpResponse<String> wrong = web.postWithCsrf(base, base + "/delete", Map.of("confirmName", "iets anders"));
        assertThat(web.get(base).statusCode()).isEqualTo(200);
        HttpResponse<String> right = web.postWithCsrf(base, base + "/delete", Map.of("confirmName", name));

        assertThat(wrong.statusCode()).isEqualTo(302);
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(web.get(base).statusCode()).isEqualTo(404);
    }
}
