package nl.werkkracht.app.valuestream;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.werkkracht.app.account.WebClient;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The value-stream pages without JavaScript: the editor is a plain form posted with its CSRF token, with
 * empty rows skipped and every wrong field reported; the results page, the exports, and 404 for anyone
 * who is not a member.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ValueStreamPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private WebClient loggedIn(Tenant t) {
        return new WebClient(port).loggedIn(t.username(), OrganisationFixtures.PASSWORD);
    }

    private static String pages(Tenant t) {
        return "/organisations/" + t.organisationId() + "/value-streams";
    }

    /** Four steps in rows 0, 1, 3 and 5 of the form; rows 2, 4, 6 and 7 left empty as the page offers them. */
    private static Map<String, String> fourSteps() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "Order tot levering");
        form.put("volumePerYear", "1200");
        step(form, 0, "Verkoop", "12", "0", "VALUE_ADDING", "", true);
        step(form, 1, "Planning", "7,5", "240", "NECESSARY", "", true);
        step(form, 2, "", "", "", "", "", false);
        step(form, 3, "Magazijn", "20", "60", "WASTE", "MOTION", false);
        step(form, 4, "", "", "", "VALUE_ADDING", "", false);
        step(form, 5, "Monteur", "90", "1440", "VALUE_ADDING", "", false);
        step(form, 6, "", "", "", "", "", false);
        step(form, 7, "", "", "", "", "", false);
        return form;
    }

    private static void step(
            Map<String, String> form,
            int i,
            String role,
            String process,
            String waiting,
            String kind,
            String waste,
            boolean registration) {
        String p = "steps[" + i + "].";
        form.put(p + "role", role);
        form.put(p + "processMinutes", process);
        form.put(p + "waitingMinutes", waiting);
        form.put(p + "classification", kind);
        form.put(p + "wasteType", waste);
        if (registration) {
            form.put(p + "registration", "true");
        }
    }

    @Test
    void shouldSaveAPlainFormSkippingEmptyRowsAndShowTheResults() {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        WebClient browser = loggedIn(employer);

        HttpResponse<String> editor = browser.get(pages(employer) + "/new");
        HttpResponse<String> saved = browser.postWithCsrf(pages(employer) + "/new", pages(employer), fourSteps());
        String location = saved.headers().firstValue("Location").orElse("");
        HttpResponse<String> results = browser.get(location.replaceFirst("^https?://[^/]+", ""));

        assertThat(editor.statusCode()).isEqualTo(200);
        assertThat(editor.body()).contains("steps[7].role").doesNotContain("steps[8].role");
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(location).matches(".*/organisations/" + employer.organisationId() + "/value-streams/\\d+");
        assertThat(results.statusCode()).isEqualTo(200);
        String page = results.body();
        // lead time 12 + 7.5 + 240 + 20 + 60 + 90 + 1440 = 1869.5 min = 31.2 h; waste 20 min × 1200 / 60 = 400 h
        assertThat(page).contains("id=\"figure-lead-time\"").contains("31,2 uur");
        assertThat(page).contains("400 uur");
        // handovers: Verkoop -> Planning -> Magazijn -> Monteur = 3
        assertThat(page)
                .containsPattern(
                        "id=\"figure-handovers\">\\s*<dt>Overdrachten</dt>\\s*<dd class=\"wk-figure__value\">3</dd>");
        assertThat(page).contains("Wat betekent dit?").contains("id=\"chart-steps\"");
        assertThat(page).contains("value=\"Monteur\"").contains("steps[3].role");
        assertThat(page).contains("id=\"vs-no-figures\"");
    }

    @Test
    void shouldShowEveryWrongFieldAgainWithWhatWasTyped() {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        WebClient browser = loggedIn(employer);
        Map<String, String> form = fourSteps();
        form.put("name", " ");
        form.put("steps[3].wasteType", "");
        form.put("steps[5].processMinutes", "-5");

        HttpResponse<String> answer = browser.postWithCsrf(pages(employer) + "/new", pages(employer), form);

        assertThat(answer.statusCode()).isEqualTo(200);
        String page = answer.body();
        assertThat(page).contains("id=\"vs-errors\"");
        // the filled-in rows are shown as steps 1 to 4: Magazijn is step 3 (index 2), Monteur step 4 (index 3)
        assertThat(page).contains("data-field=\"steps[2].wasteType\"").contains("Stap 3, soort verspilling");
        assertThat(page)
                .contains("data-field=\"steps[3].processMinutes\"")
                .contains("Stap 4, werktijd: mag niet negatief zijn.");
        assertThat(page).contains("data-field=\"name\"");
        assertThat(page).contains("value=\"Magazijn\"").contains("aria-invalid=\"true\"");
        HttpResponse<String> list = browser.get(pages(employer));
        assertThat(list.body()).contains("id=\"vs-none\"");
    }

    @Test
    void shouldChangeExportAndDeleteThroughThePages() {
        Tenant adviser = OrganisationFixtures.tenant(context, Role.ADVISER);
        WebClient browser = loggedIn(adviser);
        String location = browser.postWithCsrf(pages(adviser) + "/new", pages(adviser), fourSteps())
                .headers()
                .firstValue("Location")
                .orElseThrow()
                .replaceFirst("^https?://[^/]+", "");
        Map<String, String> changed = fourSteps();
        changed.put("name", "Order tot levering, nieuw");

        HttpResponse<String> replace = browser.postWithCsrf(location, location, changed);
        HttpResponse<byte[]> csv = browser.getBytes(location + "/export?table=steps&format=csv");
        HttpResponse<byte[]> xlsx = browser.getBytes(pages(adviser) + "/export?format=xlsx");
        HttpResponse<String> list = browser.get(pages(adviser));
        HttpResponse<String> delete = browser.postWithCsrf(location, location + "/delete", Map.of());
        HttpResponse<String> gone = browser.get(location);

        assertThat(replace.statusCode()).isEqualTo(302);
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("Werktijd (minuten)").contains("Magazijn").contains(";7,5");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("value-streams.xlsx"));
        assertThat(list.body()).contains("Order tot levering, nieuw");
        assertThat(delete.statusCode()).isEqualTo(302);
        assertThat(gone.statusCode()).isEqualTo(404);
    }

    @Test
    void shouldAnswer404ToSomeoneWhoIsNotAMember() {
        Tenant owner = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        Tenant other = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        String location = loggedIn(owner)
                .postWithCsrf(pages(owner) + "/new", pages(owner), fourSteps())
                .headers()
                .firstValue("Location")
                .orElseThrow()
                .replaceFirst("^https?://[^/]+", "");
        String vsId = location.substring(location.lastIndexOf('/') + 1);
        WebClient intruder = loggedIn(other);
        String csrfPage = pages(other);

        List<HttpResponse<?>> answers = List.of(
                intruder.get(pages(owner)),
                intruder.get(pages(owner) + "/new"),
                intruder.get(location),
                intruder.getBytes(location + "/export?format=csv"),
                intruder.getBytes(pages(owner) + "/export?format=csv"),
                intruder.postWithCsrf(csrfPage, pages(owner), fourSteps()),
                intruder.postWithCsrf(csrfPage, location, fourSteps()),
                intruder.postWithCsrf(csrfPage, location + "/delete", Map.of()),
                intruder.get(pages(other) + "/" + vsId));

        for (HttpResponse<?> answer : answers) {
            assertThat(answer.statusCode())
                    .as(answer.request().method() + " " + answer.uri())
                    .isEqualTo(404);
        }
        assertThat(loggedIn(owner).get(location).statusCode()).isEqualTo(200);
    }
}
