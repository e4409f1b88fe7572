package nl.werkkracht.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import nl.werkkracht.app.account.WebClient;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import org.junit.jupiter.api.Test;

/**
 * Membership by invitation or approval (METHODS.md §9) through the API: single-use codes, KvK numbers,
 * requests, and who sees whom — names, never figures.
 */
class NetworkMembershipIT extends BenchmarkHttp {

    @Test
    void shouldLetAnInvitationCodeBeUsedOnceAndShowItUsedToTheCoordinator() {
        Net net = network("SECTION");
        Tenant first = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        Tenant second = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        String code = invitation(net);

        HttpResponse<String> joined =
                joinWith(net, first, code.toUpperCase(java.util.Locale.ROOT).replace("-", " "));
        HttpResponse<String> again = joinWith(net, second, code);

        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
        assertThat(again.statusCode())
                .as("the code is used up; the second cannot see the network")
                .isEqualTo(404);
        assertThat(parse(again.body()).get("field").asText()).isEqualTo("invitationCode");
        JsonNode invitations = parse(client().get(
                        "/api/v1/networks/" + net.id() + "/invitations",
                        net.coordinator().bearer())
                .body());
        assertThat(invitations.get(0).get("status").asText()).isEqualTo("used");
        assertThat(invitations.toString()).doesNotContain(code);
    }

    @Test
    void shouldRefuseACoordinatorsOwnOrganisationWithoutAValidCodeNamingTheField() {
        Net net = network("SECTION");
        String code = invitation(net);
        long invitation = parse(client().get(
                                "/api/v1/networks/" + net.id() + "/invitations",
                                net.coordinator().bearer())
                        .body())
                .get(0)
                .get("id")
                .asLong();

        assertThat(client().delete(
                                "/api/v1/networks/" + net.id() + "/invitations/" + invitation,
                                net.coordinator().bearer())
                        .statusCode())
                .isEqualTo(204);
        HttpResponse<String> revoked = joinWith(net, net.coordinator(), code);
        HttpResponse<String> wrong = joinWith(net, net.coordinator(), "aaaa-bbbb-cccc-dddd-eeee");

        for (HttpResponse<String> r : List.of(revoked, wrong)) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
            assertThat(parse(r.body()).get("field").asText()).isEqualTo("invitationCode");
        }
        assertThat(parse(client().get(
                                "/api/v1/networks/" + net.id() + "/members",
                                net.coordinator().bearer())
                        .body()))
                .isEmpty();
    }

    @Test
    void shouldNotLetAnOrganisationWithoutKvkNumberJoinNorGiveItAnotherOnesNumber() {
        Net net = network("SECTION");
        Tenant member = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        HttpResponse<String> created = client().postJson(
                        "/api/v1/organisations",
                        "{\"name\": \"Zonder KvK (verzonnen)\", \"sector\": \"F\", \"sizeClass\": \"10-49\", \"region\": \"CR22\"}",
                        member.bearer());
        long withoutKvk = parse(created.body()).get("id").asLong();
        Tenant other = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        String otherKvk = parse(client().get("/api/v1/organisations/" + other.organisationId(), other.bearer())
                        .body())
                .get("kvkNumber")
                .asText();

        HttpResponse<String> join = client().postJson(
                        "/api/v1/networks/" + net.id() + "/members",
                        "{\"organisationId\": " + withoutKvk + ", \"invitationCode\": \"" + invitation(net) + "\"}",
                        member.bearer());
        HttpResponse<String> taken = client().putJson(
                        "/api/v1/organisations/" + withoutKvk,
                        "{\"name\": \"Zonder KvK (verzonnen)\", \"sector\": \"F\", \"sizeClass\": \"10-49\", \"region\": \"CR22\","
                                + " \"kvkNumber\": \"" + otherKvk + "\"}",
                        member.bearer());
        HttpResponse<String> shortNumber = client().putJson(
                        "/api/v1/organisations/" + withoutKvk,
                        "{\"name\": \"Zonder KvK (verzonnen)\", \"sector\": \"F\", \"sizeClass\": \"10-49\", \"region\": \"CR22\","
                                + " \"kvkNumber\": \"1234567\"}",
                        member.bearer());

        assertThat(join.statusCode()).isEqualTo(403);
        assertThat(parse(join.body()).get("field").asText()).isEqualTo("kvkNumber");
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(parse(taken.body()).get("field").asText()).isEqualTo("kvkNumber");
        assertThat(taken.body()).contains("already registered");
        assertThat(shortNumber.statusCode()).isEqualTo(400);
        assertThat(parse(shortNumber.body()).get("field").asText()).isEqualTo("kvkNumber");
    }

    @Test
    void shouldSayInDutchAndEnglishOnTheFormThatAKvkNumberIsTaken() {
        Tenant owner = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        Tenant other = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        String taken = parse(client().get("/api/v1/organisations/" + other.organisationId(), other.bearer())
                        .body())
                .get("kvkNumber")
                .asText();
        WebClient web = new WebClient(port).loggedIn(owner.username(), OrganisationFixtures.PASSWORD);
        String page = "/organisations/" + owner.organisationId();
        java.util.Map<String, String> form = new java.util.LinkedHashMap<>(java.util.Map.of(
                "name",
                "Voorbeeld (verzonnen)",
                "sector",
                "F",
                "sizeClass",
                "10-49",
                "region",
                "CR22",
                "kvkNumber",
                taken));

        HttpResponse<String> nl = web.postWithCsrf(page, page, form);
        HttpResponse<String> en = web.postWithCsrf(page + "?lang=en", page + "?lang=en", form);

        assertThat(nl.statusCode()).isEqualTo(200);
        assertThat(nl.body())
                .contains("data-field=\"kvkNumber\"")
                .contains("dit KvK-nummer is al bij een andere organisatie op het platform ingevuld");
        assertThat(en.body()).contains("this KvK number is already entered for another organisation on the platform");
    }

    @Test
    void shouldDescribeTheMembershipEndpointsAndTheKvkNumberInOpenApi() {
        JsonNode api = parse(client().get("/v3/api-docs").body());

        for (String path : List.of(
                "/api/v1/networks/{id}/invitations",
                "/api/v1/networks/{id}/invitations/{invitationId}",
                "/api/v1/networks/{id}/members",
                "/api/v1/networks/{id}/join-requests",
                "/api/v1/networks/{id}/join-requests/{organisationId}/approval",
                "/api/v1/organisations/{id}/network-requests")) {
            assertThat(api.get("paths").has(path)).as(path).isTrue();
        }
        JsonNode schemas = api.get("components").get("schemas");
        assertThat(schemas.get("OrganisationInput").get("properties").has("kvkNumber"))
                .isTrue();
        assertThat(schemas.get("JoinInput").get("properties").has("invitationCode"))
                .isTrue();
        assertThat(schemas.get("BenchmarkView").get("properties").has("withheld"))
                .isTrue();
    }

    @Test
    void shouldLetTheCoordinatorApproveARequestAfterCheckingTheKvkNumber() {
        Net net = network("SECTION");
        Tenant asking = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        Tenant rejected = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        String requests = "/api/v1/networks/" + net.id() + "/join-requests";

        for (Tenant t : List.of(asking, rejected)) {
            HttpResponse<String> r = client().postJson(
                            "/api/v1/organisations/" + t.organisationId() + "/network-requests",
                            "{\"networkId\": " + net.id() + "}",
                            t.bearer());
            assertThat(r.statusCode()).isEqualTo(202);
        }
        HttpResponse<String> unknown = client().postJson(
                        "/api/v1/organisations/" + asking.organisationId() + "/network-requests",
                        "{\"networkId\": " + (net.id() + 100000) + "}",
                        asking.bearer());
        assertThat(unknown.statusCode()).as("no hint whether a network exists").isEqualTo(202);
        assertThat(client().get("/api/v1/networks/" + net.id(), asking.bearer()).statusCode())
                .isEqualTo(404);
        JsonNode open = parse(client().get(requests, net.coordinator().bearer()).body());
        assertThat(open).hasSize(2);
        assertThat(open.get(0).get("kvkNumber").asText()).matches("[0-9]{8}");

        assertThat(client().postJson(
                                requests + "/" + asking.organisationId() + "/approval",
                                "{}",
                                net.coordinator().bearer())
                        .statusCode())
                .isEqualTo(204);
        assertThat(client().delete(
                                requests + "/" + rejected.organisationId(),
                                net.coordinator().bearer())
                        .statusCode())
                .isEqualTo(204);

        assertThat(client().get("/api/v1/networks/" + net.id(), asking.bearer()).statusCode())
                .isEqualTo(200);
        assertThat(client().get("/api/v1/networks/" + net.id(), rejected.bearer())
                        .statusCode())
                .isEqualTo(404);
        assertThat(parse(client().get(requests, net.coordinator().bearer()).body()))
                .isEmpty();
    }

    @Test
    void shouldShowMembersWhoElseIsInTheNetworkButNoFiguresAndNoKvkNumbers() {
        Net net = network("SECTION");
        List<Tenant> members = members(net, 50, 60, 70);
        Tenant member = members.get(0);

        HttpResponse<String> asMember = client().get("/api/v1/networks/" + net.id() + "/members", member.bearer());
        JsonNode asCoordinator = parse(client().get(
                        "/api/v1/networks/" + net.id() + "/members",
                        net.coordinator().bearer())
                .body());
        HttpResponse<String> invite =
                client().postJson("/api/v1/networks/" + net.id() + "/invitations", "{}", member.bearer());

        assertThat(asMember.statusCode()).isEqualTo(200);
        assertThat(parse(asMember.body()))
                .hasSize(3)
                .allMatch(m -> m.get("name").asText().startsWith("Voorbeeldorganisatie"));
        assertThat(asMember.body())
                .doesNotContain("kvkNumber")
                .doesNotContain("value")
                .doesNotContain("p50");
        assertThat(asCoordinator).allMatch(m -> m.get("kvkNumber").asText().matches("[0-9]{8}"));
        assertThat(invite.statusCode()).as("a member is no coordinator").isEqualTo(403);
        assertThat(parse(invite.body()).get("field").asText()).isEqualTo("network");
    }
}
