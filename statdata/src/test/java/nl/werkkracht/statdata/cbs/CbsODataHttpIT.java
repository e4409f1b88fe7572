package nl.werkkracht.statdata.cbs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import nl.werkkracht.statdata.codelist.CodeListLoader;
import nl.werkkracht.statdata.importer.ImportException;
import nl.werkkracht.statdata.importer.ImportProgress;
import nl.werkkracht.statdata.importer.ImportSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end over HTTP: a local server on 127.0.0.1 serves the saved CBS responses, rewriting the
 * opendata.cbs.nl next links to itself, and {@link HttpODataSource} fetches them.
 */
class CbsODataHttpIT {

    private static final String CBS_FEED = "https://opendata.cbs.nl/ODataFeed/OData/";
    private static final Map<String, String> TABLES = Map.of(
            "80137ned", CbsSamples.V3_80137,
            "83599ned", CbsSamples.V3_83599,
            "84419ned", CbsSamples.SYNTHETIC_84419);

    private static HttpServer server;
    private static String root;
    private static final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        root = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        server.createContext("/", CbsODataHttpIT::serve);
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void serve(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String resource = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        requests.add(resource + " Accept=" + exchange.getRequestHeaders().getFirst("Accept"));
        String table = ODataResource.key(resource).split("/")[0].toLowerCase(java.util.Locale.ROOT);
        byte[] body;
        int status = 200;
        try (InputStream in = CbsSamples.source(TABLES.getOrDefault(table, CbsSamples.V3_80137))
                .open(resource)) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace(CBS_FEED, root)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (FileNotFoundException e) {
            status = 404;
            body = "{\"odata.error\":{\"message\":{\"value\":\"Resource not found\"}}}"
                    .getBytes(StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Test
    void shouldImportATableOverHttp() {
        var sink = new CbsSamples.CollectingSink();
        ImportSummary summary = CbsODataImporter.importTable(
                "80137ned",
                new HttpODataSource(URI.create(root)),
                CodeListLoader.standard(),
                sink,
                ImportProgress.NONE);

        assertThat(summary.observations()).isEqualTo(25);
        assertThat(sink.observations).hasSize(25);
        assertThat(requests).contains("/80137ned/TypedDataSet?$format=json Accept=application/json");
    }

    @Test
    void shouldFollowTheNextLinkToTheSecondPage() {
        var reader =
                CubeReader.of(ODataVersion.V3, "83599NED", new HttpODataSource(URI.create(root)), "UntypedDataSet");
        var records = new ArrayList<CbsRecord>();

        long rows = reader.rows(
                List.of("RegioS", "BedrijfstakkenBranchesSBI2008", "Perioden"),
                List.of("OpenstaandeVacatures_1"),
                records::add,
                ImportProgress.NONE);

        assertThat(rows).isEqualTo(15_504);
        assertThat(records.get(0).values().get(0).text()).isEqualTo("   135.5");
        assertThat(requests).anyMatch(r -> r.startsWith("/83599NED/UntypedDataSet/?$format=json&$skip=10000"));
    }

    @Test
    void shouldNameTheUrlWhenTheServiceAnswers404() {
        var source = new HttpODataSource(URI.create(root));
        assertThatThrownBy(() -> CbsODataImporter.tableInfo("12345NED", ODataVersion.V3, source))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("12345NED/TableInfos: cannot fetch the response: HTTP 404 from " + root
                        + "12345NED/TableInfos?$format=json")
                .hasMessageContaining("Resource not found");
    }
}
