package nl.werkkracht.app.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import nl.werkkracht.app.account.AccountService;
import nl.werkkracht.app.account.WebClient;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.store.account.Role;
import org.springframework.context.ApplicationContext;

/**
 * Policy officers and a draft programme with a row of every kind, made through the API, for the policy tests and
 * the tenant-isolation test. The programme's content is invented test data.
 */
public final class PolicyFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private PolicyFixtures() {}

    /** A user with a token. */
    public record User(String username, String token) {
        public String[] bearer() {
            return new String[] {"Authorization", "Bearer " + token};
        }
    }

    public static User user(ApplicationContext context, Role role) {
        AccountService accounts = context.getBean(AccountService.class);
        String username = "policy-" + role.name().toLowerCase(java.util.Locale.ROOT) + "-" + COUNTER.incrementAndGet()
                + "-" + System.nanoTime() % 100000;
        accounts.createUser(username, role, Optional.of(OrganisationFixtures.PASSWORD));
        return new User(username, accounts.issueToken(username, "fixture").token());
    }

    /**
     * A draft programme for Overijssel owned by {@code owner}, with a measure, a manual indicator, a question, a
     * recommendation and an evaluation; returns the path variables of its endpoints ({@code id}, {@code measureId},
     * {@code indicatorId}, {@code questionId}, {@code recommendationId}, {@code evaluationId}, {@code rowId},
     * {@code kind}, {@code year}, {@code phase}, {@code username}).
     */
    public static Map<String, String> draftProgramme(int port, User owner) {
        WebClient api = new WebClient(port);
        JsonNode p = ok(api.postJson(
                "/api/v1/programmes",
                "{\"name\":\"Testprogramma (verzonnen)\",\"region\":\"PV23\",\"fromYear\":2024,\"toYear\":2027}",
                owner.bearer()));
        String base = "/api/v1/programmes/" + p.get("id").asText();
        p = ok(api.postJson(
                base + "/measures",
                "{\"name\":\"Scan via servicepunten\",\"route\":\"ORGANISATION\",\"startYear\":2024,\"endYear\":2027}",
                owner.bearer()));
        String measure = p.get("measures").get(0).get("id").asText();
        p = ok(api.postJson(
                base + "/measures/" + measure + "/indicators",
                "{\"kind\":\"MANUAL\",\"metric\":\"scans\",\"name\":\"Scans\",\"unit\":\"aantal\",\"source\":\"opgave\","
                        + "\"baselineValue\":10,\"baselineYear\":2024,\"targetValue\":110,\"targetYear\":2027,"
                        + "\"direction\":\"INCREASE\"}",
                owner.bearer()));
        String indicator =
                p.get("measures").get(0).get("indicators").get(0).get("id").asText();
        p = ok(api.postJson(base + "/questions", "{\"question\":\"Waarom?\",\"status\":\"OPEN\"}", owner.bearer()));
        String question = p.get("questions").get(0).get("id").asText();
        p = ok(api.postJson(
                base + "/recommendations",
                "{\"catalogueId\":\"ser-cyclus\",\"carriedOut\":\"PARTLY\"}",
                owner.bearer()));
        String recommendation = p.get("recommendations").get(0).get("id").asText();
        JsonNode e = ok(api.postJson(
                base + "/evaluations", "{\"indicator\":\"index\",\"treatmentStart\":2012}", owner.bearer()));
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("id", p.get("id").asText());
        ids.put("measureId", measure);
        ids.put("indicatorId", indicator);
        ids.put("questionId", question);
        ids.put("recommendationId", recommendation);
        ids.put("evaluationId", e.get("id").asText());
        ids.put("rowId", question);
        ids.put("kind", "questions");
        ids.put("year", "2024");
        ids.put("phase", "MONITOR");
        ids.put("username", owner.username());
        return ids;
    }

    static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException ex) {
            throw new AssertionError(ex);
        }
    }
}
