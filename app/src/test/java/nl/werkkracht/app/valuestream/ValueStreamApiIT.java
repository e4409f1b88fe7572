package nl.werkkracht.app.valuestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import nl.werkkracht.app.account.WebClient;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * {@code /api/v1/organisations/{id}/value-streams} over real HTTP on the embedded database: the metrics of
 * the worked example (core/src/test/resources/worked-examples/valuestream/quote-request.txt), changes,
 * deletion, bad input naming the field, the audit log, and tenant isolation on every endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ValueStreamApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double TOLERANCE = 1e-9;

    /** The worked example: 8 steps, 1200 a year. */
    static final String QUOTE_REQUEST =
            """
            {"name": "Offerteaanvraag", "volumePerYear": 1200, "steps": [
              {"role": "Binnendienst", "processMinutes": 10, "waitingMinutes": 0, "classification": "NECESSARY", "registration": true},
              {"role": "binnendienst", "processMinutes": 5, "waitingMinutes": 30, "classification": "WASTE", "wasteType": "OVER_PROCESSING", "registration": true},
              {"role": "Werkvoorbereider", "processMinutes": 90, "waitingMinutes": 2880, "classification": "VALUE_ADDING"},
              {"role": "Calculator", "processMinutes": 60, "waitingMinutes": 1440, "classification": "VALUE_ADDING", "wasteType": null},
              {"role": "Calculator", "processMinutes": 15, "waitingMinutes": 240, "classification": "WASTE", "wasteType": "DEFECTS"},
              {"role": "Calculator", "processMinutes": 10, "waitingMinutes": 0, "classification": "waste", "wasteType": "over_processing", "registration": true},
              {"role": "Manager", "processMinutes": 5, "waitingMinutes": 480, "classification": "NECESSARY", "registration": false},
              {"role": "Binnendienst", "processMinutes": 10, "waitingMinutes": 60, "classification": "NECESSARY", "registration": true}
            ]}
            """;

    static final String REPAIR =
            """
            {"name": "Storing", "volumePerYear": 300, "steps": [
              {"role": "Monteur", "processMinutes": 45, "classification": "VALUE_ADDING"},
              {"role": "Monteur", "processMinutes": 20, "waitingMinutes": 10, "classification": "WASTE", "wasteType": "MOTION"}
            ]}
            """;

    /** Figures that give a value added per hour (whatever the figures module computes from them). */
    static final String FIGURES =
            """
            {"revenue": 2000000, "purchases": 700000, "otherIntermediateCosts": 150000, "inventoryChange": 0,
             "hoursWorked": 20000, "hiredLabourCost": 0}
            """;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private WebClient client() {
        return new WebClient(port);
    }

    private static String base(Tenant t) {
        return "/api/v1/organisations/" + t.organisationId() + "/value-streams";
    }

    private JsonNode create(Tenant t, String body) throws Exception {
        HttpResponse<String> created = client().postJson(base(t), body, t.bearer());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body());
    }

    @Test
    void shouldAnswerTheWorkedExamplesMetricsWithoutEuroWhenThereAreNoFigures() throws Exception {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);

        HttpResponse<String> response = client().postJson(base(employer), QUOTE_REQUEST, employer.bearer());

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode m = JSON.readTree(response.body());
        assertThat(response.headers().firstValue("Location"))
                .hasValue(base(employer) + "/" + m.get("id").asLong());
        assertThat(m.get("name").asText()).isEqualTo("Offerteaanvraag");
        assertThat(m.get("leadTimeMinutes").asDouble()).isCloseTo(5335, within(TOLERANCE));
        assertThat(m.get("processCycleEfficiency").asDouble()).isCloseTo(150.0 / 5335, within(TOLERANCE));
        assertThat(m.get("handovers").asInt()).isEqualTo(4);
        assertThat(m.get("registrationShare").asDouble()).isCloseTo(35.0 / 205, within(TOLERANCE));
        assertThat(m.get("wasteMinutesPerPass").asDouble()).isCloseTo(30, within(TOLERANCE));
        assertThat(m.get("improvementHoursPerYear").asDouble()).isCloseTo(600, within(TOLERANCE));
        assertThat(m.get("improvementEuroPerYear").isNull()).isTrue();
        assertThat(m.get("valueAddedPerHour").isNull()).isTrue();
        assertThat(m.get("wasteByType").get("OVER_PROCESSING").asDouble()).isCloseTo(15, within(TOLERANCE));
        assertThat(m.get("wasteByType").get("DEFECTS").asDouble()).isCloseTo(15, within(TOLERANCE));
        assertThat(m.get("wasteByType").size()).isEqualTo(8);
        assertThat(m.get("steps")).hasSize(8);
        assertThat(m.at("/steps/5/classification").asText()).isEqualTo("WASTE");
        assertThat(m.at("/steps/5/wasteType").asText()).isEqualTo("OVER_PROCESSING");
        assertThat(m.at("/steps/2/wasteType").isNull()).isTrue();
    }

    @Test
    void shouldValueTheImprovementPotentialAtTheOrganisationsValueAddedPerHour() throws Exception {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        HttpResponse<String> figures = client().putJson(
                        "/api/v1/organisations/" + employer.organisationId() + "/financials/2024",
                        FIGURES,
                        employer.bearer());
        assertThat(figures.statusCode()).as(figures.body()).isEqualTo(200);
        double perHour = JSON.readTree(figures.body()).get("valueAddedPerHour").asDouble();

        JsonNode m = create(employer, QUOTE_REQUEST);

        assertThat(m.get("valueAddedPerHour").asDouble()).isCloseTo(perHour, within(TOLERANCE));
        assertThat(m.get("improvementEuroPerYear").asDouble()).isCloseTo(600 * perHour, within(1e-6));
    }

    @Test
    void shouldListReplaceAndDeleteValueStreams() throws Exception {
        Tenant adviser = OrganisationFixtures.tenant(context, Role.ADVISER);
        long quote = create(adviser, QUOTE_REQUEST).get("id").asLong();
        long repair = create(adviser, REPAIR).get("id").asLong();

        JsonNode list =
                JSON.readTree(client().get(base(adviser), adviser.bearer()).body());
        HttpResponse<String> put = client().putJson(base(adviser) + "/" + quote, REPAIR, adviser.bearer());
        JsonNode replaced = JSON.readTree(put.body());
        HttpResponse<String> delete = client().delete(base(adviser) + "/" + repair, adviser.bearer());
        HttpResponse<String> gone = client().get(base(adviser) + "/" + repair, adviser.bearer());
        JsonNode after =
                JSON.readTree(client().get(base(adviser), adviser.bearer()).body());

        // the streams' names (each step has a name too since issue 13: before, the step took its role's)
        assertThat(List.of(
                        list.get(0).get("name").asText(),
                        list.get(1).get("name").asText()))
                .containsExactly("Offerteaanvraag", "Storing");
        assertThat(list).hasSize(2);
        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(replaced.get("id").asLong()).isEqualTo(quote);
        assertThat(replaced.get("steps")).hasSize(2);
        // 20 min of motion × 300 / 60 = 100 h; lead time 45 + 20 + 10 = 75
        assertThat(replaced.get("improvementHoursPerYear").asDouble()).isCloseTo(100, within(TOLERANCE));
        assertThat(replaced.get("leadTimeMinutes").asDouble()).isCloseTo(75, within(TOLERANCE));
        assertThat(delete.statusCode()).isEqualTo(204);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(after.findValuesAsText("id")).containsExactly(String.valueOf(quote));
        JsonNode one = JSON.readTree(
                client().get(base(adviser) + "/" + quote, adviser.bearer()).body());
        assertThat(one.get("name").asText()).isEqualTo("Storing");
    }

    @Test
    void shouldNameTheWrongFieldOfBadInput() throws Exception {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        record Case(String body, String field) {}
        List<Case> cases = List.of(
                new Case(
                        QUOTE_REQUEST.replace("\"wasteType\": \"DEFECTS\"", "\"wasteType\": null"),
                        "steps[4].wasteType"),
                new Case(
                        QUOTE_REQUEST.replace("\"processMinutes\": 60", "\"processMinutes\": -60"),
                        "steps[3].processMinutes"),
                new Case(
                        QUOTE_REQUEST.replace("\"processMinutes\": 60", "\"processMinutes\": \"sixty\""),
                        "steps[3].processMinutes"),
                new Case(QUOTE_REQUEST.replace("\"role\": \"Manager\"", "\"role\": \" \""), "steps[6].role"),
                new Case(
                        QUOTE_REQUEST.replace(
                                "\"classification\": \"NECESSARY\", \"registration\": false",
                                "\"classification\": \"USEFUL\""),
                        "steps[6].classification"),
                new Case(
                        QUOTE_REQUEST.replace(
                                "\"OVER_PROCESSING\", \"registration\": true}",
                                "\"PAPERWORK\", \"registration\": true}"),
                        "steps[1].wasteType"),
                new Case(
                        QUOTE_REQUEST.replace(
                                "\"classification\": \"VALUE_ADDING\", \"wasteType\": null",
                                "\"classification\": \"VALUE_ADDING\", \"wasteType\": \"MOTION\""),
                        "steps[3].wasteType"),
                new Case(QUOTE_REQUEST.replace("\"volumePerYear\": 1200", "\"volumePerYear\": -1"), "volumePerYear"),
                new Case(QUOTE_REQUEST.replace("\"volumePerYear\": 1200,", ""), "volumePerYear"),
                new Case(QUOTE_REQUEST.replace("\"Offerteaanvraag\"", "\"\""), "name"),
                new Case("{\"name\": \"Leeg\", \"volumePerYear\": 1, \"steps\": []}", "steps"));

        for (Case c : cases) {
            HttpResponse<String> bad = client().postJson(base(employer), c.body(), employer.bearer());

            assertThat(bad.statusCode()).as(c.field()).isEqualTo(400);
            assertThat(bad.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode problem = JSON.readTree(bad.body());
            assertThat(problem.get("field").asText()).as(bad.body()).isEqualTo(c.field());
            assertThat(problem.get("type").asText()).isEqualTo("https://werkkracht.nl/problems/invalid-input");
            assertThat(problem.get("detail").asText()).startsWith(c.field() + " ");
        }
        assertThat(JSON.readTree(client().get(base(employer), employer.bearer()).body()))
                .isEmpty();
    }

    @Test
    void shouldAnswer404ToAnotherTenantOnEveryEndpoint() throws Exception {
        Tenant owner = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        Tenant other = OrganisationFixtures.tenant(context, Role.ADVISER);
        long id = create(owner, QUOTE_REQUEST).get("id").asLong();
        String theirs = base(owner);
        String mineWithTheirId = base(other) + "/" + id;

        List<HttpResponse<String>> answers = List.of(
                client().postJson(theirs, REPAIR, other.bearer()),
                client().get(theirs, other.bearer()),
                client().get(theirs + "/" + id, other.bearer()),
                client().putJson(theirs + "/" + id, REPAIR, other.bearer()),
                client().delete(theirs + "/" + id, other.bearer()),
                // their value stream through the other tenant's own organisation
                client().get(mineWithTheirId, other.bearer()),
                client().putJson(mineWithTheirId, REPAIR, other.bearer()),
                client().delete(mineWithTheirId, other.bearer()));

        for (HttpResponse<String> answer : answers) {
            assertThat(answer.statusCode())
                    .as(answer.request().method() + " " + answer.uri())
                    .isEqualTo(404);
            assertThat(answer.body()).doesNotContain("Offerteaanvraag").doesNotContain("Binnendienst");
        }
        JsonNode still =
                JSON.readTree(client().get(theirs + "/" + id, owner.bearer()).body());
        assertThat(still.get("name").asText()).isEqualTo("Offerteaanvraag");
        assertThat(JSON.readTree(client().get(base(other), other.bearer()).body()))
                .isEmpty();
    }

    @Test
    void shouldRecordWhoCreatedViewedChangedAndDeleted() throws Exception {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        long id = create(employer, REPAIR).get("id").asLong();
        client().get(base(employer), employer.bearer());
        client().get(base(employer) + "/" + id, employer.bearer());
        client().putJson(base(employer) + "/" + id, QUOTE_REQUEST, employer.bearer());
        client().delete(base(employer) + "/" + id, employer.bearer());

        JsonNode audit = JSON.readTree(
                client().get("/api/v1/organisations/" + employer.organisationId() + "/audit", employer.bearer())
                        .body());

        List<String> actions = audit.findValuesAsText("action").stream()
                .filter(a -> a.startsWith("valuestream."))
                .toList();
        assertThat(actions)
                .containsExactlyInAnyOrder(
                        "valuestream.created",
                        "valuestream.viewed",
                        "valuestream.viewed",
                        "valuestream.changed",
                        "valuestream.deleted");
        assertThat(audit.findValuesAsText("username")).contains(employer.username());
    }
}
