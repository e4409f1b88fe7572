package nl.werkkracht.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./werkkracht import eurostat:CODE[?filters]} against a local HTTP server that answers like Eurostat's
 * dissemination API with the test files of the statdata module: the JSON-stat 2.0 file CONSTRUCTED from the
 * real 2018 regional GVA values, the real SDMX-CSV HICP file, and an error answer. No internet is needed.
 */
class EurostatImportIT {

    private static final Path FILES = Path.of("../statdata/src/test/resources/data");
    private static final Map<String, String> ANSWERS = Map.of(
            "/data/nama_10r_3gva", "formats/eurostat/jsonstat2_CONSTRUCTED_nama_10r_3gva_2018_NL.json",
            "/data/prc_hicp_aind", "eurostat/hicp/eurostat_prc_hicp_aind_INX_A_AVG_CP00_NL_2013-2022.sdmx.csv");

    @TempDir
    static Path dataDir;

    private static HttpServer server;
    private static String base;
    private static final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/data/";
        server.createContext("/", EurostatImportIT::serve);
        server.start();
        CliRun first = CliRun.run(dataDir, "datasets");
        assertThat(first.exitCode()).as(first.err()).isZero();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(path + "?" + exchange.getRequestURI().getRawQuery());
        String file = ANSWERS.get(path);
        byte[] body;
        int status = 200;
        if (file == null) {
            status = 404;
            body = "{\"error\":{\"status\":404,\"label\":\"CONSTRUCTED test answer: dataset not found\"}}"
                    .getBytes(StandardCharsets.UTF_8);
        } else {
            body = Files.readAllBytes(FILES.resolve(file));
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static CliRun run(String url, String... args) {
        return CliRun.run(
                Map.of("WERKKRACHT_DATA_DIR", dataDir.toString(), EurostatImport.BASE_URL_VARIABLE, url), args);
    }

    private static Optional<JsonNode> dataset(String name) {
        for (JsonNode d : CliRun.run(dataDir, "datasets", "--output", "json").json()) {
            if (d.get("name").asText().equals(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    @Test
    void shouldImportAJsonStatAnswerIntoANewDatasetDescribedByIt() {
        CliRun r = run(
                base, "import", "eurostat:nama_10r_3gva?geo=NL&unit=CP_MEUR&time=2018", "--dataset", "gva-2018-api");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Imported 720 observations into dataset gva-2018-api (new)");
        assertThat(r.out()).contains("Skipped 180 records").contains("NL35 15");
        assertThat(requests).contains("/data/nama_10r_3gva?format=JSON&lang=EN&geo=NL&unit=CP_MEUR&time=2018");
        JsonNode d = dataset("gva-2018-api").orElseThrow();
        assertThat(d.get("title").asText())
                .isEqualTo("Gross value added at basic prices by NUTS 3 region (Eurostat nama_10r_3gva,"
                        + " geo=NL&unit=CP_MEUR&time=2018)");
        assertThat(d.get("source").asText()).isEqualTo("Eurostat");
        assertThat(d.get("licence").asText()).contains("2011/833/EU");
        assertThat(d.get("sourceUrl").asText())
                .endsWith("/data/nama_10r_3gva?format=JSON&lang=EN&geo=NL&unit=CP_MEUR&time=2018");
        assertThat(d.get("observations").asLong()).isEqualTo(720);

        // the same years again into the same dataset: refused whole, nothing replaced
        CliRun again = run(base, "import", "eurostat:nama_10r_3gva?geo=NL", "--dataset", "gva-2018-api");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err())
                .contains("eurostat-nama_10r_3gva.json line 1: duplicate of an observation already in dataset"
                        + " gva-2018-api");
        assertThat(dataset("gva-2018-api").orElseThrow().get("observations").asLong())
                .isEqualTo(720);
    }

    @Test
    void shouldImportAnSdmxCsvAnswer() {
        CliRun r = run(base, "import", "eurostat:prc_hicp_aind?geo=NL&coicop=CP00", "--dataset", "hicp-api");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Imported 10 observations into dataset hicp-api (new)");
    }

    @Test
    void shouldSayInOneLineThatThereIsNoInternet() throws IOException {
        int closed;
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        CliRun r = run(
                "http://127.0.0.1:" + closed + "/data/", "import", "eurostat:nama_10r_3gva", "--dataset", "offline");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err())
                .startsWith("werkkracht: eurostat:nama_10r_3gva: cannot reach 127.0.0.1 (ConnectException")
                .contains("no internet connection?")
                .contains("geen verbinding met 127.0.0.1: is er internet?")
                .doesNotContain("\tat ");
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(dataset("offline")).isEmpty();
    }

    @Test
    void shouldQuoteEurostatsErrorAnswer() {
        CliRun r = run(base, "import", "eurostat:no_such_dataset", "--dataset", "missing");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("Eurostat answered HTTP 404").contains("dataset not found");
        assertThat(dataset("missing")).isEmpty();
    }

    @Test
    void shouldRefuseAMalformedRequestAsAUsageError() {
        CliRun r = run(base, "import", "eurostat:nama_10r_3gva?geo", "--dataset", "bad");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("is not NAME=VALUE");
        CliRun f = run(base, "import", "eurostat:nama_10r_3gva?format=SDMX-CSV", "--dataset", "bad");
        assertThat(f.exitCode()).isEqualTo(2);
        assertThat(f.err()).contains("JSON-stat in English");
    }
}
