package nl.werkkracht.app.report;

import static nl.werkkracht.app.report.ReportFlow.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import nl.werkkracht.app.account.WebClient;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The report over real HTTP on the embedded database: an organisation's figures, scan, value stream and
 * route-plan choice entered through the API, then the report as JSON, PDF and page. The public rate limit
 * is lifted as in the scan tests (same configuration, so the same application context).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "werkkracht.scan.public-requests-per-minute=100000",
            "werkkracht.scan.public-failed-lookups=100000"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportApiIT {

    private static final double EPS = 1e-6;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private Tenant employer;
    private ReportFlow flow;

    WebClient client() {
        return new WebClient(port);
    }

    @BeforeAll
    void enterAScan() {
        employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        flow = new ReportFlow(client(), employer, context, ReportFlow.Answers.HTTP).all();
    }

    private String report() {
        return "/api/v1/organisations/" + employer.organisationId() + "/report";
    }

    private JsonNode json(String... headers) {
        HttpResponse<String> r = client().get(report(), headers);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return parse(r.body());
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    @Test
    void shouldReportProductivityAgainstTheSectorAndTheQuadrant() {
        JsonNode r = json(employer.bearer());

        assertThat(r.at("/profile/name").asText()).startsWith("Voorbeeldorganisatie");
        JsonNode year = r.at("/productivity/years/0");
        assertThat(r.at("/productivity/latestYear").asInt()).isEqualTo(2022);
        assertThat(year.get("hoursDerived").asBoolean()).isTrue();
        assertThat(year.at("/sector/source").asText()).isNotBlank();
        JsonNode q = r.get("quadrant");
        assertThat(q.get("available").asBoolean()).isTrue();
        assertThat(q.get("productivityRatio").asDouble())
                .isCloseTo(year.at("/sector/ratio").asDouble(), within(EPS));
        assertThat(q.get("jobQualityIndex").isInt()).as("whole points").isTrue();
        assertThat(q.get("jobQualityIndex").asInt()).isEqualTo(ReportFlow.ALL_OTHER);
        assertThat(q.get("jobQualityScales").asInt()).isEqualTo(8);
        String expected = q.get("productivityRatio").asDouble() >= 1 ? "PRODUCTIVE_UNDER_PRESSURE" : "IMPROVE_BOTH";
        assertThat(q.get("quadrant").asText()).isEqualTo(expected);
        assertThat(q.at("/basis/missing")).isEmpty();
    }

    @Test
    void shouldReportTheTopPillarsJobQualityValueStreamsIdeasAndRoutePlan() {
        JsonNode r = json(employer.bearer());

        assertThat(texts(r.at("/top/pillars"), "pillar")).containsExactly("technology", "organisation", "people");
        assertThat(r.at("/top/pillars/0/score").asInt()).isEqualTo(ReportFlow.ALL_TECHNOLOGY);
        assertThat(r.at("/top/pillars/1/score").asInt()).isEqualTo(ReportFlow.ALL_ORGANISATION);
        assertThat(r.at("/top/balanceGap").asInt()).isEqualTo(ReportFlow.ALL_TECHNOLOGY - ReportFlow.ALL_ORGANISATION);
        assertThat(r.at("/top/flagged").asBoolean()).isTrue();
        assertThat(r.at("/top/lagging").asText()).isEqualTo("organisation");
        assertThat(r.at("/top/balanceText").asText()).contains("Organisatie blijft achter");
        assertThat(texts(r.at("/jobQuality/scales"), "scale"))
                .startsWith("job.autonomy")
                .endsWith("engagement", "learning_culture");
        assertThat(r.at("/jobQuality/scales/0/all").asInt()).isEqualTo(ReportFlow.ALL_OTHER);
        assertThat(r.at("/jobQuality/scales/0/teams/Zorg").asInt()).isEqualTo(50);
        assertThat(r.at("/valueStreams/streams/0/name").asText()).isEqualTo("Storing verhelpen");
        assertThat(r.at("/valueStreams/streams/0/biggestWaste").asText()).isEqualTo("MOTION");
        assertThat(r.at("/valueStreams/streams/0/improvementHoursPerYear").asDouble())
                .isCloseTo(300 * 20 / 60.0, within(EPS));
        assertThat(r.at("/ideas/ideas")).hasSize(6);
        assertThat(r.at("/ideas/ideas/0").asText()).isEqualTo(flow.shownIdea);
        assertThat(r.at("/routePlan/proposed")).isNotEmpty();
        assertThat(r.at("/routePlan/proposed/0/why")).isNotEmpty();
        JsonNode chosen = r.at("/routePlan/chosen/0");
        assertThat(chosen.get("id").asText()).isEqualTo(flow.chosenIntervention);
        assertThat(chosen.get("owner").asText()).isEqualTo("Teamleider zorg");
        assertThat(chosen.get("startDate").asText()).isEqualTo("2026-05-01");
        assertThat(r.at("/scan/responses").asInt()).isEqualTo(14);
        assertThat(r.at("/privacy/k").asInt()).isEqualTo(5);
    }

    @Test
    void shouldKeepTheScalesAndIdeasOfSuppressedTeamsOutOfTheJsonAndThePdf() throws IOException {
        HttpResponse<String> json = client().get(report(), employer.bearer());
        HttpResponse<byte[]> pdf = client().getBytes(report() + ".pdf", employer.bearer());

        JsonNode r = parse(json.body());
        assertThat(r.at("/jobQuality/teams")).hasSize(1);
        assertThat(r.at("/jobQuality/teams/0").asText()).isEqualTo("Zorg");
        assertThat(texts(r.at("/top/teams"), "team")).containsExactly("Zorg");
        r.at("/jobQuality/scales").forEach(s -> assertThat(
                        s.get("teams").has("Kantoor") || s.get("teams").has("Avond"))
                .isFalse());
        for (JsonNode g : r.at("/scan/groups")) {
            if (!g.get("group").asText().equals("ALL")
                    && !g.get("group").asText().equals("Zorg")) {
                assertThat(g.get("suppressed").asBoolean()).isTrue();
                assertThat(g.get("n").isNull()).isTrue();
            }
        }
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        String text = pdfText(pdf.body());
        for (String where : List.of(json.body(), text)) {
            assertThat(where).doesNotContain(flow.smallTeamIdea).doesNotContain(flow.partnerTeamIdea);
        }
        assertThat(json.body()).contains(flow.shownIdea);
        assertThat(text)
                .contains(flow.shownIdea)
                .contains("Vertrouwelijk: dit rapport is alleen bestemd voor")
                .contains("als minstens 5 medewerkers hebben geantwoord")
                .contains("Zorg (n = 6)")
                .doesNotContain("Kantoor (n")
                .doesNotContain("Avond (n");
    }

    @Test
    void shouldRecordEveryViewOfTheReportInTheAuditLog() {
        client().get(report(), employer.bearer());
        client().getBytes(report() + ".pdf", employer.bearer());
        client().loggedIn(employer.username(), OrganisationFixtures.PASSWORD)
                .get("/organisations/" + employer.organisationId() + "/report");

        HttpResponse<String> audit =
                client().get("/api/v1/organisations/" + employer.organisationId() + "/audit", employer.bearer());

        List<String> reportViews = new ArrayList<>();
        parse(audit.body()).forEach(e -> {
            if (e.get("action").asText().equals("report.viewed")) {
                reportViews.add(e.get("detail").asText());
            }
        });
        assertThat(reportViews).contains("json", "pdf", "page");
    }

    @Test
    void shouldAnswer404ToAnotherTenantForTheReportItsPdfAndItsPage() {
        Tenant other = OrganisationFixtures.tenant(context, Role.ADVISER);
        WebClient browser = client().loggedIn(other.username(), OrganisationFixtures.PASSWORD);
        String page = "/organisations/" + employer.organisationId() + "/report";

        HttpResponse<String> json = client().get(report(), other.bearer());
        HttpResponse<byte[]> pdf = client().getBytes(report() + ".pdf", other.bearer());

        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.body()).doesNotContain(flow.shownIdea);
        assertThat(pdf.statusCode()).isEqualTo(404);
        assertThat(browser.get(page).statusCode()).isEqualTo(404);
        assertThat(browser.getBytes(page.replace("/report", "/report.pdf")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void shouldSayWhatIsMissingForAnOrganisationWithoutData() {
        Tenant fresh = OrganisationFixtures.tenant(context, Role.EMPLOYER);

        HttpResponse<String> r =
                client().get("/api/v1/organisations/" + fresh.organisationId() + "/report", fresh.bearer());

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = parse(r.body());
        assertThat(body.at("/quadrant/available").asBoolean()).isFalse();
        assertThat(body.at("/quadrant/quadrant").isNull()).isTrue();
        assertThat(body.at("/quadrant/basis/missing").findValuesAsText("code"))
                .containsExactly("financials.none", "scan.none");
        assertThat(body.at("/valueStreams/basis/missing/0/text").asText())
                .isEqualTo("Nog geen waardestroom in kaart gebracht.");
        assertThat(body.at("/scan").isNull()).isTrue();
    }

    @Test
    void shouldWriteTheReportInEnglishWithLangEn() {
        HttpResponse<String> english = client().get(report() + "?lang=en", employer.bearer());
        JsonNode r = parse(english.body());

        assertThat(r.at("/quadrant/quadrantNames/IMPROVE_BOTH").asText()).isEqualTo("improve both");
        assertThat(r.at("/privacy/confidential").asText()).startsWith("Confidential");
    }
}
