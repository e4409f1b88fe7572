package nl.werkkracht.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.werkkracht.app.account.WebClient;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The platform over real HTTP with helpers to build a network of organisations with figures. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BenchmarkHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int YEAR = 2024;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    WebClient client() {
        return new WebClient(port);
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A network created by a fresh coordinator; returns the coordinator and the network id. */
    record Net(Tenant coordinator, long id) {}

    Net network(String sectorLevel) {
        Tenant coordinator = OrganisationFixtures.tenant(context, Role.ADVISER);
        HttpResponse<String> created = client().postJson(
                        "/api/v1/networks",
                        "{\"name\": \"Installatienetwerk (verzonnen)\", \"sectorLevel\": \"" + sectorLevel + "\"}",
                        coordinator.bearer());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new Net(coordinator, parse(created.body()).get("id").asLong());
    }

    /**
     * Members with figures of {@link #YEAR}: value added per hour = {@code vaph[i]} (revenue over 10,000
     * hours worked, no purchases), absenteeism {@code 2 + i} %; each consents to both metrics.
     */
    List<Tenant> members(Net net, double... vaph) {
        List<Tenant> tenants = new ArrayList<>();
        for (int i = 0; i < vaph.length; i++) {
            Tenant t = OrganisationFixtures.tenant(context, Role.EMPLOYER);
            figures(t, vaph[i], i);
            join(net, t);
            consent(net, t, "value-added-per-hour", "absenteeism");
            tenants.add(t);
        }
        return tenants;
    }

    /** Figures of {@link #YEAR}: value added per hour {@code vaph}, absenteeism {@code 2 + i} %. */
    void figures(Tenant t, double vaph, int i) {
        String figures = String.format(
                Locale.ROOT,
                "{\"revenue\": %.4f, \"purchases\": 0, \"otherIntermediateCosts\": 0, \"inventoryChange\": 0,"
                        + " \"hoursWorked\": 10000, \"absenceRate\": %.4f, \"turnoverRate\": 0.1}",
                vaph * 10000,
                (2 + i) / 100.0);
        HttpResponse<String> put = client().putJson(
                        "/api/v1/organisations/" + t.organisationId() + "/financials/" + YEAR, figures, t.bearer());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    }

    /** The coordinator invites the organisation; it joins with the code. */
    void join(Net net, Tenant t) {
        HttpResponse<String> join = joinWith(net, t, invitation(net));
        assertThat(join.statusCode()).as(join.body()).isEqualTo(201);
    }

    /** A new invitation code of the network, made by its coordinator. */
    String invitation(Net net) {
        HttpResponse<String> created = client().postJson(
                        "/api/v1/networks/" + net.id() + "/invitations",
                        "{}",
                        net.coordinator().bearer());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return parse(created.body()).get("code").asText();
    }

    HttpResponse<String> joinWith(Net net, Tenant t, String code) {
        return client().postJson(
                        "/api/v1/networks/" + net.id() + "/members",
                        "{\"organisationId\": " + t.organisationId() + ", \"invitationCode\": \"" + code + "\"}",
                        t.bearer());
    }

    HttpResponse<String> consent(Net net, Tenant t, String... metrics) {
        String list = String.join(
                ",", java.util.Arrays.stream(metrics).map(m -> "\"" + m + "\"").toList());
        HttpResponse<String> put = client().putJson(
                        "/api/v1/organisations/" + t.organisationId() + "/consents/" + net.id(),
                        "{\"metrics\": [" + list + "]}",
                        t.bearer());
        return put;
    }

    HttpResponse<String> benchmark(Net net, String query, Tenant caller) {
        return client().get("/api/v1/networks/" + net.id() + "/benchmarks?" + query, caller.bearer());
    }

    JsonNode benchmarkOk(Net net, String query, Tenant caller) {
        HttpResponse<String> r = benchmark(net, query, caller);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return parse(r.body());
    }
}
