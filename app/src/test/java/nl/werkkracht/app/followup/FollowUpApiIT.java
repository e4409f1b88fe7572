package nl.werkkracht.app.followup;

import static nl.werkkracht.app.followup.FollowUpFlow.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import nl.werkkracht.app.account.WebClient;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import nl.werkkracht.store.audit.AuditLog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Follow-up over real HTTP: figures 2019–2022 and a technology intervention entered through the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpApiIT {

    private static final double EPS = 1e-9;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private Tenant employer;

    WebClient client() {
        return new WebClient(port);
    }

    @BeforeAll
    void enterFigures() {
        employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        new FollowUpFlow(client(), employer, context).figuresAndIntervention();
    }

    private String followUp(long id) {
        return "/api/v1/organisations/" + id + "/followup";
    }

    private JsonNode get(String path) {
        HttpResponse<String> r = client().get(path, employer.bearer());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return parse(r.body());
    }

    @Test
    void shouldIndexValueAddedPerHourAgainstTheYearBeforeTheInterventionAndCallTheDipAJCurve() {
        JsonNode body = get(followUp(employer.organisationId()) + "?metric=value-added-per-hour");

        assertThat(body.get("metric").asText()).isEqualTo("value-added-per-hour");
        assertThat(body.get("unit").asText()).isEqualTo("EUR/h");
        assertThat(body.get("direction").asText()).isEqualTo("HIGHER_IS_BETTER");
        assertThat(body.get("baseline").get("period").asText()).isEqualTo("2020");
        assertThat(body.get("baseline").get("value").asDouble()).isCloseTo(57.5, within(EPS));
        List<String> periods = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        body.get("series").forEach(p -> {
            periods.add(p.get("period").asText());
            labels.add(p.get("label").asText());
        });
        assertThat(periods).containsExactly("2019", "2020", "2021", "2022");
        assertThat(labels).containsExactly("BEFORE_BASELINE", "BASELINE", "EXPECTED_DIP", "IMPROVEMENT");
        double[] values = {52.5, 57.5, 50, 65};
        for (int i = 0; i < values.length; i++) {
            JsonNode p = body.get("series").get(i);
            assertThat(p.get("value").asDouble()).as(periods.get(i)).isCloseTo(values[i], within(EPS));
            assertThat(p.get("index").asDouble()).as(periods.get(i)).isCloseTo(100 * values[i] / 57.5, within(EPS));
        }
        assertThat(body.get("series").get(2).get("adjustingAfter").asText()).isEqualTo(FollowUpFlow.INTERVENTION);
        assertThat(body.get("series").get(2).get("labelText").asText())
                .isEqualTo("verwachte dip na invoering (J-curve)");
        JsonNode intervention = body.get("interventions").get(0);
        assertThat(intervention.get("id").asText()).isEqualTo(FollowUpFlow.INTERVENTION);
        assertThat(intervention.get("route").asText()).isEqualTo("TECHNOLOGY");
        assertThat(intervention.get("startDate").asText()).isEqualTo("2021-03-01");
        assertThat(intervention.get("title").asText()).isNotBlank();
        assertThat(context.getBean(AuditLog.class).ofOrganisation(employer.organisationId(), 100))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("followup.viewed"));
    }

    @Test
    void shouldAnswerAnUnknownMetricWith400NamingTheField() {
        HttpResponse<String> r =
                client().get(followUp(employer.organisationId()) + "?metric=happiness", employer.bearer());

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(parse(r.body()).get("field").asText()).isEqualTo("metric");
    }

    @Test
    void shouldAnswerAMetricWithoutDataWithAnEmptySeriesAndWhy() {
        JsonNode body = get(followUp(employer.organisationId()) + "?metric=engagement");

        assertThat(body.get("series")).isEmpty();
        assertThat(body.get("missing").asText()).isNotBlank();
        assertThat(body.get("interventions")).hasSize(1);
    }

    @Test
    void shouldAnswer404ToAnotherTenant() {
        Tenant other = OrganisationFixtures.tenant(context, Role.EMPLOYER);

        HttpResponse<String> timeline =
                client().get(followUp(employer.organisationId()) + "?metric=value-added-per-hour", other.bearer());
        HttpResponse<String> scans = client().get(followUp(employer.organisationId()) + "/scans", other.bearer());

        assertThat(timeline.statusCode()).isEqualTo(404);
        assertThat(scans.statusCode()).isEqualTo(404);
        assertThat(timeline.body()).doesNotContain("57.5");
    }
}
