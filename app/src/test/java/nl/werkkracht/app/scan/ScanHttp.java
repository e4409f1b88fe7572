package nl.werkkracht.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.werkkracht.app.account.WebClient;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.core.scan.Instrument;
import nl.werkkracht.core.scan.Item;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The platform on a random port over real HTTP, with helpers to run a scan through the API: create it,
 * make invitations, answer them, read the results. The public rate limit is lifted here (its own test
 * lowers it), since these tests send many answers from one address.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "werkkracht.scan.public-requests-per-minute=100000",
            "werkkracht.scan.public-failed-lookups=100000"
        })
abstract class ScanHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instrument INSTRUMENT = InstrumentFile.current();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    WebClient client() {
        return new WebClient(port);
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new scan of the tenant's organisation, open for two weeks. */
    long createScan(Tenant tenant, String... teams) {
        ObjectNode body = JSON.createObjectNode();
        var array = body.putArray("teams");
        for (String t : teams) {
            array.add(t);
        }
        body.put("closesAt", java.time.LocalDate.now().plusWeeks(2).toString());
        HttpResponse<String> created = client().postJson(
                        "/api/v1/organisations/" + tenant.organisationId() + "/scans",
                        body.toString(),
                        tenant.bearer());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return parse(created.body()).get("id").asLong();
    }

    /** New invitation tokens of a scan. */
    List<String> invite(Tenant tenant, long scanId, int count) {
        HttpResponse<String> r = client().postJson(
                        "/api/v1/scans/" + scanId + "/invitations", "{\"count\":" + count + "}", tenant.bearer());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        var tokens = new ArrayList<String>();
        parse(r.body()).get("tokens").forEach(t -> tokens.add(t.asText()));
        return tokens;
    }

    /**
     * Answers every statement so that every scale scores the same: {@code keyed} (1..5) on straight
     * items and its reverse on reverse-keyed ones; score = 100 · (keyed - 1) / 4.
     */
    static Map<String, Integer> uniform(int keyed) {
        var answers = new java.util.LinkedHashMap<String, Integer>();
        for (Item item : INSTRUMENT.items()) {
            answers.put(item.id(), item.reversed() ? 6 - keyed : keyed);
        }
        return answers;
    }

    HttpResponse<String> answer(String token, String team, Map<String, ?> answers, String ideas) {
        ObjectNode body = JSON.createObjectNode();
        if (team != null) {
            body.put("team", team);
        }
        body.set("answers", JSON.valueToTree(answers));
        if (ideas != null) {
            body.put("ideas", ideas);
        }
        return client().postJson("/api/v1/public/scans/" + token + "/responses", body.toString());
    }

    void answerAll(List<String> tokens, String team, int keyed, String ideas) {
        for (String token : tokens) {
            HttpResponse<String> r = answer(token, team, uniform(keyed), ideas);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
    }

    /** Closes the scan now, as the employer may; its results become visible. */
    JsonNode close(Tenant tenant, long scanId) {
        HttpResponse<String> r = client().postJson("/api/v1/scans/" + scanId + "/close", "", tenant.bearer());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return parse(r.body());
    }

    JsonNode results(Tenant tenant, long scanId) {
        HttpResponse<String> r = client().get("/api/v1/scans/" + scanId + "/results", tenant.bearer());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return parse(r.body());
    }

    static JsonNode group(JsonNode results, String name) {
        for (JsonNode g : results.get("groups")) {
            if (g.get("group").asText().equals(name)) {
                return g;
            }
        }
        throw new AssertionError("no group " + name + " in " + results);
    }
}
