package nl.werkkracht.app.followup;

import static nl.werkkracht.app.followup.FollowUpFlow.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.werkkracht.app.account.WebClient;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The re-scan comparison over real HTTP: team Avond has 5 responses in the first scan and 3 in the re-scan,
 * so it carries no values in the comparison; neither does any group the re-scan hides to protect it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpScansIT {

    private static final double EPS = 1e-9;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private Tenant employer;
    private List<Long> scans;

    @BeforeAll
    void runTwoScans() {
        employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        scans = new FollowUpFlow(new WebClient(port), employer, context).scans();
    }

    private JsonNode get(String path) {
        HttpResponse<String> r = new WebClient(port).get(path, employer.bearer());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return parse(r.body());
    }

    /** Whether each group is suppressed in the scan's own results. */
    private Map<String, Boolean> suppressed(long scanId) {
        var out = new HashMap<String, Boolean>();
        get("/api/v1/scans/" + scanId + "/results")
                .get("groups")
                .forEach(g ->
                        out.put(g.get("group").asText(), g.get("suppressed").asBoolean()));
        return out;
    }

    @Test
    void shouldCompareOnlyGroupsShownInBothScansAndNeverATeamUnderFive() {
        JsonNode body = get("/api/v1/organisations/" + employer.organisationId() + "/followup/scans");
        Map<String, Boolean> first = suppressed(scans.get(0));
        Map<String, Boolean> second = suppressed(scans.get(1));

        assertThat(body.get("baseline").get("scanId").asLong()).isEqualTo(scans.get(0));
        assertThat(body.get("latest").get("scanId").asLong()).isEqualTo(scans.get(1));
        assertThat(first.get("Avond")).as("Avond passes in the first scan").isFalse();
        assertThat(second.get("Avond")).as("Avond is under five in the re-scan").isTrue();
        Map<String, JsonNode> groups = new HashMap<>();
        body.get("groups").forEach(g -> groups.put(g.get("group").asText(), g));
        assertThat(groups).containsOnlyKeys("ALL", "Zorg", "Kantoor", "Avond");

        JsonNode avond = groups.get("Avond");
        assertThat(avond.get("shown").asBoolean()).isFalse();
        assertThat(avond.get("scales")).isEmpty();
        for (var group : groups.entrySet()) {
            boolean hiddenSomewhere = first.get(group.getKey()) || second.get(group.getKey());
            assertThat(group.getValue().get("shown").asBoolean())
                    .as("shown %s", group.getKey())
                    .isEqualTo(!hiddenSomewhere);
            if (hiddenSomewhere) {
                assertThat(group.getValue().get("scales"))
                        .as("values of %s", group.getKey())
                        .isEmpty();
            }
        }

        JsonNode all = groups.get("ALL");
        assertThat(all.get("shown").asBoolean()).isTrue();
        assertThat(all.get("scales")).isNotEmpty();
        all.get("scales").forEach(s -> {
            assertThat(s.get("baseline").asDouble()).as(s.get("scale").asText()).isCloseTo(50, within(EPS));
            assertThat(s.get("latest").asDouble()).as(s.get("scale").asText()).isCloseTo(75, within(EPS));
            assertThat(s.get("difference").asDouble())
                    .as(s.get("scale").asText())
                    .isCloseTo(25, within(EPS));
        });
        assertThat(body.toString()).doesNotContain("\"n\"");
    }

    @Test
    void shouldFollowEngagementOfAllRespondentsOverBothScans() {
        JsonNode body = get("/api/v1/organisations/" + employer.organisationId() + "/followup?metric=engagement");

        assertThat(body.get("series")).hasSize(2);
        assertThat(body.get("series").get(1).get("index").asDouble()).isCloseTo(150, within(EPS));
        assertThat(body.get("series").get(1).get("label").asText()).isEqualTo("IMPROVEMENT");
    }
}
