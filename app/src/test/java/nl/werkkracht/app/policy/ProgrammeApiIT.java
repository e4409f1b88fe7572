package nl.werkkracht.app.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkkracht.app.account.WebClient;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.policy.PolicyFixtures.User;
import nl.werkkracht.store.account.Role;
import nl.werkkracht.store.organisation.OrganisationStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The policy API on the default data (embedded database): the contract of {@code POST /api/v1/programmes}, drafts
 * private to their members (404), publication, problem details naming the field, the evaluation JSON of the
 * synthetic control, the annual report as PDF and DOCX, and the scan outreach from invitation to registration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private User owner;
    private User stranger;
    private Map<String, String> ids;
    private String base;

    @BeforeAll
    void programme() {
        owner = PolicyFixtures.user(context, Role.ANALYST);
        stranger = PolicyFixtures.user(context, Role.ANALYST);
        ids = PolicyFixtures.draftProgramme(port, owner);
        base = "/api/v1/programmes/" + ids.get("id");
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void shouldCreateAProgrammeWith201AndKeepTheDraftPrivate() throws Exception {
        WebClient api = new WebClient(port);
        HttpResponse<String> created = api.postJson(
                "/api/v1/programmes",
                "{\"name\":\"Nieuw (verzonnen)\",\"region\":\"CR11\",\"fromYear\":2025,\"toYear\":2028}",
                owner.bearer());

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode p = json(created);
        assertThat(p.get("id").asLong()).isPositive();
        assertThat(p.get("published").asBoolean()).isFalse();
        assertThat(p.get("role").asText()).isEqualTo("OWNER");
        assertThat(created.headers().firstValue("Location"))
                .contains("/api/v1/programmes/" + p.get("id").asText());
        String path = "/api/v1/programmes/" + p.get("id").asText();
        assertThat(api.get(path, stranger.bearer()).statusCode()).isEqualTo(404);
        assertThat(api.get(path).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/programmes").body()).doesNotContain("Nieuw (verzonnen)");

        api.putJson(path + "/publication", "{\"published\":true}", owner.bearer());

        assertThat(api.get(path).statusCode()).isEqualTo(200);
        assertThat(api.get(path, stranger.bearer()).statusCode()).isEqualTo(200);
        assertThat(json(api.get(path)).get("members")).isEmpty();
        assertThat(api.putJson(
                                path,
                                "{\"name\":\"x\",\"region\":\"NL\",\"fromYear\":2025,\"toYear\":2026}",
                                stranger.bearer())
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.get(path + "/audit", owner.bearer()).body()).contains("programme.published");
    }

    @Test
    void shouldNameTheFieldOfBadInput() throws Exception {
        WebClient api = new WebClient(port);
        HttpResponse<String> region = api.postJson(
                "/api/v1/programmes",
                "{\"name\":\"x\",\"region\":\"XX99\",\"fromYear\":2025,\"toYear\":2026}",
                owner.bearer());
        HttpResponse<String> years = api.postJson(
                "/api/v1/programmes",
                "{\"name\":\"x\",\"region\":\"NL\",\"fromYear\":2027,\"toYear\":2025}",
                owner.bearer());
        HttpResponse<String> target = api.postJson(
                base + "/measures/" + ids.get("measureId") + "/indicators",
                "{\"kind\":\"MANUAL\",\"metric\":\"m\",\"name\":\"m\",\"unit\":\"u\",\"source\":\"s\",\"baselineValue\":10,"
                        + "\"baselineYear\":2024,\"targetValue\":5,\"targetYear\":2027,\"direction\":\"INCREASE\"}",
                owner.bearer());
        HttpResponse<String> employer = api.postJson(
                "/api/v1/programmes",
                "{\"name\":\"x\",\"region\":\"NL\",\"fromYear\":2025,\"toYear\":2026}",
                OrganisationFixtures.tenant(context, Role.EMPLOYER).bearer());

        assertThat(region.statusCode()).isEqualTo(400);
        assertThat(json(region).get("field").asText()).isEqualTo("region");
        assertThat(json(region).get("detail").asText()).contains("XX99");
        assertThat(json(years).get("field").asText()).isEqualTo("toYear");
        assertThat(json(target).get("field").asText()).isEqualTo("targetValue");
        assertThat(employer.statusCode()).isEqualTo(403);
    }

    @Test
    void shouldEvaluateWithTheSynthContract() throws Exception {
        JsonNode e = json(new WebClient(port).get(base + "/evaluations/" + ids.get("evaluationId"), owner.bearer()));

        assertThat(e.get("regionName").asText()).isEqualTo("Overijssel");
        JsonNode s = e.get("synth");
        double sum = 0;
        for (JsonNode w : s.get("weights")) {
            sum += w.get("weight").asDouble();
        }
        assertThat(sum).isCloseTo(1, within(1e-9));
        assertThat(s.get("weights")).hasSize(11);
        assertThat(s.get("placebo").get("of").asInt()).isEqualTo(12);
        assertThat(s.get("placebo").get("pValue").asDouble())
                .isEqualTo(s.get("placebo").get("rank").asDouble() / 12);
        assertThat(s.get("preRmspe").asDouble()).isPositive();
        assertThat(e.get("beforeAfter").get("comparison").get(0).asText()).isEqualTo("Nederland");
        assertThat(e.get("verdict").asText()).isNotBlank();
        assertThat(e.get("caveats").toString()).contains("herzien");
    }

    @Test
    void shouldWriteTheAnnualReportAsPdfAndDocx() {
        WebClient api = new WebClient(port);
        HttpResponse<byte[]> pdf = api.getBytes(base + "/report.pdf?year=2025", owner.bearer());
        HttpResponse<byte[]> docx = api.getBytes(base + "/report.docx?year=2025&lang=en", owner.bearer());

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type").orElse("")).contains("wordprocessingml");
        assertThat(docx.body()[0]).isEqualTo((byte) 'P'); // a ZIP container
        assertThat(api.getBytes(base + "/report.pdf", stranger.bearer()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void shouldLetAnAdviserInviteAnEmployerWhoRegistersWithoutAnAdministrator() throws Exception {
        User adviser = PolicyFixtures.user(context, Role.ADVISER);
        WebClient api = new WebClient(port);
        assertThat(api.postJson(base + "/outreach/invitations", "{\"label\":\"Bakkerij\"}", adviser.bearer())
                        .statusCode())
                .isEqualTo(404);
        api.postJson(
                base + "/members",
                "{\"username\":\"" + adviser.username() + "\",\"role\":\"ADVISER\"}",
                owner.bearer());

        JsonNode invitation = json(
                api.postJson(base + "/outreach/invitations", "{\"label\":\"Bakkerij (verzonnen)\"}", adviser.bearer()));
        String link = invitation.get("link").asText();
        String path = link.substring(link.indexOf("/join/"));
        WebClient employer = new WebClient(port);
        String csrf = employer.csrf(path);
        HttpResponse<String> registered = employer.post(
                path,
                Map.of(
                        "_csrf", csrf,
                        "username", "werkgever-" + System.nanoTime() % 100000,
                        "password", "een lang wachtwoord 2026",
                        "name", "Bakkerij (verzonnen)",
                        "sector", "C",
                        "sizeClass", "10-49",
                        "region", "CR11"));

        assertThat(registered.statusCode()).isEqualTo(200);
        assertThat(registered.body()).contains("id=\"join-done\"");
        assertThat(employer.get(path).statusCode()).isEqualTo(404);
        OrganisationStore organisations = context.getBean(OrganisationStore.class);
        assertThat(organisations.ofMember(adviser.username()))
                .extracting(o -> o.name())
                .contains("Bakkerij (verzonnen)");
        JsonNode outreach = json(api.get(base, owner.bearer())).get("outreach");
        assertThat(outreach.get("sent").get("value").asInt()).isEqualTo(1);
        assertThat(outreach.get("registered").get("band").asText()).isEqualTo("< 5");
    }

    static String find(String body, String regex) {
        Matcher m = Pattern.compile(regex).matcher(body);
        return m.find() ? m.group(1) : null;
    }
}
