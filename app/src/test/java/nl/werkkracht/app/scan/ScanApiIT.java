package nl.werkkracht.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import nl.werkkracht.store.audit.AuditEvent;
import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.scan.ScanStore;
import org.junit.jupiter.api.Test;

/** The scan API on the embedded database: the flow of {@link ScanFlowContract}, bad input, tenancy, audit. */
class ScanApiIT extends ScanFlowContract {

    private JsonNode problem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return parse(r.body());
    }

    @Test
    void shouldNameTheFieldOfEveryBadAnswer() {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        long scanId = createScan(employer, "Zorg", "Kantoor");
        String token = invite(employer, scanId, 1).get(0);

        assertThat(problem(answer(token, "Zorg", Map.of("tech.tools.9", 3), null), 400)
                        .get("field")
                        .asText())
                .isEqualTo("answers.tech.tools.9");
        assertThat(problem(answer(token, "Zorg", Map.of("tech.tools.1", 6), null), 400)
                        .get("field")
                        .asText())
                .isEqualTo("answers.tech.tools.1");
        assertThat(problem(answer(token, "Zorg", Map.of("tech.tools.2", 3.5), null), 400)
                        .get("field")
                        .asText())
                .isEqualTo("answers.tech.tools.2");
        assertThat(problem(answer(token, "Zorg", Map.of("tech.tools.2", "4"), null), 400)
                        .get("field")
                        .asText())
                .isEqualTo("answers.tech.tools.2");
        assertThat(problem(answer(token, null, uniform(3), null), 400)
                        .get("field")
                        .asText())
                .isEqualTo("team");
        JsonNode unknownTeam = problem(answer(token, "Directie", uniform(3), null), 400);
        assertThat(unknownTeam.get("field").asText()).isEqualTo("team");
        assertThat(unknownTeam.get("type").asText()).isEqualTo("https://werkkracht.nl/problems/invalid-answer");
        assertThat(problem(answer(token, "Zorg", Map.of(), null), 400)
                        .get("field")
                        .asText())
                .isEqualTo("answers");
        assertThat(problem(answer(token, "Zorg", Map.of(), "x".repeat(2001)), 400)
                        .get("field")
                        .asText())
                .isEqualTo("ideas");
        // none of these used the invitation
        assertThat(answer(token, "Zorg", uniform(4), null).statusCode()).isEqualTo(201);
    }

    @Test
    void shouldAnswerGoneForAClosedScanAndNotFoundForAnUnknownToken() {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        var closed = context.getBean(ScanStore.class)
                .create(
                        employer.organisationId(),
                        "werkkracht",
                        1,
                        List.of(),
                        Instant.now().minusSeconds(60))
                .orElseThrow();
        String token = context.getBean(ScanService.class).invite(closed.id(), 1).get(0);

        JsonNode gone = problem(answer(token, null, uniform(3), null), 410);
        assertThat(gone.get("field").asText()).isEqualTo("token");
        assertThat(gone.get("type").asText()).endsWith("/scan-closed");
        assertThat(problem(client().get("/api/v1/public/scans/" + token), 410)
                        .get("field")
                        .asText())
                .isEqualTo("token");
        assertThat(problem(answer("abcdefghijklmnopqrstuvwxyz", null, uniform(3), null), 404)
                        .get("field")
                        .asText())
                .isEqualTo("token");
        assertThat(problem(client().get("/api/v1/public/scans/nonsense"), 404)
                        .get("field")
                        .asText())
                .isEqualTo("token");
    }

    @Test
    void shouldServeTheQuestionnaireInTheRequestsLanguageWithItsTeams() {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        long scanId = createScan(employer, "Zorg", "Kantoor");
        String token = invite(employer, scanId, 1).get(0);

        JsonNode dutch = parse(client().get("/api/v1/public/scans/" + token).body());
        JsonNode english = parse(client().get("/api/v1/public/scans/" + token, "Accept-Language", "en-GB,en;q=0.8")
                .body());
        JsonNode byParameter =
                parse(client().get("/api/v1/public/scans/" + token + "?lang=en").body());

        assertThat(dutch.get("language").asText()).isEqualTo("nl");
        assertThat(dutch.get("teams").get(0).asText()).isEqualTo("Zorg");
        assertThat(dutch.get("answerLabels").get(0).asText()).isEqualTo("Helemaal mee oneens");
        assertThat(dutch.get("scales")).hasSize(22);
        assertThat(dutch.get("questions").asInt()).isEqualTo(60);
        assertThat(dutch.get("scales").get(0).get("items").get(0).get("id").asText())
                .isEqualTo("tech.tools.1");
        assertThat(english.get("language").asText()).isEqualTo("en");
        assertThat(english.get("answerLabels").get(4).asText()).isEqualTo("Strongly agree");
        assertThat(byParameter.get("openQuestion").get("text").asText()).startsWith("What would make your work");
        assertThat(dutch.toString()).doesNotContain("reversed");
    }

    @Test
    void shouldListScansAndMakeAtMostAThousandInvitations() {
        Tenant adviser = OrganisationFixtures.tenant(context, Role.ADVISER);
        long scanId = createScan(adviser, "A", "B");
        invite(adviser, scanId, 3);

        JsonNode list =
                parse(client().get("/api/v1/organisations/" + adviser.organisationId() + "/scans", adviser.bearer())
                        .body());
        HttpResponse<String> tooMany =
                client().postJson("/api/v1/scans/" + scanId + "/invitations", "{\"count\":1001}", adviser.bearer());
        HttpResponse<String> oneTeam = client().postJson(
                        "/api/v1/organisations/" + adviser.organisationId() + "/scans",
                        "{\"teams\":[\"A\"],\"closesAt\":\"2099-01-01\"}",
                        adviser.bearer());
        HttpResponse<String> past = client().postJson(
                        "/api/v1/organisations/" + adviser.organisationId() + "/scans",
                        "{\"teams\":[],\"closesAt\":\"2001-01-01\"}",
                        adviser.bearer());

        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("invitations").asInt()).isEqualTo(3);
        assertThat(list.get(0).get("teams").get(1).asText()).isEqualTo("B");
        assertThat(list.get(0).get("open").asBoolean()).isTrue();
        assertThat(problem(tooMany, 400).get("field").asText()).isEqualTo("count");
        assertThat(problem(oneTeam, 400).get("field").asText()).isEqualTo("teams");
        assertThat(problem(past, 400).get("field").asText()).isEqualTo("closesAt");
    }

    @Test
    void shouldGiveLinksAndTokensOnceAndStoreOnlyTheirHashes() {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        long scanId = createScan(employer);

        JsonNode issued =
                parse(client().postJson("/api/v1/scans/" + scanId + "/invitations", "{\"count\":2}", employer.bearer())
                        .body());

        String token = issued.get("tokens").get(0).asText();
        assertThat(token).matches("[a-z2-7]{26}");
        assertThat(issued.get("links").get(0).asText()).endsWith("/s/" + token);
        String dump = context.getBean(nl.werkkracht.store.db.Database.class).inTransaction(connection -> {
            var out = new StringBuilder();
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT token_hash FROM invitation")) {
                while (rows.next()) {
                    out.append(rows.getString(1)).append('\n');
                }
            }
            return out.toString();
        });
        assertThat(dump).doesNotContain(token).contains(InvitationTokens.hash(token));
    }

    /** One organisation's member can reach no scan endpoint of another organisation: 404 everywhere. */
    @Test
    void shouldKeepEveryScanEndpointToTheOrganisationsMembers() {
        Tenant owner = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        Tenant other = OrganisationFixtures.tenant(context, Role.ADVISER);
        long scanId = createScan(owner, "A", "B");
        String[] bearer = other.bearer();
        long org = owner.organisationId();

        assertThat(problem(
                        client().postJson(
                                        "/api/v1/organisations/" + org + "/scans",
                                        "{\"closesAt\":\"2099-01-01\"}",
                                        bearer),
                        404))
                .isNotNull();
        assertThat(problem(client().get("/api/v1/organisations/" + org + "/scans", bearer), 404))
                .isNotNull();
        assertThat(problem(client().get("/api/v1/scans/" + scanId, bearer), 404))
                .isNotNull();
        assertThat(problem(client().postJson("/api/v1/scans/" + scanId + "/invitations", "{\"count\":1}", bearer), 404))
                .isNotNull();
        assertThat(problem(client().get("/api/v1/scans/" + scanId + "/results", bearer), 404))
                .isNotNull();
        assertThat(problem(client().get("/api/v1/scans/" + scanId + "/results?format=csv", bearer), 404))
                .isNotNull();
        assertThat(problem(client().get("/api/v1/scans/" + 987_654_321L + "/results", bearer), 404))
                .isNotNull();
        assertThat(problem(client().postJson("/api/v1/scans/" + scanId + "/close", "", bearer), 404))
                .isNotNull();
        assertThat(parse(client().get("/api/v1/scans/" + scanId, owner.bearer()).body())
                        .get("open")
                        .asBoolean())
                .as("another tenant cannot close the scan")
                .isTrue();
        assertThat(client().get("/api/v1/scans/" + scanId + "/results").statusCode())
                .isEqualTo(401);
        assertThat(parse(client().get("/api/v1/organisations/" + org + "/scans", owner.bearer())
                        .body()))
                .hasSize(1);
    }

    @Test
    void shouldCloseOnceAndDescribeClosingInOpenApi() {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        long scanId = createScan(employer);
        String token = invite(employer, scanId, 1).get(0);

        JsonNode first = close(employer, scanId);
        JsonNode again = close(employer, scanId);
        JsonNode api = parse(client().get("/v3/api-docs").body());

        assertThat(first.get("open").asBoolean()).isFalse();
        assertThat(again.get("closesAt")).as("closing twice changes nothing").isEqualTo(first.get("closesAt"));
        assertThat(problem(answer(token, null, uniform(3), null), 410)
                        .get("type")
                        .asText())
                .endsWith("/scan-closed");
        assertThat(results(employer, scanId)
                        .get("groups")
                        .get(0)
                        .get("suppressed")
                        .asBoolean())
                .isTrue();
        assertThat(api.at("/paths/~1api~1v1~1scans~1{scanId}~1close/post/summary")
                        .asText())
                .contains("Close the scan");
        assertThat(api.at("/paths/~1api~1v1~1scans~1{scanId}~1results/get/responses/409")
                        .isMissingNode())
                .isFalse();
        assertThat(context.getBean(AuditLog.class).ofOrganisation(employer.organisationId(), 50).stream()
                        .filter(e -> e.action().equals("scan.closed"))
                        .count())
                .as("closing is recorded once")
                .isEqualTo(1);
    }

    @Test
    void shouldRecordWhoCreatedAndViewedTheScan() {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        long scanId = createScan(employer);
        invite(employer, scanId, 1);
        close(employer, scanId);
        results(employer, scanId);
        client().get("/api/v1/scans/" + scanId + "/results?format=xlsx", employer.bearer());

        List<String> actions = context.getBean(AuditLog.class).ofOrganisation(employer.organisationId(), 50).stream()
                .filter(e -> e.username().equals(employer.username()))
                .map(AuditEvent::action)
                .toList();

        assertThat(actions)
                .contains(
                        "scan.created",
                        "scan.invitations.created",
                        "scan.closed",
                        "scan.results.viewed",
                        "scan.results.exported");
    }
}
