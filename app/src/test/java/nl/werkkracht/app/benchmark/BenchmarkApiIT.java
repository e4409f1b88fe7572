package nl.werkkracht.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import nl.werkkracht.app.organisation.OrganisationFixtures;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.account.Role;
import org.junit.jupiter.api.Test;

/**
 * The benchmark API on the embedded database: the flow of {@link BenchmarkFlowContract}, and who may see
 * what: coordinators only aggregates, members their own position, anyone else 404 on every endpoint.
 */
class BenchmarkApiIT extends BenchmarkFlowContract {

    @Test
    void shouldNotGiveTheCoordinatorAnOrganisationsOwnPosition() {
        Net net = network("SECTION");
        List<Tenant> members = members(net, TEN);

        HttpResponse<String> foreign = benchmark(
                net,
                "metric=value-added-per-hour&organisation=" + members.get(2).organisationId(),
                net.coordinator());
        HttpResponse<String> otherMember = benchmark(
                net,
                "metric=value-added-per-hour&organisation=" + members.get(2).organisationId(),
                members.get(3));

        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(otherMember.statusCode()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain("p50");
    }

    @Test
    void shouldNotGiveTheOwnPositionOfAnOrganisationOutsideTheNetwork() {
        Net net = network("SECTION");
        members(net, TEN);

        HttpResponse<String> r = benchmark(
                net,
                "metric=value-added-per-hour&organisation=" + net.coordinator().organisationId(),
                net.coordinator());

        assertThat(r.statusCode()).isEqualTo(404);
    }

    @Test
    void shouldAnswer404ToANonMemberOnEveryNetworkEndpoint() {
        Net net = network("SECTION");
        List<Tenant> members = members(net, 50, 60);
        Tenant outsider = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        String base = "/api/v1/networks/" + net.id();
        String code = invitation(net);
        long invitation = parse(
                        client().get(base + "/invitations", net.coordinator().bearer())
                                .body())
                .get(0)
                .get("id")
                .asLong();

        for (String path : List.of(
                base,
                base + "/benchmarks?metric=absenteeism",
                base + "/members",
                base + "/invitations",
                base + "/join-requests")) {
            assertThat(client().get(path, outsider.bearer()).statusCode())
                    .as(path)
                    .isEqualTo(404);
        }
        assertThat(client().delete(base + "/members/" + members.get(0).organisationId(), outsider.bearer())
                        .statusCode())
                .isEqualTo(404);
        assertThat(client().postJson(base + "/invitations", "{}", outsider.bearer())
                        .statusCode())
                .isEqualTo(404);
        assertThat(client().delete(base + "/invitations/" + invitation, outsider.bearer())
                        .statusCode())
                .isEqualTo(404);
        assertThat(client().postJson(
                                base + "/join-requests/" + members.get(0).organisationId() + "/approval",
                                "{}",
                                outsider.bearer())
                        .statusCode())
                .isEqualTo(404);
        assertThat(client().delete(base + "/join-requests/" + members.get(0).organisationId(), outsider.bearer())
                        .statusCode())
                .isEqualTo(404);
        HttpResponse<String> withoutCode = client().postJson(
                        base + "/members",
                        "{\"organisationId\": " + outsider.organisationId() + "}",
                        outsider.bearer());
        assertThat(withoutCode.statusCode()).isEqualTo(404);
        assertThat(parse(withoutCode.body()).get("field").asText()).isEqualTo("invitationCode");
        assertThat(client().postJson(
                                base + "/members",
                                "{\"organisationId\": " + members.get(0).organisationId() + ", \"invitationCode\": \""
                                        + code + "\"}",
                                outsider.bearer())
                        .statusCode())
                .as("somebody else's organisation")
                .isEqualTo(404);
        String consents = "/api/v1/organisations/" + members.get(0).organisationId() + "/consents/" + net.id();
        assertThat(client().get(consents, outsider.bearer()).statusCode()).isEqualTo(404);
        assertThat(client().putJson(consents, "{\"metrics\": []}", outsider.bearer())
                        .statusCode())
                .isEqualTo(404);
        String ownConsents = "/api/v1/organisations/" + outsider.organisationId() + "/consents/" + net.id();
        assertThat(client().get(ownConsents, outsider.bearer()).statusCode()).isEqualTo(404);
        assertThat(client().get("/api/v1/networks/" + (net.id() + 100000), outsider.bearer())
                        .statusCode())
                .isEqualTo(404);
        assertThat(parse(client().get("/api/v1/networks", outsider.bearer()).body()))
                .noneMatch(n -> n.get("id").asLong() == net.id());
        for (String page : List.of("/networks/" + net.id(), "/networks/" + net.id() + "/members")) {
            assertThat(client().get(page, outsider.bearer()).statusCode())
                    .as(page)
                    .isEqualTo(404);
        }
    }

    @Test
    void shouldListTheNetworksOfCoordinatorsAndMembers() {
        Net net = network("DIVISION");
        List<Tenant> members = members(net, 50);

        JsonNode ofCoordinator = parse(
                client().get("/api/v1/networks", net.coordinator().bearer()).body());
        JsonNode ofMember =
                parse(client().get("/api/v1/networks", members.get(0).bearer()).body());

        assertThat(ofCoordinator)
                .anyMatch(n -> n.get("id").asLong() == net.id()
                        && n.get("coordinator").asBoolean()
                        && n.get("sectorLevel").asText().equals("DIVISION"));
        assertThat(ofMember)
                .anyMatch(n -> n.get("id").asLong() == net.id()
                        && !n.get("coordinator").asBoolean()
                        && n.get("organisations").get(0).get("id").asLong()
                                == members.get(0).organisationId());
    }

    @Test
    void shouldRefuseAnUnknownMetricNamingItsIndex() {
        Net net = network("SECTION");
        Tenant member = members(net, 50).get(0);

        HttpResponse<String> r = consent(net, member, "absenteeism", "engagement", "happiness");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(parse(r.body()).get("field").asText()).isEqualTo("metrics[2]");
        assertThat(parse(client().get(
                                        "/api/v1/organisations/" + member.organisationId() + "/consents/" + net.id(),
                                        member.bearer())
                                .body())
                        .get("metrics"))
                .extracting(JsonNode::asText)
                .containsExactly("absenteeism", "value-added-per-hour");
        assertThat(benchmark(net, "metric=happiness", net.coordinator()).statusCode())
                .isEqualTo(400);
        assertThat(client().postJson("/api/v1/networks", "{\"name\": \" \"}", member.bearer())
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void shouldTakeALeavingOrganisationOutAtOnce() {
        Net net = network("SECTION");
        List<Tenant> members = members(net, TEN);
        assertThat(benchmarkOk(net, "metric=value-added-per-hour", net.coordinator())
                        .get("n")
                        .asInt())
                .isEqualTo(10);

        HttpResponse<String> left = client().delete(
                        "/api/v1/networks/" + net.id() + "/members/"
                                + members.get(5).organisationId(),
                        members.get(5).bearer());

        assertThat(left.statusCode()).isEqualTo(204);
        JsonNode after = benchmarkOk(net, "metric=value-added-per-hour", net.coordinator());
        assertThat(after.get("suppressed").asBoolean()).isTrue();
        assertThat(after.get("reason").asText())
                .as("9 differ by 1 from the 10 published")
                .isEqualTo("history");
        assertThat(benchmark(net, "metric=absenteeism", members.get(5)).statusCode())
                .isEqualTo(404);
    }

    @Test
    void shouldExportOnlyTheShownStatisticsWithoutNames() {
        Net net = network("SECTION");
        members(net, TEN);
        Tenant outsider = OrganisationFixtures.tenant(context, Role.EMPLOYER);

        HttpResponse<String> csv = client().get(
                        "/networks/" + net.id() + "/export?format=csv&sizeClass=10-49",
                        net.coordinator().bearer());

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body())
                .contains("P50")
                .contains("Toegevoegde waarde per gewerkt uur")
                .contains("nog te weinig deelnemers (< 5)")
                .contains(";54,6;") // Dutch CSV: decimal comma, 3 significant digits
                .doesNotContain("54,60")
                .doesNotContain("Voorbeeldorganisatie");
        HttpResponse<byte[]> pdf = client().getBytes(
                        "/networks/" + net.id() + "/export?format=pdf",
                        net.coordinator().bearer());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(client().get("/networks/" + net.id() + "/export?format=csv", outsider.bearer())
                        .statusCode())
                .isEqualTo(404);
        assertThat(benchmark(net, "metric=absenteeism&sizeClass=huge", net.coordinator())
                        .statusCode())
                .isEqualTo(400);
        JsonNode byYear = benchmarkOk(net, "metric=absenteeism&year=2023", net.coordinator());
        assertThat(byYear.get("suppressed").asBoolean()).isTrue();
        assertThat(byYear.get("year").asInt()).isEqualTo(2023);
    }
}
