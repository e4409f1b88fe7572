package nl.werkkracht.app.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import nl.werkkracht.store.db.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The attack of issue 9, replayed through the API against the running server: an administrator mints an
 * API token for an employer and reads the employer's organisation, scans and audit log with it. It must
 * fail, and so must every way around it: the administrator's own token and session, a token the operator
 * makes with {@code ./werkkracht users token}, and that token turning itself into an ordinary one. Support
 * access that the organisation grants opens it for a while, recorded under the administrator's own name,
 * and closes again when revoked or expired (ADR 0015). The organisation is an invented fixture.
 */
class OperatorsAreNotReadersIT extends RunningPlatform {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String FIGURES = "{\"revenue\":\"4.150.000\",\"purchases\":1500000,"
            + "\"otherIntermediateCosts\":\"350.000\",\"fte\":\"29,5\",\"contractHoursPerWeek\":38,"
            + "\"absenceRate\":0.05}";

    @Autowired
    ApplicationContext context;

    @Autowired
    Database database;

    private Tenant employer;
    private String org;
    private String[] admin;

    @BeforeEach
    void employerWithFiguresAndAScan() {
        employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        org = "/api/v1/organisations/" + employer.organisationId();
        assertThat(browser()
                        .putJson(org + "/financials/2025", FIGURES, employer.bearer())
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> scan = browser()
                .postJson(
                        org + "/scans",
                        "{\"teams\":[\"A\",\"B\"],\"closesAt\":\"2099-01-01T00:00:00Z\"}",
                        employer.bearer());
        assertThat(scan.statusCode()).as(scan.body()).isEqualTo(201);
        // the administrator's own token, made as any user makes one (at /account/tokens)
        admin = bearer("admin");
    }

    /** What the attacker reads: the organisation, its figures, its scans and its audit log. */
    private List<String> readPaths() {
        return List.of(org, org + "/financials", org + "/financials/2025", org + "/scans", org + "/audit");
    }

    @Test
    void shouldRefuseTheAdministratorATokenForSomebodyElse() throws Exception {
        int before = accounts.tokens(employer.username()).size();

        HttpResponse<String> minted =
                browser().postJson("/api/v1/users/" + employer.username() + "/tokens", "{\"name\":\"x\"}", admin);

        assertThat(minted.statusCode()).isEqualTo(403);
        assertThat(minted.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(minted.body()).get("reason").asText()).isEqualTo("NOT_OWNER");
        assertThat(minted.body()).doesNotContain("wk_");
        assertThat(accounts.tokens(employer.username())).hasSize(before);
    }

    @Test
    void shouldNotLetTheAdministratorReadAnOrganisationThatGrantsNoSupport() {
        for (String path : readPaths()) {
            assertThat(browser().get(path, admin).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(browser().get("/api/v1/organisations", admin).body()).doesNotContain("verzonnen");
        WebClient session = admin();
        assertThat(session.get("/organisations/" + employer.organisationId()).statusCode())
                .isEqualTo(404);
        assertThat(session.get("/organisations/" + employer.organisationId() + "/financials")
                        .statusCode())
                .isEqualTo(404);
        assertThat(browser().get(org + "/audit", employer.bearer()).body()).doesNotContain("\"admin\"");
    }

    @Test
    void shouldNotOpenOrganisationDataWithATokenTheOperatorMade() {
        Cli cli =
                Cli.run(Map.of("WERKKRACHT_DATA_DIR", DATA_DIR.toString()), "", "users", "token", employer.username());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.err()).contains("NEVER opens organisation data");
        String[] operators = {"Authorization", "Bearer " + cli.out().strip()};

        for (String path : readPaths()) {
            assertThat(browser().get(path, operators).statusCode()).as(path).isIn(403, 404);
        }
        assertThat(browser()
                        .get("/organisations/" + employer.organisationId(), operators)
                        .statusCode())
                .isIn(403, 404);
        // nor can it turn itself into an ordinary token of the employer, by the API or the page
        HttpResponse<String> api =
                browser().postJson("/api/v1/users/" + employer.username() + "/tokens", "{\"name\":\"x\"}", operators);
        HttpResponse<String> page = browser().post("/account/tokens", Map.of("name", "x"), operators);
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).doesNotContain("wk_");
        assertThat(accounts.tokens(employer.username()))
                .filteredOn(t -> !t.operatorIssued())
                .hasSize(1);
        // the monitor still works with it: the token is for operators' scripts
        assertThat(browser().get("/api/v1/version", operators).statusCode()).isEqualTo(200);
        // and the employer sees it on their own token page as made by the operator
        assertThat(browser()
                        .loggedIn(employer.username(), OrganisationFixtures.PASSWORD)
                        .get("/account/tokens")
                        .body())
                .contains("gemaakt door de beheerder");
    }

    @Test
    void shouldOpenForAWhileWhenTheOrganisationGrantsSupportAndRecordItUnderTheAdministratorsName() throws Exception {
        HttpResponse<String> granted = browser().putJson(org + "/support-access", "{\"days\":7}", employer.bearer());
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
        JsonNode grant = JSON.readTree(granted.body());
        assertThat(grant.get("grantedBy").asText()).isEqualTo(employer.username());
        assertThat(Instant.parse(grant.get("expiresAt").asText()))
                .isCloseTo(Instant.now().plus(7, ChronoUnit.DAYS), within(1, ChronoUnit.MINUTES));

        for (String path : readPaths()) {
            assertThat(browser().get(path, admin).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(browser().get("/api/v1/support/organisations", admin).body())
                .contains("\"organisationId\":" + employer.organisationId());
        WebClient session = admin();
        HttpResponse<String> overview = session.get("/organisations/" + employer.organisationId());
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("id=\"support-visit\"").doesNotContain("id=\"member-form\"");
        // support does not decide who has access, does not delete, does not take everything away
        assertThat(browser()
                        .postJson(org + "/members", "{\"username\":\"admin\"}", admin)
                        .statusCode())
                .isEqualTo(404);
        assertThat(browser().delete(org, admin).statusCode()).isEqualTo(404);
        assertThat(browser().get(org + "/export", admin).statusCode()).isEqualTo(404);
        assertThat(browser()
                        .putJson(org + "/support-access", "{\"days\":30}", admin)
                        .statusCode())
                .isEqualTo(404);
        // an operator's token of the administrator is still nothing
        String[] operators = {
            "Authorization",
            "Bearer " + accounts.issueOperatorToken("admin", "cli").token()
        };
        assertThat(browser().get(org, operators).statusCode()).isIn(403, 404);

        JsonNode audit =
                JSON.readTree(browser().get(org + "/audit", employer.bearer()).body());
        List<String> adminLines = audit.findParents("username").stream()
                .filter(e -> e.get("username").asText().equals("admin"))
                .map(e -> e.get("action").asText() + " " + e.get("detail").asText())
                .toList();
        assertThat(adminLines).contains("support.used GET " + org + "/financials", "support.used GET " + org);
        assertThat(adminLines).allMatch(line -> line.startsWith("support.used ") || line.contains(".viewed"));
        assertThat(audit.findValuesAsText("action")).contains("support.granted");

        HttpResponse<String> revoked = browser().delete(org + "/support-access", employer.bearer());
        assertThat(revoked.statusCode()).isEqualTo(204);
        for (String path : readPaths()) {
            assertThat(browser().get(path, admin).statusCode())
                    .as("after revoking: " + path)
                    .isEqualTo(404);
        }
    }

    @Test
    void shouldCloseByItselfWhenTheSupportPeriodEnds() {
        assertThat(browser()
                        .putJson(org + "/support-access", "{\"days\":1}", employer.bearer())
                        .statusCode())
                .isEqualTo(200);
        assertThat(browser().get(org, admin).statusCode()).isEqualTo(200);

        // a day and a minute later
        Instant past = Instant.now().minus(1, ChronoUnit.MINUTES);
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE support_access SET granted_at = ?, expires_at = ? WHERE organisation_id = ?")) {
                update.setObject(1, OffsetDateTime.ofInstant(past.minus(1, ChronoUnit.DAYS), ZoneOffset.UTC));
                update.setObject(2, OffsetDateTime.ofInstant(past, ZoneOffset.UTC));
                update.setLong(3, employer.organisationId());
                return update.executeUpdate();
            }
        });

        assertThat(browser().get(org, admin).statusCode()).isEqualTo(404);
        assertThat(browser().get(org + "/support-access", employer.bearer()).statusCode())
                .isEqualTo(404);
        assertThat(browser().get("/api/v1/support/organisations", admin).body())
                .doesNotContain("\"organisationId\":" + employer.organisationId() + ",");
    }

    @Test
    void shouldKeepAnAccountTheAdministratorMadeOnThePasswordPageUntilItsOwnerChoosesOne() {
        String name = "made-by-admin-" + System.nanoTime() % 100000;
        String known = "the administrator knows this";
        HttpResponse<String> created = browser()
                .postJson(
                        "/api/v1/users",
                        "{\"username\":\"" + name + "\",\"role\":\"EMPLOYER\",\"password\":\"" + known + "\"}",
                        admin);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        // the employer gives the new account access to the organisation
        browser().postJson(org + "/members", "{\"username\":\"" + name + "\"}", employer.bearer());

        // whoever knows the first password reaches nothing but the password page
        WebClient session = browser().loggedIn(name, known);
        HttpResponse<String> organisation = session.get("/organisations/" + employer.organisationId());
        HttpResponse<String> tokens = session.get("/account/tokens");
        HttpResponse<String> api = session.get(org);
        String csrf = session.csrf("/account/password");
        HttpResponse<String> mint = session.post("/account/tokens", Map.of("name", "x", "_csrf", csrf));
        assertThat(organisation.statusCode()).isEqualTo(302);
        assertThat(organisation.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/account/password"));
        assertThat(tokens.statusCode()).isEqualTo(302);
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(mint.statusCode()).isEqualTo(302);
        assertThat(accounts.tokens(name)).isEmpty();
        assertThat(session.get("/account/password").body()).contains("id=\"must-choose\"");

        // the owner chooses their own: the account works, and the first password no longer does
        HttpResponse<String> chosen = session.postWithCsrf(
                "/account/password",
                "/account/password",
                Map.of("current", known, "password", "only the owner knows", "repeat", "only the owner knows"));
        assertThat(chosen.body()).contains("id=\"account-notice\"");
        assertThat(session.get("/organisations/" + employer.organisationId()).statusCode())
                .isEqualTo(200);
        assertThat(browser().login(name, known).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("error"));
        assertThat(accounts.passwordChangeRequired(name)).isFalse();
    }

    @Test
    void shouldRefuseASupportPeriodOutsideOneToThirtyDaysNamingTheField() throws Exception {
        HttpResponse<String> tooLong = browser().putJson(org + "/support-access", "{\"days\":365}", employer.bearer());
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(tooLong.body()).get("field").asText()).isEqualTo("days");
        assertThat(browser().get(org, admin).statusCode()).isEqualTo(404);
    }
}
