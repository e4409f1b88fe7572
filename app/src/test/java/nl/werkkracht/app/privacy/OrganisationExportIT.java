package nl.werkkracht.app.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.werkkracht.app.account.WebClient;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.app.report.ReportFlow;
import nl.werkkracht.store.account.Role;
import nl.werkkracht.store.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The organisation's data export: every part is in the ZIP, results are the disclosure-controlled ones,
 * a suppressed team's ideas and any individual answer or invitation token are absent, and the export is
 * in the audit log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganisationExportIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void shouldExportEveryPartWithoutAnythingTheAnonymityRuleHides() throws Exception {
        Tenant owner = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        WebClient client = new WebClient(port);
        ReportFlow flow = new ReportFlow(client, owner, context, ReportFlow.Answers.IN_PROCESS).all();

        HttpResponse<byte[]> zip =
                client.getBytes("/api/v1/organisations/" + owner.organisationId() + "/export", owner.bearer());

        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
        Map<String, String> files = unzip(zip.body());
        assertThat(files.keySet())
                .containsExactly(
                        "README.txt",
                        "organisation.json",
                        "financials.json",
                        "scans.json",
                        "value-streams.json",
                        "roles.json",
                        "technology-impact.json",
                        "routeplan.json",
                        "networks.json",
                        "audit.json");
        String all = String.join("\n", files.values());
        assertThat(all).contains(flow.shownIdea);
        assertThat(all).doesNotContain(flow.smallTeamIdea, flow.partnerTeamIdea);
        assertThat(all).doesNotContainIgnoringCase("token").doesNotContain("answers\"");
        JsonNode financials = JSON.readTree(files.get("financials.json"));
        assertThat(financials.get(0).get("valueAdded").asDouble()).isEqualTo(1_200_000.0);
        JsonNode scans = JSON.readTree(files.get("scans.json"));
        for (JsonNode group : scans.get(0).get("results").get("groups")) {
            if (group.get("suppressed").asBoolean()) {
                assertThat(group.path("scales").size()).as(group.toString()).isZero();
            }
        }
        assertThat(context.getBean(AuditLog.class).ofOrganisation(owner.organisationId(), 5))
                .extracting(e -> e.action())
                .contains("organisation.exported");
    }

    @Test
    void shouldAlsoExportOneJsonDocumentAndRefuseOtherFormats() throws Exception {
        Tenant owner = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        WebClient client = new WebClient(port);
        String path = "/api/v1/organisations/" + owner.organisationId() + "/export";

        HttpResponse<String> json = client.get(path + "?format=json", owner.bearer());
        HttpResponse<String> bad = client.get(path + "?format=xml", owner.bearer());

        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(json.body()).get("organisation").get("id").asLong())
                .isEqualTo(owner.organisationId());
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    private static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
