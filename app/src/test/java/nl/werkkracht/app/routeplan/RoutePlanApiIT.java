package nl.werkkracht.app.routeplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import nl.werkkracht.app.account.WebClient;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import nl.werkkracht.store.audit.AuditEvent;
import nl.werkkracht.store.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * {@code /api/v1/organisations/{id}/routeplan} over real HTTP on the embedded database: a plan without
 * data says what to measure first; with figures and a value stream it proposes, puts off and excludes
 * with reasons; choices are stored, validated and audited; another tenant gets 404 on both endpoints.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoutePlanApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** High absence and turnover (as fractions, as the figures API takes them). */
    static final String FIGURES_2022 =
            """
            {"revenue": 2000000, "purchases": 700000, "otherIntermediateCosts": 150000, "inventoryChange": 0,
             "fte": 14.5, "contractHoursPerWeek": 38, "absenceRate": 0.08, "turnoverRate": 0.25}
            """;

    /** Process cycle efficiency 150 / 5335 minutes = 2.8 %; 600 improvement hours a year. */
    static final String QUOTE_REQUEST =
            """
            {"name": "Offerteaanvraag", "volumePerYear": 1200, "steps": [
              {"role": "Binnendienst", "processMinutes": 10, "waitingMinutes": 0, "classification": "NECESSARY", "registration": true},
              {"role": "Binnendienst", "processMinutes": 5, "waitingMinutes": 30, "classification": "WASTE", "wasteType": "OVER_PROCESSING", "registration": true},
              {"role": "Werkvoorbereider", "processMinutes": 90, "waitingMinutes": 2880, "classification": "VALUE_ADDING"},
              {"role": "Calculator", "processMinutes": 60, "waitingMinutes": 1440, "classification": "VALUE_ADDING"},
              {"role": "Calculator", "processMinutes": 15, "waitingMinutes": 240, "classification": "WASTE", "wasteType": "DEFECTS"},
              {"role": "Calculator", "processMinutes": 10, "waitingMinutes": 0, "classification": "WASTE", "wasteType": "OVER_PROCESSING", "registration": true},
              {"role": "Manager", "processMinutes": 5, "waitingMinutes": 480, "classification": "NECESSARY"},
              {"role": "Binnendienst", "processMinutes": 10, "waitingMinutes": 60, "classification": "NECESSARY", "registration": true}
            ]}
            """;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditLog audit;

    WebClient client() {
        return new WebClient(port);
    }

    static String plan(Tenant t) {
        return "/api/v1/organisations/" + t.organisationId() + "/routeplan";
    }

    static String choice(Tenant t, String interventionId) {
        return plan(t) + "/choices/" + interventionId;
    }

    /** A tenant with figures and one value stream, as the API enters them. */
    static Tenant withData(ApplicationContext context, WebClient client) {
        Tenant t = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        String base = "/api/v1/organisations/" + t.organisationId();
        HttpResponse<String> figures = client.putJson(base + "/financials/2022", FIGURES_2022, t.bearer());
        HttpResponse<String> stream = client.postJson(base + "/value-streams", QUOTE_REQUEST, t.bearer());
        assertThat(figures.statusCode()).as(figures.body()).isEqualTo(200);
        assertThat(stream.statusCode()).as(stream.body()).isEqualTo(201);
        return t;
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    private static JsonNode item(JsonNode array, String id) {
        for (JsonNode n : array) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no " + id + " in " + array);
    }

    @Test
    void shouldSayWhatToMeasureFirstWhenThereIsNoData() throws Exception {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);

        HttpResponse<String> response = client().get(plan(employer), employer.bearer());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("noData").asBoolean()).isTrue();
        assertThat(body.get("proposed")).isEmpty();
        assertThat(body.get("excluded")).isEmpty();
        assertThat(body.get("measureFirst").findValuesAsText("source"))
                .containsExactly("SCAN", "FINANCIALS", "VALUE_STREAM");
        assertThat(body.at("/generatedFrom/used")).isEmpty();
        assertThat(body.at("/generatedFrom/sizeClass").asText()).isEqualTo("10-49");
    }

    @Test
    void shouldProposeExcludeAndExplainFromFiguresAndAValueStream() throws Exception {
        WebClient client = client();
        Tenant employer = withData(context, client);

        JsonNode body =
                JSON.readTree(client.get(plan(employer), employer.bearer()).body());

        assertThat(body.get("noData").asBoolean()).isFalse();
        assertThat(body.at("/generatedFrom/used").findValuesAsText("")).isEmpty();
        assertThat(body.at("/generatedFrom/used").toString()).isEqualTo("[\"FINANCIALS\",\"VALUE_STREAM\"]");
        assertThat(body.at("/generatedFrom/missing").toString()).isEqualTo("[\"SCAN\"]");
        assertThat(body.at("/generatedFrom/financials/year").asInt()).isEqualTo(2022);
        assertThat(body.at("/generatedFrom/financials/absenteeismPercent").asDouble())
                .isEqualTo(8.0);
        assertThat(body.at("/generatedFrom/valueStreams/count").asInt()).isEqualTo(1);
        assertThat(ids(body.get("proposed")))
                .contains(
                        "org-value-stream-worst", "org-lean-kaizen", "emp-onboarding", "emp-vitality", "org-workload");
        JsonNode worst = item(body.get("proposed"), "org-value-stream-worst");
        assertThat(worst.get("route").asText()).isEqualTo("ORGANISATION");
        assertThat(worst.get("why").get(0).asText()).startsWith("Procesefficiëntie van het slechtste proces: 2,8%");
        assertThat(worst.get("source").asText()).contains("Rother & Shook");
        assertThat(worst.get("indicators").findValuesAsText("id")).contains("vsm.pce");
        assertThat(worst.get("choice").isNull()).isTrue();
        JsonNode drive = item(body.get("excluded"), "org-efficiency-drive");
        assertThat(drive.get("reason").asText()).contains("Ziekteverzuim: 8%").contains("gezondheid");
        assertThat(body.get("proposed").get(0).get("rank").asInt()).isEqualTo(1);
    }

    @Test
    void shouldAnswerInEnglishWhenAsked() throws Exception {
        WebClient client = client();
        Tenant employer = withData(context, client);

        JsonNode body = JSON.readTree(
                client.get(plan(employer) + "?lang=en", employer.bearer()).body());

        JsonNode worst = item(body.get("proposed"), "org-value-stream-worst");
        assertThat(worst.get("title").asText()).isEqualTo("Improving the worst-performing process (value stream)");
        assertThat(worst.get("why").get(0).asText()).startsWith("Process cycle efficiency of the worst process: 2.8%");
    }

    @Test
    void shouldStoreAChoiceShowItInThePlanAndAuditIt() throws Exception {
        WebClient client = client();
        Tenant employer = withData(context, client);

        HttpResponse<String> put = client.putJson(
                choice(employer, "org-value-stream-worst"),
                "{\"chosen\": true, \"owner\": \"Werkvoorbereider\", \"startDate\": \"2026-05-01\", \"note\": \"eerst offertes\"}",
                employer.bearer());
        JsonNode body =
                JSON.readTree(client.get(plan(employer), employer.bearer()).body());

        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(JSON.readTree(put.body()).get("owner").asText()).isEqualTo("Werkvoorbereider");
        JsonNode saved = item(body.get("proposed"), "org-value-stream-worst").get("choice");
        assertThat(saved.get("chosen").asBoolean()).isTrue();
        assertThat(saved.get("owner").asText()).isEqualTo("Werkvoorbereider");
        assertThat(saved.get("startDate").asText()).isEqualTo("2026-05-01");
        assertThat(saved.get("note").asText()).isEqualTo("eerst offertes");
        assertThat(audit.ofOrganisation(employer.organisationId(), 50))
                .extracting(AuditEvent::action)
                .contains("routeplan.viewed", "routeplan.choice.changed");
    }

    @Test
    void shouldKeepAChoiceForAnInterventionThatIsNotInThePlan() throws Exception {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);

        HttpResponse<String> put =
                client().putJson(choice(employer, "emp-job-crafting"), "{\"chosen\": true}", employer.bearer());
        JsonNode body =
                JSON.readTree(client().get(plan(employer), employer.bearer()).body());

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(body.get("otherChoices").findValuesAsText("id")).containsExactly("emp-job-crafting");
    }

    @Test
    void shouldRefuseAnUnknownInterventionAndBadFieldsNamingThem() throws Exception {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);

        HttpResponse<String> unknown =
                client().putJson(choice(employer, "org-magic"), "{\"chosen\": true}", employer.bearer());
        HttpResponse<String> badDate = client().putJson(
                        choice(employer, "org-cut-rules"),
                        "{\"chosen\": true, \"startDate\": \"1 mei\"}",
                        employer.bearer());
        HttpResponse<String> noChoice = client().putJson(choice(employer, "org-cut-rules"), "{}", employer.bearer());
        HttpResponse<String> wrongType =
                client().putJson(choice(employer, "org-cut-rules"), "{\"chosen\": \"yes please\"}", employer.bearer());

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(unknown.body()).get("detail").asText()).contains("org-magic");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badDate.body()).get("field").asText()).isEqualTo("startDate");
        assertThat(JSON.readTree(badDate.body()).get("detail").asText())
                .contains("jjjj-mm-dd")
                .contains("1 mei");
        assertThat(noChoice.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noChoice.body()).get("field").asText()).isEqualTo("chosen");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrongType.body()).get("field").asText()).isEqualTo("chosen");
        assertThat(JSON.readTree(client().get(plan(employer), employer.bearer()).body())
                        .get("otherChoices"))
                .isEmpty();
    }

    @Test
    void shouldHideAnotherTenantsRoutePlanOnBothEndpoints() throws Exception {
        WebClient client = client();
        Tenant owner = withData(context, client);
        Tenant other = OrganisationFixtures.tenant(context, Role.ADVISER);

        HttpResponse<String> read = client.get(plan(owner), other.bearer());
        HttpResponse<String> write =
                client.putJson(choice(owner, "org-cut-rules"), "{\"chosen\": true}", other.bearer());
        HttpResponse<String> missing = client.get("/api/v1/organisations/987654321/routeplan", other.bearer());

        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(write.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(read.body()).get("detail").asText())
                .isEqualTo(JSON.readTree(missing.body())
                        .get("detail")
                        .asText()
                        .replace("987654321", String.valueOf(owner.organisationId())));
        assertThat(read.body()).doesNotContain("Procesefficiëntie");
        assertThat(JSON.readTree(client.get(plan(owner), owner.bearer()).body()).get("otherChoices"))
                .isEmpty();
        assertThat(audit.ofOrganisation(owner.organisationId(), 50))
                .extracting(AuditEvent::username)
                .doesNotContain(other.username());
    }
}
