package nl.werkkracht.app.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import nl.werkkracht.app.account.WebClient;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** {@code /api/v1/organisations} over real HTTP on the embedded database with the default data. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganisationApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String FIGURES_2022 =
            """
            {"revenue": 2000000, "purchases": 700000, "otherIntermediateCosts": 150000, "inventoryChange": -10000,
             "fte": 14.5, "contractHoursPerWeek": 38, "absenceRate": 0.05, "hiredHours": 1200, "hiredLabourCost": 60000,
             "turnoverRate": 0.12}
            """;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    WebClient client() {
        return new WebClient(port);
    }

    @Test
    void shouldRegisterAnOrganisationWithTheCallerAsMember() throws Exception {
        Tenant adviser = OrganisationFixtures.tenant(context, Role.ADVISER);

        HttpResponse<String> created = client().postJson(
                        "/api/v1/organisations",
                        "{\"name\":\"Zorggroep Voorbeeld (verzonnen)\",\"sector\":\"Q\",\"sizeClass\":\"50-249\",\"region\":\"PV21\"}",
                        adviser.bearer());

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        assertThat(body.get("sectorName").asText()).isEqualTo("Gezondheids- en welzijnszorg");
        assertThat(body.get("members")).hasSize(1);
        HttpResponse<String> mine = client().get("/api/v1/organisations", adviser.bearer());
        assertThat(JSON.readTree(mine.body())).hasSize(2);
    }

    @Test
    void shouldTakeAMunicipalityCodeOrPlaceAndAnswerWithItsCoropRegionAndProvince() throws Exception {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);

        // CBS 2024: 0153 Enschede -> COROP 12 Twente; CR12 lies in PV23 Overijssel
        HttpResponse<String> created = client().postJson(
                        "/api/v1/organisations",
                        "{\"name\":\"Metaalbedrijf Voorbeeld (verzonnen)\",\"sector\":\"C\",\"sizeClass\":\"10-49\","
                                + "\"region\":\"GM0153\"}",
                        employer.bearer());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        assertThat(body.get("region").asText()).isEqualTo("CR12");
        assertThat(body.get("municipality").asText()).isEqualTo("GM0153");
        assertThat(body.get("municipalityName").asText()).isEqualTo("Enschede");
        assertThat(body.get("corop").asText()).isEqualTo("CR12");
        assertThat(body.get("coropName").asText()).isEqualTo("Twente");
        assertThat(body.get("province").asText()).isEqualTo("PV23");
        assertThat(body.get("provinceName").asText()).isEqualTo("Overijssel");

        // a place maps to its municipality: 2854 Bathmen lies in 0150 Deventer, COROP 11 Zuidwest-Overijssel
        String id = body.get("id").asText();
        HttpResponse<String> moved = client().putJson(
                        "/api/v1/organisations/" + id,
                        "{\"name\":\"Metaalbedrijf Voorbeeld (verzonnen)\",\"sector\":\"C\",\"sizeClass\":\"10-49\","
                                + "\"region\":\"Bathmen\"}",
                        employer.bearer());
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        JsonNode after = JSON.readTree(moved.body());
        assertThat(after.get("municipality").asText()).isEqualTo("GM0150");
        assertThat(after.get("corop").asText()).isEqualTo("CR11");
        assertThat(after.get("province").asText()).isEqualTo("PV23");

        // a COROP code keeps working, with its province and without a municipality
        HttpResponse<String> corop = client().putJson(
                        "/api/v1/organisations/" + id,
                        "{\"name\":\"Metaalbedrijf Voorbeeld (verzonnen)\",\"sector\":\"C\",\"sizeClass\":\"10-49\","
                                + "\"region\":\"CR22\"}",
                        employer.bearer());
        JsonNode zaanstreek = JSON.readTree(corop.body());
        assertThat(zaanstreek.get("municipality").isNull()).isTrue();
        assertThat(zaanstreek.get("province").asText()).isEqualTo("PV27");

        // Velp is a place in two municipalities: the answer names both
        HttpResponse<String> velp = client().putJson(
                        "/api/v1/organisations/" + id,
                        "{\"name\":\"Metaalbedrijf Voorbeeld (verzonnen)\",\"sector\":\"C\",\"sizeClass\":\"10-49\","
                                + "\"region\":\"Velp\"}",
                        employer.bearer());
        assertThat(velp.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(velp.body())
                        .get("errors")
                        .get(0)
                        .get("message")
                        .asText())
                .contains("Rheden (GM0275)", "Land van Cuijk (GM1982)");
    }

    @Test
    void shouldSuggestMunicipalitiesAndPlacesToAnyone() throws Exception {
        HttpResponse<String> found = client().get("/api/v1/municipalities?q=bathm");

        assertThat(found.statusCode()).isEqualTo(200);
        JsonNode first = JSON.readTree(found.body()).get(0);
        assertThat(first.get("kind").asText()).isEqualTo("PLACE");
        assertThat(first.get("municipality").asText()).isEqualTo("GM0150");
        assertThat(first.get("corop").asText()).isEqualTo("CR11");
        assertThat(first.get("province").asText()).isEqualTo("PV23");
        assertThat(first.get("value").asText()).isEqualTo("Bathmen – Deventer (GM0150)");
    }

    @Test
    void shouldNameEveryBadFieldOfAProfile() throws Exception {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);

        HttpResponse<String> bad = client().postJson(
                        "/api/v1/organisations",
                        "{\"name\":\"\",\"sector\":\"ZZ\",\"sizeClass\":\"1\",\"region\":\"NL\"}",
                        employer.bearer());

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(bad.body());
        assertThat(problem.get("field").asText()).isEqualTo("name");
        assertThat(problem.get("errors").findValuesAsText("field"))
                .containsExactly("name", "sector", "sizeClass", "region");
    }

    @Test
    void shouldComputeValueAddedDeriveHoursAndCompareWithTheSector() throws Exception {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);

        HttpResponse<String> put = client().putJson(
                        "/api/v1/organisations/" + employer.organisationId() + "/financials/2022",
                        FIGURES_2022,
                        employer.bearer());

        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        JsonNode f = JSON.readTree(put.body());
        assertThat(f.get("valueAdded").asDouble()).isCloseTo(1_200_000, within(1e-6));
        assertThat(f.get("hoursDerived").asBoolean()).isTrue();
        assertThat(f.get("valueAddedPerHour").asDouble()).isCloseTo(1_200_000 / 28_419.4, within(1e-9));
        assertThat(f.get("unit").asText()).isEqualTo("EUR/HW");
        JsonNode sector = f.get("sector");
        assertThat(sector.get("sector").asText()).isEqualTo("F");
        assertThat(sector.get("statisticYear").asInt()).isLessThanOrEqualTo(2022);
        assertThat(sector.get("source").asText()).contains("nama_10_a64");
        assertThat(sector.get("value").asDouble()).isBetween(20.0, 120.0);
        assertThat(sector.get("ratio").asDouble())
                .isCloseTo(
                        f.get("valueAddedPerHour").asDouble()
                                / sector.get("value").asDouble(),
                        within(1e-9));
    }

    @Test
    void shouldRefuseNegativeHoursAndMissingFieldsNamingThem() throws Exception {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        String path = "/api/v1/organisations/" + employer.organisationId() + "/financials/2023";

        HttpResponse<String> negative = client().putJson(
                        path,
                        "{\"revenue\":1,\"purchases\":0,\"otherIntermediateCosts\":0,\"hoursWorked\":-40}",
                        employer.bearer());
        HttpResponse<String> missing = client().putJson(path, "{\"hoursWorked\":40}", employer.bearer());

        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(negative.body()).get("field").asText()).isEqualTo("hoursWorked");
        // in Dutch unless the client asks otherwise (ADR 0016)
        assertThat(JSON.readTree(negative.body()).get("detail").asText())
                .isEqualTo("hoursWorked mag niet negatief zijn");
        HttpResponse<String> english = client().putJson(
                        path,
                        "{\"revenue\":1,\"purchases\":0,\"otherIntermediateCosts\":0,\"hoursWorked\":-40}",
                        "Authorization",
                        employer.bearer()[1],
                        "Accept-Language",
                        "en-GB,en;q=0.8");
        assertThat(JSON.readTree(english.body()).get("detail").asText()).isEqualTo("hoursWorked must not be negative");
        assertThat(JSON.readTree(english.body()).get("title").asText()).isEqualTo("The input is invalid");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(missing.body()).get("errors").findValuesAsText("field"))
                .containsExactly("revenue", "purchases", "otherIntermediateCosts");
        assertThat(client().get("/api/v1/organisations/" + employer.organisationId() + "/financials", employer.bearer())
                        .body())
                .isEqualTo("[]");
    }

    @Test
    void shouldReadNumbersSentAsStringsInDutchOrEnglishNotationAndRefuseWhatIsAmbiguous() throws Exception {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        String path = "/api/v1/organisations/" + employer.organisationId() + "/financials/2024";

        HttpResponse<String> dutch = client().putJson(
                        path,
                        "{\"revenue\":\"4.150.000\",\"purchases\":\"1.500.000,50\",\"otherIntermediateCosts\":"
                                + "\"350.000\",\"fte\":\"29,5\",\"contractHoursPerWeek\":\"38\",\"absenceRate\":\"0,05\"}",
                        employer.bearer());
        HttpResponse<String> ambiguous = client().putJson(
                        path.replace("2024", "2023"),
                        "{\"revenue\":1000000,\"purchases\":0,\"otherIntermediateCosts\":0,\"fte\":\"4.150\","
                                + "\"contractHoursPerWeek\":38,\"absenceRate\":0.05}",
                        employer.bearer());

        assertThat(dutch.statusCode()).as(dutch.body()).isEqualTo(200);
        JsonNode input = JSON.readTree(dutch.body()).get("input");
        assertThat(input.get("revenue").asDouble()).isEqualTo(4_150_000.0);
        assertThat(input.get("purchases").asDouble()).isEqualTo(1_500_000.5);
        assertThat(input.get("otherIntermediateCosts").asDouble()).isEqualTo(350_000.0);
        assertThat(input.get("fte").asDouble()).isEqualTo(29.5);
        assertThat(ambiguous.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(ambiguous.body());
        assertThat(problem.get("field").asText()).isEqualTo("fte");
        assertThat(problem.get("detail").asText())
                .isEqualTo("fte „4.150” kan 4150 of 4,15 betekenen: typ een van beide");
        assertThat(problem.get("errors").get(0).get("code").asText()).isEqualTo("notation.AMBIGUOUS");
        assertThat(client().get(path.replace("2024", "2023"), employer.bearer()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void shouldWarnButStoreImplausibleFigures() throws Exception {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);

        HttpResponse<String> put = client().putJson(
                        "/api/v1/organisations/" + employer.organisationId() + "/financials/2022",
                        "{\"revenue\":50000000,\"purchases\":0,\"otherIntermediateCosts\":0,\"hoursWorked\":10000}",
                        employer.bearer());

        assertThat(put.statusCode()).isEqualTo(200);
        JsonNode f = JSON.readTree(put.body());
        assertThat(f.get("sector").get("implausible").asBoolean()).isTrue();
        assertThat(f.get("warnings").get(0).asText()).contains("times the sector");
    }

    @Test
    void shouldHideAnotherTenantsOrganisationOnEveryEndpoint() throws Exception {
        Tenant owner = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        Tenant other = OrganisationFixtures.tenant(context, Role.ADVISER);
        client().putJson(
                        "/api/v1/organisations/" + owner.organisationId() + "/financials/2022",
                        FIGURES_2022,
                        owner.bearer());
        String base = "/api/v1/organisations/" + owner.organisationId();
        String profile = "{\"name\":\"Overgenomen\",\"sector\":\"F\",\"sizeClass\":\"10-49\",\"region\":\"CR22\"}";

        int[] statuses = {
            client().get(base, other.bearer()).statusCode(),
            client().putJson(base, profile, other.bearer()).statusCode(),
            client().postJson(base + "/members", "{\"username\":\"" + other.username() + "\"}", other.bearer())
                    .statusCode(),
            client().get(base + "/financials", other.bearer()).statusCode(),
            client().get(base + "/financials/2022", other.bearer()).statusCode(),
            client().putJson(base + "/financials/2022", FIGURES_2022, other.bearer())
                    .statusCode(),
            client().delete(base + "/financials/2022", other.bearer()).statusCode(),
            client().get(base + "/audit", other.bearer()).statusCode(),
            client().delete(base, other.bearer()).statusCode(),
        };

        assertThat(statuses).containsOnly(404);
        assertThat(JSON.readTree(client().get(base, owner.bearer()).body())
                        .get("name")
                        .asText())
                .startsWith("Voorbeeldorganisatie");
        assertThat(client().get(base + "/financials", owner.bearer()).body()).contains("2022");
    }

    @Test
    void shouldGiveAnAddedMemberAccessAndLogWhoLooked() throws Exception {
        Tenant owner = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        Tenant adviser = OrganisationFixtures.tenant(context, Role.ADVISER);
        String base = "/api/v1/organisations/" + owner.organisationId();

        HttpResponse<String> added =
                client().postJson(base + "/members", "{\"username\":\"" + adviser.username() + "\"}", owner.bearer());
        HttpResponse<String> seen = client().get(base, adviser.bearer());

        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(seen.statusCode()).isEqualTo(200);
        JsonNode log =
                JSON.readTree(client().get(base + "/audit", owner.bearer()).body());
        assertThat(log.findValuesAsText("username")).contains(adviser.username(), owner.username());
        assertThat(log.findValuesAsText("action")).contains("organisation.viewed", "organisation.member.added");
    }

    @Test
    void shouldRefuseAnalystsAndAnonymousCallers() {
        Tenant owner = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        Tenant analyst = OrganisationFixtures.tenant(context, Role.ANALYST);

        assertThat(client().get("/api/v1/organisations/" + owner.organisationId())
                        .statusCode())
                .isEqualTo(401);
        assertThat(client().get("/api/v1/organisations/" + owner.organisationId(), analyst.bearer())
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void shouldDeleteTheOrganisationWithItsFiguresAndKeepOneAuditLine() throws Exception {
        Tenant owner = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        String base = "/api/v1/organisations/" + owner.organisationId();
        client().putJson(base + "/financials/2022", FIGURES_2022, owner.bearer());

        HttpResponse<String> deleted = client().delete(base, owner.bearer());

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(client().get(base, owner.bearer()).statusCode()).isEqualTo(404);
        var store = context.getBean(nl.werkkracht.store.organisation.OrganisationStore.class);
        assertThat(store.find(owner.organisationId())).isEmpty();
        assertThat(store.financials(owner.organisationId())).isEmpty();
        var audit = context.getBean(nl.werkkracht.store.audit.AuditLog.class);
        assertThat(audit.ofOrganisation(owner.organisationId(), 10))
                .extracting(e -> e.action())
                .containsExactly("organisation.deleted");
    }
}
