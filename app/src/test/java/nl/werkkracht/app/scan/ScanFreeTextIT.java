package nl.werkkracht.app.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import org.junit.jupiter.api.Test;

/**
 * Free text of a suppressed group never appears anywhere: not in the results JSON, not in the CSV or
 * XLSX exports, not on the results page — and the text of a group that passes does.
 */
class ScanFreeTextIT extends ScanHttp {

    /** Every text inside an XLSX (a ZIP of XML files), concatenated. */
    private static String xlsxText(byte[] xlsx) throws IOException {
        var out = new StringBuilder();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                out.append(entry.getName()).append('\n');
                out.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8))
                        .append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void shouldShowNoIdeaOfASuppressedTeamInAnyResponseOrExport() throws IOException {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        long scanId = createScan(employer, "Zorg", "Kantoor", "Avond");
        List<String> tokens = invite(employer, scanId, 14);
        String small = "AVOND-GEHEIM-" + UUID.randomUUID();
        String hiddenPartner = "KANTOOR-VERBORGEN-" + UUID.randomUUID();
        String shown = "ZORG-ZICHTBAAR-" + UUID.randomUUID();
        answerAll(tokens.subList(0, 6), "Zorg", 4, shown);
        answerAll(tokens.subList(6, 11), "Kantoor", 3, hiddenPartner);
        answerAll(tokens.subList(11, 14), "Avond", 2, small);
        close(employer, scanId);

        JsonNode results = results(employer, scanId);
        String json = results.toString();
        String base = "/api/v1/scans/" + scanId + "/results?format=";
        String csv = client().get(base + "csv", employer.bearer()).body();
        String csvIdeas =
                client().get(base + "csv&table=ideas", employer.bearer()).body();
        HttpResponse<byte[]> xlsx = client().getBytes(base + "xlsx", employer.bearer());
        String page = client().loggedIn(employer.username(), OrganisationFixtures.PASSWORD)
                .get("/organisations/" + employer.organisationId() + "/scans/" + scanId + "/results")
                .body();

        assertThat(xlsx.statusCode()).isEqualTo(200);
        String workbook = xlsxText(xlsx.body());
        for (String where : List.of(json, csv, csvIdeas, workbook, page)) {
            assertThat(where).doesNotContain(small).doesNotContain(hiddenPartner);
        }
        assertThat(group(results, "Zorg").get("ideas").get(0).asText()).isEqualTo(shown);
        assertThat(group(results, "ALL").get("ideas")).hasSize(6);
        assertThat(group(results, "Avond").get("ideas")).isEmpty();
        assertThat(csvIdeas).contains(shown);
        assertThat(workbook).contains(shown);
        assertThat(page).contains(shown);
    }

    @Test
    void shouldShowNoIdeaWhileTooFewHaveAnswered() {
        Tenant employer = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        long scanId = createScan(employer);
        String secret = "VIER-" + UUID.randomUUID();
        answerAll(invite(employer, scanId, 4), null, 3, secret);
        close(employer, scanId);

        JsonNode results = results(employer, scanId);

        assertThat(results.toString()).doesNotContain(secret);
        assertThat(group(results, "ALL").get("suppressed").asBoolean()).isTrue();
        assertThat(client().get("/api/v1/scans/" + scanId + "/results?format=csv&table=ideas", employer.bearer())
                        .body())
                .doesNotContain(secret);
    }
}
