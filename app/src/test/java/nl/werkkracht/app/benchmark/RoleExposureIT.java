package nl.werkkracht.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import org.junit.jupiter.api.Test;

/**
 * The exposure of a network's member roles (ADR 0026) through the API of a running server: nothing below five
 * organisations, dominance, a reader who differences a join or a leave learns nothing, an insider is not shown
 * what it could subtract itself from, and a stranger gets 404. The organisations and roles are invented.
 */
class RoleExposureIT extends BenchmarkHttp {

    /** An organisation with one clerical role (ISCO 4110) of {@code people} people, sharing its roles' exposure. */
    private Tenant member(Net net, int people) {
        Tenant t = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        HttpResponse<String> role = client().postJson(
                        "/api/v1/organisations/" + t.organisationId() + "/roles",
                        "{\"name\":\"Administratief medewerker\",\"people\":" + people + ",\"hoursPerYear\":"
                                + people * 1500 + ",\"isco\":\"4110\"}",
                        t.bearer());
        assertThat(role.statusCode()).as(role.body()).isEqualTo(201);
        join(net, t);
        assertThat(consent(net, t, RoleExposures.CONSENT).statusCode()).isEqualTo(200);
        return t;
    }

    private JsonNode all(Net net, Tenant caller) {
        HttpResponse<String> r = client().get("/api/v1/networks/" + net.id() + "/role-exposure", caller.bearer());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        for (JsonNode c : parse(r.body()).get("cells")) {
            if (c.get("cell").asText().equals("all")) {
                return c;
            }
        }
        throw new AssertionError("no cell 'all' in " + r.body());
    }

    @Test
    void shouldShowNothingBelowFiveAndNothingADifferencingReaderCouldUse() {
        Net net = network("SECTION");
        List<Tenant> members = new ArrayList<>();
        for (int people : new int[] {3, 4, 5, 6}) {
            members.add(member(net, people));
        }
        HttpResponse<String> four = client().get(
                        "/api/v1/networks/" + net.id() + "/role-exposure",
                        net.coordinator().bearer());
        for (JsonNode c : parse(four.body()).get("cells")) {
            assertThat(c.get("shown").asBoolean()).as(c.toString()).isFalse();
            assertThat(c.has("people")).isFalse();
            assertThat(c.get("organisations").asText()).isEqualTo("< 5");
        }
        // the download holds what the page shows: withheld rows with their reason, no figures
        String fourCsv = client().get(
                        "/networks/" + net.id() + "/role-exposure/export?format=csv&lang=nl",
                        net.coordinator().bearer())
                .body();
        assertThat(fourCsv).contains("< 5").doesNotContain(";10;").doesNotContain(";20;");

        members.add(member(net, 7));
        JsonNode five = all(net, net.coordinator());
        assertThat(five.get("shown").asBoolean()).as(five.toString()).isTrue();
        assertThat(five.get("organisations").asText()).isEqualTo("5–9");
        assertThat(five.get("people").asLong()).as("3+4+5+6+7 = 25, to tens").isEqualTo(30);
        HttpResponse<String> csv = client().get(
                        "/networks/" + net.id() + "/role-exposure/export?format=csv&lang=nl",
                        net.coordinator().bearer());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("5–9;30;");
        assertThat(client().get(
                                "/networks/" + net.id() + "/role-exposure/export?format=xlsx",
                                net.coordinator().bearer())
                        .statusCode())
                .isEqualTo(200);
        // an insider knows its own roles: the other four would be a group below five
        assertThat(all(net, members.get(0)).get("suppression").asText()).isEqualTo("INSIDER");
        // the organisation's own data export lists its part in the published version, and nothing of others
        Tenant last = members.get(4);
        HttpResponse<String> export =
                client().get("/api/v1/organisations/" + last.organisationId() + "/export?format=json", last.bearer());
        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        JsonNode parts = parse(export.body()).get("networks").get("roleExposureParts");
        assertThat(parts).as(export.body()).isNotEmpty();
        for (JsonNode part : parts) {
            assertThat(part.get("networkId").asLong()).isEqualTo(net.id());
            assertThat(part.get("people").asInt()).as(part.toString()).isEqualTo(7);
        }

        // one more joins: the earlier version stays, with its date, so the difference says nothing
        member(net, 8);
        JsonNode six = all(net, net.coordinator());
        assertThat(six.get("people")).isEqualTo(five.get("people"));
        assertThat(six.get("meanExposure")).isEqualTo(five.get("meanExposure"));
        assertThat(six.get("publishedAt")).isEqualTo(five.get("publishedAt"));
        assertThat(six.get("version").asInt()).isEqualTo(five.get("version").asInt());

        // one that counted leaves: the cell is withdrawn at once, not recomputed without it
        Tenant leaving = members.get(1);
        HttpResponse<String> left = client().delete(
                        "/api/v1/networks/" + net.id() + "/members/" + leaving.organisationId(), leaving.bearer());
        assertThat(left.statusCode()).isEqualTo(204);
        JsonNode after = all(net, net.coordinator());
        assertThat(after.get("suppression").asText()).isEqualTo("HISTORY");
        assertThat(after.has("people")).isFalse();

        Tenant stranger = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        assertThat(client().get("/api/v1/networks/" + net.id() + "/role-exposure", stranger.bearer())
                        .statusCode())
                .isEqualTo(404);
        assertThat(client().get("/networks/" + net.id() + "/role-exposure/export?format=csv", stranger.bearer())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void shouldSuppressACellThatOneOrganisationDominates() {
        Net net = network("SECTION");
        for (int people : new int[] {2, 3, 4, 5, 200}) {
            member(net, people);
        }
        assertThat(all(net, net.coordinator()).get("suppression").asText()).isEqualTo("DOMINANCE");

        JsonNode api = parse(client().get("/v3/api-docs").body());
        assertThat(api.get("paths")
                        .get("/api/v1/networks/{id}/role-exposure")
                        .get("get")
                        .get("description")
                        .asText())
                .contains("role-exposure")
                .contains("DOMINANCE");
    }
}
