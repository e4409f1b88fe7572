package nl.werkkracht.app.dataset.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.werkkracht.store.db.Database;
import nl.werkkracht.store.observation.ImportJobStore;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.filter.CharacterEncodingFilter;

/**
 * Issue 10: an import's outcome is recorded where the client and the data page read it, also after a restart;
 * imports refuse an empty file, say in Dutch what is wrong, and the data page imports CBS OData from a ZIP of
 * saved responses (the real 80137ned responses of the statdata tests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportOutcomeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "measure,region,sector,period,value,unit,price_basis,status\n";

    MockMvc mvc;

    @Autowired
    WebApplicationContext context;

    @Autowired
    Database database;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(new CharacterEncodingFilter("UTF-8", true))
                .apply(springSecurity())
                .build();
    }

    @Test
    void shouldRefuseAHeaderOnlyFileAndCreateNoDataset() throws Exception {
        mvc.perform(multipart("/api/v1/datasets/outcome-empty/imports")
                        .file(new MockMultipartFile(
                                "file", "empty.csv", "text/csv", HEADER.getBytes(StandardCharsets.UTF_8)))
                        .with(user("ana").roles("ANALYST"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("holds no observations")));
        mvc.perform(get("/api/v1/datasets/outcome-empty")).andExpect(status().isNotFound());
    }

    @Test
    void shouldRecordEveryUploadAndSayInDutchWhatWasWrong() throws Exception {
        byte[] latin1 = (HEADER + "GVA,NL,TOTAL,2019,724960,MIO_EUR,CP,\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
        JsonNode failed =
                upload("outcome-latin1", new MockMultipartFile("file", "latin1.csv", "text/csv", latin1), "auto");

        assertThat(failed.get("state").asText()).isEqualTo("failed");
        assertThat(failed.get("message").asText())
                .contains("het bestand is geen UTF-8-tekst")
                .doesNotContain("Exception")
                .doesNotContain("java.");

        JsonNode good = upload(
                "outcome-good",
                new MockMultipartFile(
                        "file",
                        "good.csv",
                        "text/csv",
                        (HEADER + "GVA,NL,TOTAL,2019,724960,MIO_EUR,CP,\n").getBytes(StandardCharsets.UTF_8)),
                "csv");
        assertThat(good.get("state").asText()).isEqualTo("succeeded");

        JsonNode list = JSON.readTree(
                mvc.perform(get("/api/v1/imports").with(user("bert").roles("ADMIN")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(list.findValuesAsText("id"))
                .contains(failed.get("id").asText(), good.get("id").asText());
        mvc.perform(get("/api/v1/imports/" + good.get("id").asText())
                        .with(user("bert").roles("ADMIN")))
                .andExpect(jsonPath("$.state").value("succeeded"))
                .andExpect(jsonPath("$.written").value(1))
                .andExpect(jsonPath("$.startedBy").value("ana"));
        mvc.perform(get("/api/v1/imports")).andExpect(status().is(Matchers.oneOf(401, 403)));

        String page = mvc.perform(get("/data").with(user("ana").roles("ANALYST")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("imports-table").contains("latin1.csv").contains("het bestand is geen UTF-8-tekst");
    }

    @Test
    void shouldShowAnImportLeftRunningByAStoppedServerAsInterrupted() throws Exception {
        String id = UUID.randomUUID().toString();
        Clock anHourAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
        new ImportJobStore(database, anHourAgo).start(id, "outcome-dead", "big.csv", "csv", "ana");

        mvc.perform(get("/data/jobs/" + id)
                        .accept(MediaType.APPLICATION_JSON)
                        .with(user("ana").roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("failed"))
                .andExpect(jsonPath("$.error.code").value("interrupted"))
                .andExpect(jsonPath("$.message").value(Matchers.containsString("de import is onderbroken")));
    }

    @Test
    void shouldImportCbsODataFromAZipOfSavedResponses() throws Exception {
        Path folder = Path.of("../statdata/src/test/resources/cbs-odata/odata3_80137ned");
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes);
                var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                zip.putNextEntry(new ZipEntry("odata3_80137ned/" + f.getFileName()));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
        JsonNode job = upload(
                "outcome-cbs",
                new MockMultipartFile("file", "80137ned.zip", "application/zip", bytes.toByteArray()),
                "cbs-odata");

        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("succeeded");
        assertThat(job.get("written").asInt()).isGreaterThan(0);
        mvc.perform(get("/api/v1/datasets/outcome-cbs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.description").value(Matchers.containsString("80137ned")));
    }

    private JsonNode upload(String dataset, MockMultipartFile file, String format) throws Exception {
        MvcResult r = mvc.perform(multipart("/data/upload")
                        .file(file)
                        .param("dataset", dataset)
                        .param("format", format)
                        .accept(MediaType.APPLICATION_JSON)
                        .with(user("ana").roles("ANALYST"))
                        .with(csrf()))
                .andExpect(status().isAccepted())
                .andReturn();
        String status = JSON.readTree(r.getResponse().getContentAsString())
                .get("status")
                .asText();
        Instant limit = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonNode job = JSON.readTree(mvc.perform(get(status)
                            .accept(MediaType.APPLICATION_JSON)
                            .with(user("ana").roles("ANALYST")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8));
            if (job.get("done").asBoolean()) {
                return job;
            }
            assertThat(Instant.now()).as("the import job did not finish").isBefore(limit);
            Thread.sleep(100);
        }
    }
}
