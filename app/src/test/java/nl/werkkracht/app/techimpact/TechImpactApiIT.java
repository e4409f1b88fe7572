package nl.werkkracht.app.techimpact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.werkkracht.app.account.WebClient;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Occupations, roles and technology impact over real HTTP on the embedded database, with the three made-up
 * examples of issue 13 end to end. The examples' outcomes are written to {@code target/techimpact-examples.txt}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TechImpactApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final List<String> summary = new ArrayList<>();

    private WebClient client() {
        return new WebClient(port);
    }

    @Test
    void shouldSearchOccupationsInDutchAndEnglishAndGiveTheTaskScores() throws Exception {
        Tenant t = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        JsonNode nl = JSON.readTree(
                client().get("/api/v1/occupations?q=verzorgende", t.bearer()).body());
        assertThat(nl.findValuesAsText("isco")).contains("5321");
        JsonNode en = JSON.readTree(client().get("/api/v1/occupations?q=office%20clerks", t.bearer())
                .body());
        assertThat(en.get(0).get("isco").asText()).isEqualTo("4110");
        assertThat(en.get(0).get("titleNl").asText()).isEqualTo("Algemeen administratief medewerkers");
        assertThat(en.get(0).get("gradient").asText()).isEqualTo("GRADIENT_4");

        JsonNode clerks = JSON.readTree(
                client().get("/api/v1/occupations/4110", t.bearer()).body());
        assertThat(clerks.get("meanScore").asDouble()).isCloseTo(0.60, within(1e-12));
        assertThat(clerks.get("sdScore").asDouble()).isCloseTo(0.10, within(1e-12));
        assertThat(clerks.get("gradientLabel").asText()).isEqualTo("Exposed: Gradient 4");
        assertThat(clerks.get("tasks")).hasSize(8);
        assertThat(clerks.get("tasks").get(7).get("score").asDouble()).isCloseTo(0.7125, within(1e-12));
        assertThat(clerks.get("source").asText()).contains("ILO Working Paper 140");
        assertThat(client().get("/api/v1/occupations/9999", t.bearer()).statusCode())
                .isEqualTo(404);

        String openApi = client().get("/v3/api-docs", t.bearer()).body();
        assertThat(openApi)
                .contains(
                        "/api/v1/occupations/{isco}",
                        "/api/v1/organisations/{id}/roles",
                        "/api/v1/organisations/{id}/technology-impact/{analysisId}",
                        "/api/v1/technology-applications");
    }

    /** The monitor's profile of the major groups: unweighted, and it says employment by occupation is missing. */
    @Test
    void shouldProfileTheMajorGroupsWithoutInventingARegionalExposure() throws Exception {
        Tenant t = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        JsonNode p = JSON.readTree(
                client().get("/api/v1/occupations/groups", t.bearer()).body());
        assertThat(p.get("groups")).hasSize(9); // armed forces (0) are not in the ILO data
        int total = 0;
        String top = "";
        double max = -1;
        for (JsonNode g : p.get("groups")) {
            total += g.get("occupations").asInt();
            if (g.get("meanScore").asDouble() > max) {
                max = g.get("meanScore").asDouble();
                top = g.get("code").asText();
            }
        }
        assertThat(total).isEqualTo(427);
        assertThat(top).isEqualTo("4");
        assertThat(p.get("note").asText()).contains("not in Werkkracht's data", "no regional exposure");
        String page = client().get("/monitor/occupations?lang=nl&q=verzorgende", t.bearer())
                .body();
        assertThat(page).contains("niet van werkenden", "Administratief en ondersteunend personeel", "5321");
    }

    @Test
    void shouldRefuseARoleWithAnUnknownOccupationOrATwinName() throws Exception {
        Tenant t = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        String roles = "/api/v1/organisations/" + t.organisationId() + "/roles";
        HttpResponse<String> unknown =
                client().postJson(roles, TechImpactExamples.role("X", 1, 100, "9999", "[]"), t.bearer());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("isco");
        HttpResponse<String> tooMuch = client().postJson(
                        roles,
                        TechImpactExamples.role(
                                "X", 1, 100, "4110", "[{\"task\":1,\"share\":0.7},{\"task\":2,\"share\":0.5}]"),
                        t.bearer());
        assertThat(tooMuch.statusCode()).isEqualTo(400);
        assertThat(tooMuch.body()).contains("tasks");
        assertThat(client().postJson(roles, TechImpactExamples.role("Planner", 1, 100, "4322", "[]"), t.bearer())
                        .statusCode())
                .isEqualTo(201);
        HttpResponse<String> twin =
                client().postJson(roles, TechImpactExamples.role("planner", 1, 100, "4322", "[]"), t.bearer());
        assertThat(twin.statusCode()).isEqualTo(400);
        assertThat(twin.body()).contains("name");
    }

    /** Administrative office: the clerks' work is exposed evenly (automation pattern) — people in command, redesign. */
    @Test
    void shouldRunTheAdministrativeOfficeExample() throws Exception {
        JsonNode a = example(TechImpactExamples.OFFICE);
        JsonNode clerk = role(a, "Administratief medewerker");
        // tasks 1, 4, 6, 7 at 0.3, 0.2, 0.2, 0.2: (0.1785 + 0.13 + 0.126 + 0.137) / 0.9 = 0.63944…
        assertThat(clerk.get("mean").asDouble()).isCloseTo(0.5715 / 0.9, within(1e-9));
        assertThat(clerk.get("pattern").asText()).isEqualTo("AUTOMATION");
        assertThat(clerk.get("high").asBoolean()).isTrue();
        assertThat(clerk.get("steps")).hasSize(2);
        assertThat(kinds(a))
                .contains(
                        "INTRODUCE",
                        "HUMAN_IN_COMMAND",
                        "PARTICIPATION",
                        "TRAINING_DURING_IMPLEMENTATION",
                        "JOB_REDESIGN",
                        "LEARNING_ON_THE_JOB");
        assertThat(a.get("potentialHigh").asDouble())
                .isGreaterThan(a.get("potentialLow").asDouble());
    }

    /** Care: the care roles are barely exposed; speech-to-text touches reporting, so learning and balance follow. */
    @Test
    void shouldRunTheCareExample() throws Exception {
        JsonNode a = example(TechImpactExamples.CARE);
        JsonNode carer = role(a, "Verzorgende IG");
        assertThat(carer.get("pattern").asText()).isEqualTo("LOW");
        assertThat(carer.get("high").asBoolean()).isFalse();
        assertThat(carer.get("touchedShare").asDouble()).isGreaterThan(0);
        assertThat(role(a, "Verpleegkundige").get("touchedShare").asDouble()).isCloseTo(0.2, within(1e-9));
        assertThat(kinds(a)).contains("INTRODUCE", "TRAINING_DURING_IMPLEMENTATION", "LEARNING_ON_THE_JOB");
        assertThat(routes(a)).contains("TECHNOLOGY", "ORGANISATION", "EMPLOYEE");
    }

    /** Installation firm: planning touches the planner, not the electricians; 4 handovers between roles. */
    @Test
    void shouldRunTheInstallationFirmExample() throws Exception {
        Tenant t = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        JsonNode a = TechImpactExamples.run(client(), t.organisationId(), t.bearer(), TechImpactExamples.INSTALLER);
        describe(TechImpactExamples.INSTALLER, a);
        assertThat(role(a, "Monteur").get("touchedShare").asDouble()).isZero();
        assertThat(role(a, "Monteur").get("pattern").asText()).isEqualTo("LOW");
        assertThat(role(a, "Planner").get("touchedShare").asDouble()).isGreaterThan(0);
        JsonNode streams =
                JSON.readTree(client().get("/api/v1/organisations/" + t.organisationId() + "/value-streams", t.bearer())
                        .body());
        // Binnendienst → Planner → Werkvoorbereider → Monteur, Monteur → Binnendienst
        assertThat(streams.get(0).get("handovers").asInt()).isEqualTo(4);
        assertThat(streams.get(0).get("steps").get(0).get("name").asText()).isEqualTo("Melding aannemen");
        assertThat(routes(a)).contains("TECHNOLOGY", "ORGANISATION", "EMPLOYEE");

        // the planner's learning plan: owner and dates, kept with the analysis
        String learning = "/api/v1/organisations/" + t.organisationId() + "/technology-impact/"
                + a.get("id").asLong() + "/learning";
        HttpResponse<String> planned = client().putJson(
                        learning,
                        "[{\"role\":\"Planner\",\"owner\":\"Hoofd planning\",\"start\":\"2027-02-01\",\"end\":\"2027-05-01\"}]",
                        t.bearer());
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(200);
        JsonNode plan = JSON.readTree(planned.body()).get("learning");
        assertThat(plan).hasSize(1);
        assertThat(plan.get(0).get("owner").asText()).isEqualTo("Hoofd planning");
        assertThat(plan.get(0).get("start").asText()).isEqualTo("2027-02-01");
        HttpResponse<String> backwards = client().putJson(
                        learning,
                        "[{\"role\":\"Planner\",\"start\":\"2027-05-01\",\"end\":\"2027-02-01\"}]",
                        t.bearer());
        assertThat(backwards.statusCode()).isEqualTo(400);
    }

    /** The follow-up page tracks each touched role's learning plan: owner, dates and whether it is overdue. */
    @Test
    void shouldTrackTheLearningPlansOnTheFollowUpPage() throws Exception {
        Tenant t = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        JsonNode a = TechImpactExamples.run(client(), t.organisationId(), t.bearer(), TechImpactExamples.INSTALLER);
        String learning = "/api/v1/organisations/" + t.organisationId() + "/technology-impact/"
                + a.get("id").asLong() + "/learning";
        HttpResponse<String> planned = client().putJson(
                        learning,
                        "[{\"role\":\"Planner\",\"owner\":\"Hoofd planning\",\"start\":\"2020-02-01\",\"end\":\"2020-05-01\"}]",
                        t.bearer());
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(200);
        HttpResponse<String> page =
                client().get("/organisations/" + t.organisationId() + "/followup?lang=nl", t.bearer());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"learning-table\"", "Hoofd planning", "1 februari 2020", "1 mei 2020")
                .contains("data-role=\"Planner\" data-status=\"OVERDUE\"", "einddatum verstreken")
                .doesNotContain("data-role=\"Monteur\"");

        // marked done: the follow-up says so with the day, whatever the end date says
        HttpResponse<String> done = client().putJson(
                        learning,
                        "[{\"role\":\"Planner\",\"owner\":\"Hoofd planning\",\"start\":\"2020-02-01\","
                                + "\"end\":\"2020-05-01\",\"done\":\"2020-04-24\"}]",
                        t.bearer());
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(JSON.readTree(done.body()).get("learning").get(0).get("done").asText())
                .isEqualTo("2020-04-24");
        assertThat(client().get("/organisations/" + t.organisationId() + "/followup?lang=nl", t.bearer())
                        .body())
                .contains("data-role=\"Planner\" data-status=\"DONE\"", "afgerond op 24 april 2020")
                .doesNotContain("einddatum verstreken");
    }

    /** The report (page and PDF) has a technology impact section: roles, pattern, the range with its assumptions, measures. */
    @Test
    void shouldShowTheTechnologyImpactInTheReportPageAndPdf() throws Exception {
        Tenant t = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        HttpResponse<String> before =
                client().get("/organisations/" + t.organisationId() + "/report?lang=nl", t.bearer());
        assertThat(before.body()).contains("id=\"report-tech-impact\"", "Nog geen technologie-impactanalyse");
        JsonNode a = TechImpactExamples.run(client(), t.organisationId(), t.bearer(), TechImpactExamples.OFFICE);
        HttpResponse<String> page =
                client().get("/organisations/" + t.organisationId() + "/report?lang=nl", t.bearer());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "id=\"report-tech-impact\"",
                        "data-analysis=\"" + a.get("id").asLong() + "\"")
                .contains("data-role=\"Administratief medewerker\"", "Aannames:", "uur per jaar vrijmaken")
                .contains("Leren op de werkplek", "geen besparing")
                .doesNotContain("Nog geen technologie-impactanalyse");
        HttpResponse<byte[]> pdf =
                client().getBytes("/api/v1/organisations/" + t.organisationId() + "/report.pdf", t.bearer());
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .replaceAll("\\s+", " ");
        }
        assertThat(text)
                .contains("Impact van technologie", "Geraakte functies", "Administratief medewerker")
                .contains("uur per jaar vrijmaken", "Aannames:", "Leren op de werkplek");
    }

    private JsonNode example(TechImpactExamples.Example example) throws Exception {
        Tenant t = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        JsonNode a = TechImpactExamples.run(client(), t.organisationId(), t.bearer(), example);
        JsonNode again = JSON.readTree(client().get(
                        "/api/v1/organisations/" + t.organisationId() + "/technology-impact/"
                                + a.get("id").asLong(),
                        t.bearer())
                .body());
        assertThat(again.get("roles")).hasSize(example.roles().size());
        describe(example, a);
        return a;
    }

    private void describe(TechImpactExamples.Example example, JsonNode a) {
        summary.add(example.name() + " — " + a.get("applicationNameNl").asText());
        summary.add(String.format(
                Locale.ROOT,
                "  organisation exposure %.3f; hours concerned %.0f; could free %.0f–%.0f h/yr",
                a.get("organisationExposure").asDouble(),
                a.get("hoursConcerned").asDouble(),
                a.get("potentialLow").asDouble(),
                a.get("potentialHigh").asDouble()));
        for (JsonNode r : a.get("roles")) {
            summary.add(String.format(
                    Locale.ROOT,
                    "  %-26s %s %-13s mean %.3f sd %.3f exposed %.0f%% %-12s touched %.0f%% steps %d%s",
                    r.get("role").asText(),
                    r.get("isco").asText(),
                    r.get("gradient").asText(),
                    r.get("mean").asDouble(),
                    r.get("spread").asDouble(),
                    100 * r.get("exposedShare").asDouble(),
                    r.get("pattern").asText(),
                    100 * r.get("touchedShare").asDouble(),
                    r.get("steps").size(),
                    r.get("high").asBoolean() ? " HIGH" : ""));
        }
        for (JsonNode c : a.get("consequences")) {
            summary.add("  -> " + c.get("route").asText() + " " + c.get("kind").asText()
                    + (c.get("role").isNull() ? "" : " [" + c.get("role").asText() + "]") + " because "
                    + c.get("rule").asText() + " " + c.get("roles"));
        }
    }

    @AfterAll
    void writeSummary() throws IOException {
        Files.writeString(
                Path.of("target", "techimpact-examples.txt"),
                String.join("\n", summary) + "\n",
                StandardCharsets.UTF_8);
    }

    private static JsonNode role(JsonNode analysis, String name) {
        for (JsonNode r : analysis.get("roles")) {
            if (r.get("role").asText().equals(name)) {
                return r;
            }
        }
        throw new AssertionError("no role " + name);
    }

    private static List<String> kinds(JsonNode analysis) {
        return analysis.get("consequences").findValuesAsText("kind");
    }

    private static List<String> routes(JsonNode analysis) {
        return analysis.get("consequences").findValuesAsText("route");
    }
}
