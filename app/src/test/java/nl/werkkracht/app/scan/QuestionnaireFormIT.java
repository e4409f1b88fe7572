package nl.werkkracht.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import nl.werkkracht.app.account.WebClient;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import nl.werkkracht.store.scan.ScanStore;
import org.junit.jupiter.api.Test;

/**
 * The questionnaire without JavaScript (progressive enhancement): one plain form with every scale and a
 * "don't know" choice per statement, sent as a form post; "don't know" is stored as no answer. The page
 * is the employees' own: no site menu, login or API link, and the privacy statement with the
 * organisation's name.
 */
class QuestionnaireFormIT extends ScanHttp {

    @Test
    void shouldTakeThePlainFormWithDontKnowAsNoAnswer() {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        long scanId = createScan(employer, "Zorg", "Kantoor");
        String token = invite(employer, scanId, 1).get(0);
        WebClient employee = client();

        String page = employee.get("/s/" + token + "?lang=nl").body();

        assertThat(page.split("class=\"wk-scan-scale wk-scan-step\"", -1)).hasSize(22 + 1);
        assertThat(page.split("value=\"na\"", -1)).hasSize(60 + 1);
        assertThat(page)
                .contains("Weet ik niet / niet van toepassing")
                .contains("Privacyverklaring bij deze vragenlijst")
                .contains("is verantwoordelijk voor deze vragenlijst")
                .contains("Autoriteit Persoonsgegevens")
                .doesNotContain("id=\"login-link\"")
                .doesNotContain("/api-docs")
                .doesNotContain("class=\"wk-nav\"");

        var form = new LinkedHashMap<String, String>();
        form.put("team", "Kantoor");
        form.put("q.tech.tools.1", "4");
        form.put("q.tech.tools.2", "na");
        form.put("q.org.rules.1", "na");
        form.put("ideas", "");
        HttpResponse<String> sent = employee.postWithCsrf("/s/" + token, "/s/" + token, form);

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElse("")).endsWith("/s/thanks");
        assertThat(context.getBean(ScanStore.class).responses(scanId))
                .singleElement()
                .satisfies(r -> assertThat(r.answers()).containsOnlyKeys("tech.tools.1"));
    }

    @Test
    void shouldAskForOneAnswerWhenEverythingIsDontKnow() {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        long scanId = createScan(employer);
        String token = invite(employer, scanId, 1).get(0);
        WebClient employee = client();

        var form = new LinkedHashMap<String, String>();
        INSTRUMENT.items().forEach(i -> form.put("q." + i.id(), "na"));
        HttpResponse<String> sent = employee.postWithCsrf("/s/" + token, "/s/" + token, form);

        assertThat(sent.statusCode()).isEqualTo(400);
        assertThat(sent.body()).contains("Beantwoord minstens één stelling").contains("-na\" checked=\"checked\"");
        assertThat(context.getBean(ScanStore.class).responses(scanId)).isEmpty();
        assertThat(List.of(employee.get("/s/" + token).statusCode())).containsExactly(200);
    }

    @Test
    void shouldGiveThePrivacyStatementWithTheInvitations() {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        long scanId = createScan(employer);
        String scanPage = "/organisations/" + employer.organisationId() + "/scans/" + scanId;
        WebClient page = client().loggedIn(employer.username(), OrganisationFixtures.PASSWORD);

        String onScreen = page.postWithCsrf(
                        scanPage, scanPage + "/invitations", java.util.Map.of("format", "page", "count", "2"))
                .body();
        String csv = page.postWithCsrf(
                        scanPage, scanPage + "/invitations", java.util.Map.of("format", "csv", "count", "2"))
                .body();

        assertThat(onScreen)
                .contains("Privacyverklaring voor uw medewerkers")
                .contains("is verantwoordelijk voor deze vragenlijst")
                .contains("365 dagen");
        assertThat(csv).contains("is verantwoordelijk voor deze vragenlijst");
        assertThat(page.get(scanPage).body()).contains("id=\"close-form\"").contains("id=\"privacy\"");
    }
}
