package nl.werkkracht.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Helpers of the two proxy tests: invitations asked for with a spoofed {@code Host}, and the rate limit. */
abstract class ProxyHeadersContract {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    /** Invitation links of a new scan, asked for through the API with {@code headers} (e.g. a spoofed Host). */
    List<String> invitationLinks(String... headers) throws Exception {
        Tenant tenant = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        long scan = createScan(tenant);
        RawHttp.Response r = RawHttp.send(
                port,
                "POST",
                "/api/v1/scans/" + scan + "/invitations",
                "{\"count\":2}",
                with(headers, "Authorization", "Bearer " + tenant.token(), "Content-Type", "application/json"));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return JSON.readValue(
                JSON.readTree(r.text()).get("links").traverse(),
                new com.fasterxml.jackson.core.type.TypeReference<List<String>>() {});
    }

    /** The text of a new scan's invitation PDF (cards with the links and QR codes), asked for with {@code headers}. */
    String invitationPdfText(String... headers) throws Exception {
        Tenant tenant = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        long scan = createScan(tenant);
        RawHttp.Response r = RawHttp.send(
                port,
                "POST",
                "/organisations/" + tenant.organisationId() + "/scans/" + scan + "/invitations?format=pdf&count=2",
                "",
                with(headers, "Authorization", "Bearer " + tenant.token()));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        try (var pdf = Loader.loadPDF(r.body())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private long createScan(Tenant tenant) throws Exception {
        RawHttp.Response r = RawHttp.send(
                port,
                "POST",
                "/api/v1/organisations/" + tenant.organisationId() + "/scans",
                "{\"teams\":[],\"closesAt\":\"" + LocalDate.now().plusWeeks(2) + "\"}",
                "Authorization",
                "Bearer " + tenant.token(),
                "Content-Type",
                "application/json");
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        JsonNode created = JSON.readTree(r.text());
        return created.get("id").asLong();
    }

    /** Statuses of public questionnaire requests (rate-limited per client address), each with its headers. */
    int publicRequest(String... headers) {
        return RawHttp.send(port, "GET", "/api/v1/public/scans/no-such-token", null, headers)
                .status();
    }

    static String[] with(String[] headers, String... more) {
        String[] all = new String[headers.length + more.length];
        System.arraycopy(headers, 0, all, 0, headers.length);
        System.arraycopy(more, 0, all, headers.length, more.length);
        return all;
    }
}
