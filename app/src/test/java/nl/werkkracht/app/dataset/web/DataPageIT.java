package nl.werkkracht.app.dataset.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkkracht.app.dataset.DefaultDataset;
import nl.werkkracht.app.dataset.DefaultDatasets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * The data page, its exports and the datasets API over real HTTP, as an anonymous visitor, on the
 * default datasets loaded into a fresh embedded database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DataPageIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static String row(String html, String dataset) {
        Matcher m = Pattern.compile("<tr[^>]*data-dataset=\"" + Pattern.quote(dataset) + "\".*?</tr>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("row of %s", dataset).isTrue();
        return m.group();
    }

    @Test
    void shouldListTheThreeDefaultDatasetsWithSourceAndLicence() throws Exception {
        HttpResponse<byte[]> r = get("/data?lang=nl");

        assertThat(r.statusCode()).isEqualTo(200);
        String html = text(r);
        assertThat(html).contains("<table id=\"datasets-table\" class=\"utrecht-table");
        for (DefaultDataset d : DefaultDatasets.shipped().datasets()) {
            String row = row(html, d.name());
            assertThat(row)
                    .contains(HtmlUtils.htmlEscape(d.title(), "UTF-8"))
                    .contains(HtmlUtils.htmlEscape(d.source(), "UTF-8"))
                    .contains(HtmlUtils.htmlEscape(d.licence(), "UTF-8"))
                    .contains("href=\"/data/" + d.name() + "/provenance\"")
                    .contains("href=\"/data/" + d.name() + ".csv\"")
                    .contains("onbekend (zie herkomst)");
        }
        assertThat(row(html, "nama_10_a64")).contains("1995–2021").contains("1 regio,");
    }

    @Test
    void shouldShowTheFlagsAndLabelsInEnglish() throws Exception {
        String html = text(get("/data?lang=en"));

        assertThat(html).contains("Source and licence").contains("Status flags").contains("Confidential");
        assertThat(row(html, "nama_10r")).contains("gross domestic product");
    }

    @Test
    void shouldAskAnonymousVisitorsToLogInToUpload() throws Exception {
        String html = text(get("/data"));

        assertThat(html).doesNotContain("id=\"upload-form\"").contains("id=\"upload-login\"");
    }

    @Test
    void shouldShowTheShippedProvenanceOfADefaultDataset() throws Exception {
        HttpResponse<byte[]> r = get("/data/euklems/provenance");
        String provenance = DefaultDatasets.shipped().provenance("euklems").orElseThrow();
        String firstLine =
                provenance.lines().filter(l -> !l.isBlank()).findFirst().orElseThrow();

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(text(r)).contains(HtmlUtils.htmlEscape(firstLine.strip(), "UTF-8"));
        assertThat(get("/data/no-such-dataset/provenance").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldExportTheDatasetsTableAsCsv() throws Exception {
        HttpResponse<byte[]> r = get("/data/export?format=csv&lang=nl");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(r.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"datasets.csv\"");
        assertThat(Arrays.copyOf(r.body(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String csv = new String(r.body(), 3, r.body().length - 3, StandardCharsets.UTF_8);
        // for a Dutch Excel: title and notes first, then the table with semicolons (ADR 0016)
        assertThat(csv).startsWith("# ").contains("\r\n\r\nNaam;Titel;Bron;Licentie;");
        assertThat(csv.lines()
                        .filter(l ->
                                l.startsWith("nama_10_a64;") || l.startsWith("euklems;") || l.startsWith("nama_10r;")))
                .hasSize(3);
    }

    @Test
    void shouldExportTheDatasetsTableAsXlsxWithNumericCells() throws Exception {
        HttpResponse<byte[]> r = get("/data/export?format=xlsx&lang=en");

        assertThat(r.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(r.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"datasets.xlsx\"");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Name");
            assertThat(sheet.getRow(0).getCell(12).getStringCellValue()).isEqualTo("Observations");
            int found = 0;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(0) != null && row.getCell(12) != null) {
                    assertThat(row.getCell(12).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(row.getCell(12).getNumericCellValue()).isPositive();
                    found++;
                }
            }
            assertThat(found).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void shouldExportThePageAsPdf() throws Exception {
        HttpResponse<byte[]> r = get("/data/export?format=pdf&lang=nl");

        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(r.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"data.pdf\"");
        assertThat(new String(r.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        try (var document = Loader.loadPDF(r.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Data")
                    .contains("nama_10_a64")
                    .contains("euklems")
                    .contains("Bron: Werkkracht");
        }
    }

    @Test
    void shouldRefuseAnUnknownExportFormatWithAProblem() throws Exception {
        HttpResponse<byte[]> r = get("/data/export?format=ods");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(text(r)).contains("'ods'");
    }

    @Test
    void shouldDownloadAWholeDatasetAsWerkkrachtCsv() throws Exception {
        HttpResponse<byte[]> r = get("/data/nama_10_a64.csv");
        JsonNode dataset = JSON.readTree(get("/api/v1/datasets/nama_10_a64").body());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(r.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"nama_10_a64.csv\"");
        String csv = text(r);
        assertThat(csv).startsWith("measure,region,sector,period,value,unit,price_basis,status\n");
        assertThat(csv.lines().count() - 1)
                .isEqualTo(dataset.get("coverage").get("observations").asLong());
        assertThat(get("/data/no-such-dataset.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldListTheDatasetsThroughTheApi() throws Exception {
        HttpResponse<byte[]> r = get("/api/v1/datasets");

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode list = JSON.readTree(r.body());
        for (DefaultDataset d : DefaultDatasets.shipped().datasets()) {
            JsonNode found = null;
            for (JsonNode n : list) {
                if (n.get("name").asText().equals(d.name())) {
                    found = n;
                }
            }
            assertThat(found).as(d.name()).isNotNull();
            assertThat(found.get("source").asText()).isEqualTo(d.source());
            assertThat(found.get("licence").asText()).isEqualTo(d.licence());
            assertThat(found.get("retrieved").isNull()).isTrue();
            assertThat(found.get("provenance").asText()).isEqualTo("/data/" + d.name() + "/provenance");
            assertThat(found.get("coverage").get("observations").asLong()).isPositive();
            assertThat(found.get("status").get("missing").isNumber()).isTrue();
        }
    }

    @Test
    void shouldDescribeOneDatasetAndAnswer404ForAnUnknownOne() throws Exception {
        JsonNode d = JSON.readTree(get("/api/v1/datasets/nama_10_a64").body());

        assertThat(d.get("coverage").get("from").asText()).isEqualTo("1995");
        assertThat(d.get("coverage").get("to").asText()).isEqualTo("2021");
        assertThat(d.get("coverage").get("regions").asInt()).isEqualTo(1);
        assertThat(d.get("coverage").get("measures").toString()).contains("\"GVA\"", "\"HOURS\"");

        HttpResponse<byte[]> missing = get("/api/v1/datasets/no-such-dataset");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(missing.body()).get("detail").asText()).contains("no-such-dataset");
    }

    @Test
    void shouldServeObservationsWithUnitPriceBasisAndStatus() throws Exception {
        JsonNode page = JSON.readTree(get("/api/v1/datasets/nama_10_a64/observations"
                        + "?measure=GVA&region=NL&sector=TOTAL&from=2019&to=2019")
                .body());

        assertThat(page.get("dataset").asText()).isEqualTo("nama_10_a64");
        assertThat(page.get("total").asLong())
                .isEqualTo(page.get("observations").size())
                .isPositive();
        for (JsonNode o : page.get("observations")) {
            assertThat(o.get("measure").asText()).isEqualTo("GVA");
            assertThat(o.get("period").asText()).isEqualTo("2019");
            assertThat(o.get("unit").asText()).isNotBlank();
            assertThat(o.get("priceBasis").asText()).isIn("CP", "PYP", "CLV2015");
            assertThat(o.get("status").asText()).isNotBlank();
        }
        HttpResponse<byte[]> paged = get("/api/v1/datasets/nama_10_a64/observations?size=10&page=1");
        JsonNode second = JSON.readTree(paged.body());
        assertThat(second.get("observations").size()).isEqualTo(10);
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(get("/api/v1/datasets/nama_10_a64/observations?measure=NOPE").statusCode())
                .isEqualTo(400);
        assertThat(get("/api/v1/datasets/nama_10_a64/observations?size=0").statusCode())
                .isEqualTo(400);
    }

    @Test
    void shouldRefuseAnonymousUploadsAndStoreNothing() throws Exception {
        String boundary = "wkboundary";
        byte[] body = ("--" + boundary + "\r\n"
                        + "Content-Disposition: form-data; name=\"dataset\"\r\n\r\nanonymous-upload\r\n"
                        + "--" + boundary + "\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"good.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n"
                        + "measure,region,sector,period,value,unit,price_basis,status\n"
                        + "GVA,NL11,TOTAL,2020,1,MIO_EUR,CP,\n\r\n"
                        + "--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        for (String path : new String[] {"/data/upload", "/api/v1/datasets/anonymous-upload/imports"}) {
            HttpResponse<byte[]> r = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).as(path).isIn(401, 403);
        }
        assertThat(get("/api/v1/datasets/anonymous-upload").statusCode()).isEqualTo(404);
    }
}
