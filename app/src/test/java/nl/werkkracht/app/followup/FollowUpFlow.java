package nl.werkkracht.app.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.werkkracht.app.account.WebClient;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.app.scan.ScanFixtures;
import nl.werkkracht.app.scan.ScanService;
import nl.werkkracht.core.scan.Instrument;
import nl.werkkracht.core.scan.Item;
import org.springframework.context.ApplicationContext;

/**
 * An invented organisation followed over time, entered through the API: figures for 2019–2022, a chosen
 * technology intervention that started on 1 March 2021, and two scans with three teams.
 *
 * <p>Value added per hour (20,000 hours, intermediate costs 850,000): 2019 52.5, 2020 57.5 (the baseline:
 * the last year before the intervention), 2021 50 (a dip in the adjustment year: the J-curve), 2022 65.
 *
 * <p>Scans: the first (closed 26 weeks ago, so in an earlier quarter) has Zorg 5, Kantoor 5, Avond 5
 * responses, every answer 3; the re-scan (closed now by the employer) has Zorg 6, Kantoor 5, Avond 3
 * responses, every answer 4. Avond is under five in the re-scan, so it must not be compared.
 */
public final class FollowUpFlow {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A technology intervention of the shipped catalogue. */
    public static final String INTERVENTION = "tech-impact-analysis";

    public static final LocalDate START = LocalDate.of(2021, 3, 1);

    /** Revenue per year 2019–2022; value added = revenue − 850,000. */
    static final Map<Integer, Double> REVENUE =
            Map.of(2019, 1_900_000.0, 2020, 2_000_000.0, 2021, 1_850_000.0, 2022, 2_150_000.0);

    private final WebClient client;
    private final Tenant tenant;
    private final ApplicationContext context;

    public FollowUpFlow(WebClient client, Tenant tenant, ApplicationContext context) {
        this.client = client;
        this.tenant = tenant;
        this.context = context;
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String base() {
        return "/api/v1/organisations/" + tenant.organisationId();
    }

    /** Figures 2019–2022 and the chosen technology intervention. */
    public FollowUpFlow figuresAndIntervention() {
        REVENUE.forEach((year, revenue) -> {
            String body = "{\"revenue\": " + revenue + ", \"purchases\": 700000, \"otherIntermediateCosts\": 150000,"
                    + " \"hoursWorked\": 20000, \"fte\": 12, \"absenceRate\": 0.05, \"turnoverRate\": 0.1}";
            HttpResponse<String> r = client.putJson(base() + "/financials/" + year, body, tenant.bearer());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        });
        HttpResponse<String> put = client.putJson(
                base() + "/routeplan/choices/" + INTERVENTION,
                "{\"chosen\": true, \"owner\": \"Directie\", \"startDate\": \"" + START + "\"}",
                tenant.bearer());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        return this;
    }

    /** The two scans; returns their ids, first scan first. */
    public List<Long> scans() {
        long first = scan(2, Map.of("Zorg", 5, "Kantoor", 5, "Avond", 5), 3);
        ScanFixtures.closedAt(context, first, Instant.now().minus(Duration.ofDays(26 * 7)));
        long second = scan(20, Map.of("Zorg", 6, "Kantoor", 5, "Avond", 3), 4);
        HttpResponse<String> closed = client.postJson("/api/v1/scans/" + second + "/close", "", tenant.bearer());
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        return List.of(first, second);
    }

    private long scan(int weeks, Map<String, Integer> responses, int answer) {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("teams").add("Zorg").add("Kantoor").add("Avond");
        body.put("closesAt", LocalDate.now().plusWeeks(weeks).toString());
        HttpResponse<String> created = client.postJson(base() + "/scans", body.toString(), tenant.bearer());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long scanId = parse(created.body()).get("id").asLong();
        int count = responses.values().stream().mapToInt(Integer::intValue).sum();
        HttpResponse<String> invited = client.postJson(
                "/api/v1/scans/" + scanId + "/invitations", "{\"count\": " + count + "}", tenant.bearer());
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(200);
        List<String> tokens = new ArrayList<>();
        parse(invited.body()).get("tokens").forEach(t -> tokens.add(t.asText()));
        ScanService scans = context.getBean(ScanService.class);
        Instrument instrument = scans.instrument();
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (Item item : instrument.items()) {
            answers.put(item.id(), item.reversed() ? 6 - answer : answer);
        }
        int next = 0;
        for (var team : List.of("Zorg", "Kantoor", "Avond")) {
            for (int i = 0; i < responses.get(team); i++) {
                scans.submit(tokens.get(next++), team, answers, null);
            }
        }
        return scanId;
    }
}
