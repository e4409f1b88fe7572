package nl.werkkracht.app.techimpact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import nl.werkkracht.app.account.WebClient;

/**
 * Three contrasting made-up organisations (verzonnen voorbeelden) for the technology impact analysis: an
 * administrative office, a care organisation and an installation firm. Their roles, hours and task shares are
 * invented; the occupations' task scores are the ILO's.
 */
public final class TechImpactExamples {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One example: its roles (JSON bodies), a value stream and the application to analyse. */
    public record Example(String name, List<String> roles, String valueStream, String application) {}

    public static final Example OFFICE = new Example(
            "Administratiekantoor De Rekenhulp (verzonnen voorbeeld)",
            List.of(
                    role(
                            "Administratief medewerker",
                            6,
                            9000,
                            "4110",
                            "[{\"task\":1,\"share\":0.3},{\"task\":4,\"share\":0.2},"
                                    + "{\"task\":6,\"share\":0.2},{\"task\":7,\"share\":0.2}]"),
                    role("Boekhouder", 3, 4800, "3313", "[]"),
                    role("Receptionist", 1, 1400, "4226", "[]")),
            stream(
                    "Maandafsluiting klant",
                    480,
                    List.of(
                            step("Stukken ontvangen en vastleggen", "Administratief medewerker", 30, true),
                            step("Boeken", "Boekhouder", 45, true),
                            step("Rapportage opstellen", "Administratief medewerker", 40, false),
                            step("Controle en verzending", "Boekhouder", 15, false))),
            "genai-writing");

    public static final Example CARE = new Example(
            "Zorggroep Het Anker (verzonnen voorbeeld)",
            List.of(
                    role(
                            "Verzorgende IG",
                            40,
                            44000,
                            "5321",
                            "[{\"task\":1,\"share\":0.4},{\"task\":2,\"share\":0.25},"
                                    + "{\"task\":3,\"share\":0.1},{\"task\":4,\"share\":0.05},{\"task\":6,\"share\":0.15}]"),
                    role(
                            "Verpleegkundige",
                            10,
                            12000,
                            "3221",
                            "[{\"task\":1,\"share\":0.3},{\"task\":2,\"share\":0.2},"
                                    + "{\"task\":3,\"share\":0.1},{\"task\":4,\"share\":0.2},{\"task\":5,\"share\":0.15}]"),
                    role("Teamsecretaris", 2, 2400, "3344", "[]")),
            stream(
                    "Zorgmoment",
                    90000,
                    List.of(
                            step("Zorg verlenen", "Verzorgende IG", 25, false),
                            step("Rapporteren in het dossier", "Verzorgende IG", 5, true),
                            step("Overdracht van de dienst", "Verpleegkundige", 2, false),
                            step("Zorgplan bijstellen", "Verpleegkundige", 1, true))),
            "speech-to-text");

    public static final Example INSTALLER = new Example(
            "Installatiebedrijf Vonk & Zn (verzonnen voorbeeld)",
            List.of(
                    role("Monteur", 12, 18000, "7411", "[]"),
                    role("Werkvoorbereider", 3, 4500, "3123", "[]"),
                    role("Planner", 2, 3000, "4322", "[]"),
                    role("Binnendienst", 2, 3000, "4110", "[]")),
            stream(
                    "Storingsopdracht",
                    2400,
                    List.of(
                            step("Melding aannemen", "Binnendienst", 8, true),
                            step("Inplannen", "Planner", 10, false),
                            step("Werkvoorbereiding", "Werkvoorbereider", 20, false),
                            step("Montage en reparatie", "Monteur", 120, false),
                            step("Werkbon afronden", "Monteur", 10, true),
                            step("Factureren", "Binnendienst", 8, true))),
            "ai-scheduling");

    private TechImpactExamples() {}

    /** Creates the example's roles, value stream and analysis for an organisation; returns the analysis. */
    public static JsonNode run(WebClient client, long organisationId, String[] bearer, Example example)
            throws Exception {
        String org = "/api/v1/organisations/" + organisationId;
        for (String role : example.roles()) {
            HttpResponse<String> r = client.postJson(org + "/roles", role, bearer);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
        HttpResponse<String> vs = client.postJson(org + "/value-streams", example.valueStream(), bearer);
        assertThat(vs.statusCode()).as(vs.body()).isEqualTo(201);
        HttpResponse<String> a = client.postJson(
                org + "/technology-impact", "{\"applicationId\":\"" + example.application() + "\"}", bearer);
        assertThat(a.statusCode()).as(a.body()).isEqualTo(201);
        return JSON.readTree(a.body());
    }

    public static String role(String name, int people, double hours, String isco, String tasks) {
        return "{\"name\":\"" + name + "\",\"people\":" + people + ",\"hoursPerYear\":" + hours + ",\"isco\":\"" + isco
                + "\",\"tasks\":" + tasks + "}";
    }

    public static String step(String name, String role, double minutes, boolean registration) {
        return "{\"name\":\"" + name + "\",\"role\":\"" + role + "\",\"processMinutes\":" + minutes
                + ",\"classification\":\"VALUE_ADDING\",\"registration\":" + registration + "}";
    }

    public static String stream(String name, double volume, List<String> steps) {
        return "{\"name\":\"" + name + "\",\"volumePerYear\":" + volume + ",\"steps\":[" + String.join(",", steps)
                + "]}";
    }
}
