package nl.werkkracht.app.dataset.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.werkkracht.app.monitor.DatasetsChanged;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.filter.CharacterEncodingFilter;

/**
 * Uploads by analysts through the API and through the data page (with and without JavaScript), on the
 * invented fixtures in {@code src/test/resources/data-upload/}: a good file is stored and its
 * observations can be read; a bad file is refused with file, line and field and stores nothing; users
 * without the analyst role store nothing either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatasetUploadIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BAD_LINE = "bad.csv line 3: value 'abc' in column value is not a number";
    private static final String BAD_LINE_NL = "bad.csv regel 3: waarde 'abc' in kolom value is geen getal";

    /** The datasets announced as changed, by every test of this JVM's context. */
    private static final List<String> CHANGED = new CopyOnWriteArrayList<>();

    /**
     * Built here rather than with {@code @AutoConfigureMockMvc}, so that this test shares the
     * application context (and its loaded database) with the other tests on a random port.
     */
    MockMvc mvc;

    @Autowired
    WebApplicationContext context;

    /** Records {@link DatasetsChanged} events, whichever thread publishes them. */
    static final class ChangedListener implements ApplicationListener<PayloadApplicationEvent<DatasetsChanged>> {
        @Override
        public void onApplicationEvent(PayloadApplicationEvent<DatasetsChanged> event) {
            CHANGED.add(event.getPayload().dataset());
        }
    }

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(new CharacterEncodingFilter("UTF-8", true))
                .apply(springSecurity())
                .build();
        if (context instanceof AbstractApplicationContext c
                && c.getApplicationListeners().stream().noneMatch(ChangedListener.class::isInstance)) {
            c.addApplicationListener(new ChangedListener());
        }
    }

    private static MockMultipartFile fixture(String name) throws IOException {
        try (InputStream in = DatasetUploadIT.class.getResourceAsStream("/data-upload/" + name)) {
            return new MockMultipartFile("file", name, "text/csv", in.readAllBytes());
        }
    }

    private void assertNoDataset(String name) throws Exception {
        mvc.perform(get("/api/v1/datasets/" + name)).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(username = "ana", roles = "ANALYST")
    void shouldImportAGoodFileThroughTheApiAndServeItsObservations() throws Exception {
        mvc.perform(multipart("/api/v1/datasets/api-good/imports")
                        .file(fixture("good.csv"))
                        .param("format", "csv")
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/datasets/api-good"))
                .andExpect(jsonPath("$.dataset").value("api-good"))
                .andExpect(jsonPath("$.file").value("good.csv"))
                .andExpect(jsonPath("$.created").value(true))
                .andExpect(jsonPath("$.written").value(5));

        assertThat(CHANGED).containsOnlyOnce("api-good");
        JsonNode page = JSON.readTree(mvc.perform(get("/api/v1/datasets/api-good/observations?region=NL12"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.get("total").asInt()).isEqualTo(2);
        JsonNode gva = page.get("observations").get(0);
        assertThat(gva.get("measure").asText()).isEqualTo("GVA");
        assertThat(gva.get("value").asDouble()).isEqualTo(980.0);
        assertThat(gva.get("unit").asText()).isEqualTo("MIO_EUR");
        assertThat(gva.get("priceBasis").asText()).isEqualTo("CP");
        assertThat(gva.get("status").asText()).isEqualTo("PROVISIONAL");
        JsonNode hours = page.get("observations").get(1);
        assertThat(hours.get("status").asText()).isEqualTo("CONFIDENTIAL");
        assertThat(hours.get("value").isNull())
                .as("a confidential value is null, never 0")
                .isTrue();
        mvc.perform(get("/api/v1/datasets/api-good"))
                .andExpect(jsonPath("$.status.confidential").value(1))
                .andExpect(jsonPath("$.status.provisional").value(1))
                .andExpect(jsonPath("$.status.estimated").value(1))
                .andExpect(jsonPath("$.coverage.regions").value(2));
    }

    @Test
    @WithMockUser(username = "ana", roles = "ANALYST")
    void shouldRefuseABadFileThroughTheApiNamingFileLineAndFieldAndStoreNothing() throws Exception {
        mvc.perform(multipart("/api/v1/datasets/api-bad/imports")
                        .file(fixture("bad.csv"))
                        .with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(BAD_LINE))
                .andExpect(jsonPath("$.file").value("bad.csv"))
                .andExpect(jsonPath("$.line").value(3))
                .andExpect(jsonPath("$.field").value("value"));

        assertNoDataset("api-bad");
        assertThat(CHANGED).doesNotContain("api-bad");
    }

    @Test
    @WithMockUser(username = "ana", roles = "ANALYST")
    void shouldRefuseAnInvalidDatasetNameThroughTheApi() throws Exception {
        mvc.perform(multipart("/api/v1/datasets/Bad Name!/imports")
                        .file(fixture("good.csv"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("invalid dataset name")));
    }

    @Test
    @WithMockUser(username = "ana", roles = "ANALYST")
    void shouldImportAGoodFileFromThePageAndReportProgressAndTheCount() throws Exception {
        JsonNode job = uploadWithScript("page-good", "good.csv");

        assertThat(job.get("state").asText()).isEqualTo("succeeded");
        assertThat(job.get("written").asInt()).isEqualTo(5);
        assertThat(job.get("progress").asDouble()).isEqualTo(1.0);
        assertThat(job.get("message").asText()).isEqualTo("5 waarnemingen geïmporteerd in dataset page-good.");
        assertThat(job.get("error").isNull()).isTrue();
        assertThat(CHANGED).contains("page-good");
        mvc.perform(get("/api/v1/datasets/page-good"))
                .andExpect(jsonPath("$.coverage.observations").value(5));
    }

    @Test
    @WithMockUser(username = "ana", roles = "ANALYST")
    void shouldReportABadFileFromThePageWithFileLineAndFieldAndStoreNothing() throws Exception {
        JsonNode job = uploadWithScript("page-bad", "bad.csv");

        assertThat(job.get("state").asText()).isEqualTo("failed");
        JsonNode error = job.get("error");
        assertThat(error.get("file").asText()).isEqualTo("bad.csv");
        assertThat(error.get("line").asInt()).isEqualTo(3);
        assertThat(error.get("field").asText()).isEqualTo("value");
        assertThat(error.get("message").asText()).isEqualTo(BAD_LINE_NL);
        assertThat(error.get("code").asText()).isEqualTo("not-a-number");
        assertThat(job.get("message").asText())
                .isEqualTo("Het bestand is niet geïmporteerd: " + BAD_LINE_NL + ". Er is niets opgeslagen.");
        assertNoDataset("page-bad");
    }

    @Test
    @WithMockUser(username = "ana", roles = "ANALYST")
    void shouldShowTheSameResultWithoutJavaScript() throws Exception {
        MvcResult posted = mvc.perform(multipart("/data/upload")
                        .file(fixture("bad.csv"))
                        .param("dataset", "form-bad")
                        .param("format", "auto")
                        .accept(MediaType.TEXT_HTML)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String location = posted.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/data/jobs/");

        String html = mvc.perform(get(location).param("lang", "en").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains("id=\"upload-result\" role=\"status\" aria-live=\"polite\"")
                .contains("role=\"alert\"")
                .contains("bad.csv line 3: value &#39;abc&#39; in column value is not a number")
                .contains("Nothing was stored.");
        assertNoDataset("form-bad");
    }

    @Test
    @WithMockUser(username = "ana", roles = "ANALYST")
    void shouldShowTheUploadFormWithLabelsToAnalysts() throws Exception {
        String html = mvc.perform(get("/data")).andReturn().getResponse().getContentAsString();

        assertThat(html)
                .contains(
                        "<form id=\"upload-form\" enctype=\"multipart/form-data\" method=\"post\" action=\"/data/upload\"")
                .contains("name=\"_csrf\"")
                .contains("<label class=\"utrecht-form-label\" for=\"upload-dataset\"")
                .contains("<label class=\"utrecht-form-label\" for=\"upload-file\"")
                .contains("<label class=\"utrecht-form-label\" for=\"upload-format\"")
                .contains("id=\"upload-file\" name=\"file\" type=\"file\"")
                .contains("<option value=\"eurostat-tsv\"")
                .contains("<button id=\"upload-submit\"")
                .contains("<progress id=\"upload-progress\"")
                .contains("<div id=\"upload-result\" role=\"status\" aria-live=\"polite\">")
                .contains("src=\"/js/data-upload.js\"");
    }

    @Test
    @WithMockUser(username = "ana", roles = "ANALYST")
    void shouldRefuseAnUploadWithoutAFile() throws Exception {
        mvc.perform(multipart("/data/upload")
                        .param("dataset", "no-file")
                        .accept(MediaType.APPLICATION_JSON)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Kies een bestand om te importeren."));
    }

    @Test
    void shouldShowAJobOnlyToTheUserWhoStartedIt() throws Exception {
        String status = start("owned-job", "good.csv", "ana");

        mvc.perform(get(status)
                        .accept(MediaType.APPLICATION_JSON)
                        .with(user("bob").roles("ANALYST")))
                .andExpect(status().isNotFound());
        mvc.perform(get(status).accept(MediaType.APPLICATION_JSON)).andExpect(status().isNotFound());
    }

    @Test
    void shouldRefuseUploadsByAnonymousUsersAndStoreNothing() throws Exception {
        mvc.perform(multipart("/api/v1/datasets/anon/imports")
                        .file(fixture("good.csv"))
                        .with(csrf()))
                .andExpect(status().isUnauthorized());
        int page = mvc.perform(multipart("/data/upload")
                        .file(fixture("good.csv"))
                        .param("dataset", "anon")
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(page)
                .as("not logged in: 401, or a redirect to the login page")
                .isIn(302, 401);

        assertNoDataset("anon");
    }

    @Test
    @WithMockUser(username = "emma", roles = "EMPLOYER")
    void shouldRefuseUploadsByUsersWithoutTheAnalystRole() throws Exception {
        mvc.perform(multipart("/api/v1/datasets/employer/imports")
                        .file(fixture("good.csv"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/data/upload")
                        .file(fixture("good.csv"))
                        .param("dataset", "employer")
                        .with(csrf()))
                .andExpect(status().isForbidden());

        assertNoDataset("employer");
    }

    @Test
    @WithMockUser(username = "ana", roles = "ANALYST")
    void shouldRefuseAnUploadWithoutCsrfToken() throws Exception {
        mvc.perform(multipart("/data/upload").file(fixture("good.csv")).param("dataset", "no-csrf"))
                .andExpect(status().isForbidden());

        assertNoDataset("no-csrf");
    }

    /** Posts the form as the page's script does and polls the job until it is done. */
    private JsonNode uploadWithScript(String dataset, String fixture) throws Exception {
        return poll(start(dataset, fixture, "ana"), "ana");
    }

    private String start(String dataset, String fixture, String analyst) throws Exception {
        MvcResult r = mvc.perform(multipart("/data/upload")
                        .file(fixture(fixture))
                        .param("dataset", dataset)
                        .param("format", "csv")
                        .accept(MediaType.APPLICATION_JSON)
                        .with(user(analyst).roles("ANALYST"))
                        .with(csrf()))
                .andExpect(status().isAccepted())
                .andReturn();
        JsonNode body = JSON.readTree(r.getResponse().getContentAsString());
        assertThat(r.getResponse().getHeader("Location"))
                .endsWith(body.get("status").asText());
        return body.get("status").asText().replaceFirst("^https?://[^/]+", "");
    }

    private JsonNode poll(String status, String analyst) throws Exception {
        Instant limit = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            JsonNode job = JSON.readTree(mvc.perform(get(status)
                            .accept(MediaType.APPLICATION_JSON)
                            .with(user(analyst).roles("ANALYST")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            if (job.get("done").asBoolean()) {
                return job;
            }
            assertThat(Instant.now()).as("the import job did not finish").isBefore(limit);
            Thread.sleep(100);
        }
    }
}
