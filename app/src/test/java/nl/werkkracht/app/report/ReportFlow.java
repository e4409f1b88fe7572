package nl.werkkracht.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkkracht.app.account.WebClient;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.app.scan.ScanService;
import nl.werkkracht.core.scan.Domain;
import nl.werkkracht.core.scan.Instrument;
import nl.werkkracht.core.scan.Item;
import org.springframework.context.ApplicationContext;

/**
 * An organisation's whole scan entered through the API, as an employer and the employees would: figures
 * for 2022, a questionnaire with three teams, a value stream and one chosen intervention.
 *
 * <p>The teams: Zorg (6 responses: technology and people scales 75, organisation 25, the others 50) passes;
 * Avond (3, every scale 0) is under five, and Kantoor (5, every scale 25) is hidden with it so that Avond
 * cannot be derived from the whole minus the other teams. So all respondents (14) and Zorg are shown, and
 * the organisation pillar lags by more than 15 points.
 */
public final class ReportFlow {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Where the employees' answers go: the public API, or straight to the scan service (no rate limit). */
    public enum Answers {
        HTTP,
        IN_PROCESS
    }

    /** A technology or people scale score of all respondents: (6·75 + 5·25 + 3·0) / 14 = 41.07 → 41. */
    static final int ALL_TECHNOLOGY = 41;

    /** An organisation scale score of all respondents: (6·25 + 5·25 + 3·0) / 14 = 19.64 → 20. */
    static final int ALL_ORGANISATION = 20;

    /** Any other scale score of all respondents (job quality …): (6·50 + 5·25 + 3·0) / 14 = 30.36 → 30. */
    static final int ALL_OTHER = 30;

    static final String FIGURES_2022 =
            """
            {"revenue": 2000000, "purchases": 700000, "otherIntermediateCosts": 150000, "inventoryChange": -10000,
             "fte": 14.5, "contractHoursPerWeek": 38, "absenceRate": 0.05, "hiredHours": 1200, "hiredLabourCost": 60000,
             "turnoverRate": 0.12}
            """;

    static final String STREAM =
            """
            {"name": "Storing verhelpen", "volumePerYear": 300, "steps": [
              {"role": "Planner", "processMinutes": 10, "waitingMinutes": 60, "classification": "NECESSARY", "registration": true},
              {"role": "Monteur", "processMinutes": 45, "classification": "VALUE_ADDING"},
              {"role": "Monteur", "processMinutes": 20, "waitingMinutes": 10, "classification": "WASTE", "wasteType": "MOTION"}
            ]}
            """;

    /** Ideas of the team that passes (shown) and of the two hidden teams (never shown). */
    public final String shownIdea = "ZORG-IDEE-" + UUID.randomUUID();

    public final String smallTeamIdea = "AVOND-GEHEIM-" + UUID.randomUUID();
    public final String partnerTeamIdea = "KANTOOR-VERBORGEN-" + UUID.randomUUID();

    public String chosenIntervention;

    private final WebClient client;
    private final Tenant tenant;
    private final ApplicationContext context;
    private final Answers answers;

    public ReportFlow(WebClient client, Tenant tenant, ApplicationContext context, Answers answers) {
        this.client = client;
        this.tenant = tenant;
        this.context = context;
        this.answers = answers;
    }

    /** Figures, a scan with three teams, a value stream and a chosen intervention. */
    public ReportFlow all() {
        return figures().scan().valueStream().choose();
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

    ReportFlow figures() {
        HttpResponse<String> r = client.putJson(base() + "/financials/2022", FIGURES_2022, tenant.bearer());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return this;
    }

    ReportFlow valueStream() {
        HttpResponse<String> r = client.postJson(base() + "/value-streams", STREAM, tenant.bearer());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return this;
    }

    ReportFlow scan() {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("teams").add("Zorg").add("Kantoor").add("Avond");
        body.put("closesAt", LocalDate.now().plusWeeks(2).toString());
        HttpResponse<String> created = client.postJson(base() + "/scans", body.toString(), tenant.bearer());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long scanId = parse(created.body()).get("id").asLong();
        HttpResponse<String> invited =
                client.postJson("/api/v1/scans/" + scanId + "/invitations", "{\"count\": 14}", tenant.bearer());
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(200);
        List<String> tokens = new ArrayList<>();
        parse(invited.body()).get("tokens").forEach(t -> tokens.add(t.asText()));
        answer(
                tokens.subList(0, 6),
                "Zorg",
                Map.of(Domain.TECHNOLOGY, 4, Domain.ORGANISATION, 2, Domain.PEOPLE, 4),
                3,
                shownIdea);
        answer(tokens.subList(6, 11), "Kantoor", Map.of(), 2, partnerTeamIdea);
        answer(tokens.subList(11, 14), "Avond", Map.of(), 1, smallTeamIdea);
        // results are shown only after closing (ADR 0011): the employer closes it early
        HttpResponse<String> closed = client.postJson("/api/v1/scans/" + scanId + "/close", "", tenant.bearer());
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        return this;
    }

    /** Chooses the first proposed intervention, with an owner and a start date. */
    ReportFlow choose() {
        HttpResponse<String> plan = client.get(base() + "/routeplan", tenant.bearer());
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
        JsonNode proposed = parse(plan.body()).get("proposed");
        assertThat(proposed).as("the plan proposes something").isNotEmpty();
        chosenIntervention = proposed.get(0).get("id").asText();
        HttpResponse<String> put = client.putJson(
                base() + "/routeplan/choices/" + chosenIntervention,
                "{\"chosen\": true, \"owner\": \"Teamleider zorg\", \"startDate\": \"2026-05-01\"}",
                tenant.bearer());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        return this;
    }

    /**
     * Every respondent answers every statement so that a scale scores 100 · (keyed - 1) / 4, with {@code
     * keyed} by the scale's domain, {@code otherwise} for the domains not named.
     */
    private void answer(List<String> tokens, String team, Map<Domain, Integer> byDomain, int otherwise, String idea) {
        Instrument instrument = context.getBean(ScanService.class).instrument();
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (Item item : instrument.items()) {
            Domain domain = instrument.scale(item.scaleId()).orElseThrow().domain();
            int keyed = byDomain.getOrDefault(domain, otherwise);
            answers.put(item.id(), item.reversed() ? 6 - keyed : keyed);
        }
        for (String token : tokens) {
            if (this.answers == Answers.IN_PROCESS) {
                context.getBean(ScanService.class).submit(token, team, answers, idea);
                continue;
            }
            ObjectNode body = JSON.createObjectNode();
            body.put("team", team);
            body.set("answers", JSON.valueToTree(answers));
            body.put("ideas", idea);
            HttpResponse<String> r = client.postJson("/api/v1/public/scans/" + token + "/responses", body.toString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
    }
}
