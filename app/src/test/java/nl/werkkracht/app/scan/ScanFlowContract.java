package nl.werkkracht.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import org.junit.jupiter.api.Test;

/** The whole scan through the API, on every database: H2 ({@link ScanApiIT}) and PostgreSQL. */
abstract class ScanFlowContract extends ScanHttp {

    /**
     * Zorg 6 (every scale 75), Kantoor 5 (25), Avond 3 (100): Avond is under 5, and all minus Zorg minus
     * Kantoor would reveal it, so the smallest shown team (Kantoor) is hidden too; all (14) and Zorg show.
     * Nothing is shown until the employer closes the scan; then every score is a whole point.
     */
    @Test
    void shouldRunAScanFromInvitationsToDisclosureControlledResults() {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        long scanId = createScan(employer, "Zorg", "Kantoor", "Avond");
        List<String> tokens = invite(employer, scanId, 14);
        answerAll(tokens.subList(0, 6), "Zorg", 4, null);
        answerAll(tokens.subList(6, 11), "Kantoor", 2, null);
        answerAll(tokens.subList(11, 14), "Avond", 5, null);
        HttpResponse<String> open = client().get("/api/v1/scans/" + scanId + "/results", employer.bearer());
        assertThat(open.statusCode()).as("no results while open").isEqualTo(409);
        assertThat(parse(open.body()).get("type").asText()).endsWith("/results-not-yet-available");

        JsonNode closed = close(employer, scanId);
        JsonNode results = results(employer, scanId);

        assertThat(results.get("responses").asInt()).isEqualTo(14);
        JsonNode all = group(results, "ALL");
        assertThat(all.get("suppressed").asBoolean()).isFalse();
        assertThat(all.get("n").asInt()).isEqualTo(14);
        // (6 · 75 + 5 · 25 + 3 · 100) / 14 = 62.5: whole points, rounded half up, written as 63
        assertThat(all.get("scales").get("tech.tools").isInt()).isTrue();
        assertThat(all.get("scales").get("tech.tools").asInt()).isEqualTo(63);
        assertThat(all.get("pillars").get("organisation").asInt()).isEqualTo(63);
        assertThat(closed.get("open").asBoolean()).isFalse();
        assertThat(closed.get("resultsAvailable").asBoolean()).isTrue();
        JsonNode zorg = group(results, "Zorg");
        assertThat(zorg.get("suppressed").asBoolean()).isFalse();
        assertThat(zorg.get("scales").get("job.autonomy").asInt()).isEqualTo(75);
        assertThat(zorg.get("scales")).hasSize(22);
        JsonNode avond = group(results, "Avond");
        assertThat(avond.get("suppressed").asBoolean()).isTrue();
        assertThat(avond.get("countBand").asText()).isEqualTo("< 5");
        assertThat(avond.get("n").isNull()).isTrue();
        assertThat(avond.get("scales")).isEmpty();
        assertThat(avond.get("pillars")).isEmpty();
        JsonNode kantoor = group(results, "Kantoor");
        assertThat(kantoor.get("suppressed").asBoolean()).isTrue();
        assertThat(kantoor.get("countBand").asText()).isEqualTo("≥ 5");
        assertThat(kantoor.get("scales")).isEmpty();
        assertThat(results.get("balanceGap").asInt()).isZero();
        assertThat(results.get("flagged").asBoolean()).isFalse();
    }

    @Test
    void shouldRefuseAReusedTokenWithConflict() {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        long scanId = createScan(employer);
        String token = invite(employer, scanId, 1).get(0);

        HttpResponse<String> first = answer(token, null, uniform(3), "meer overleg");
        HttpResponse<String> again = answer(token, null, uniform(1), null);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(parse(again.body()).get("field").asText()).isEqualTo("token");
        assertThat(client().get("/api/v1/public/scans/" + token).statusCode()).isEqualTo(409);
    }
}
