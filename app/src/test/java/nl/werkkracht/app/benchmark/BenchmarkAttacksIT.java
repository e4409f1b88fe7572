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
 * The three attacks of issue 9 on the benchmarks, replayed through the API of a running server: each must
 * fail. (The randomized insider attack of the engine is {@code core}'s {@code InsiderAttackTest}.)
 */
class BenchmarkAttacksIT extends BenchmarkHttp {

    private static final String[] CUTS = {
        "", "&sector=F", "&sizeClass=10-49", "&region=CR22", "&sector=F&sizeClass=10-49&region=CR22"
    };

    /**
     * In a network of 9 the card showed type-7 P10/P90 and a frontier over 3: the top organisation read the
     * second one's value from P90 and its own. Now P90 and P10 are not shown at n = 9 (their windows would
     * hold the maximum and minimum), and the median and frontier mix five organisations each.
     */
    @Test
    void shouldNotLetTheTopOfANetworkOfNineReadTheSecondsValue() {
        Net net = network("SECTION");
        List<Tenant> members = members(net, 40, 45, 50, 55, 60, 65, 70, 75, 90);
        Tenant top = members.get(8);

        for (String cut : CUTS) {
            JsonNode a =
                    benchmarkOk(net, "metric=value-added-per-hour&organisation=" + top.organisationId() + cut, top);
            assertThat(a.has("p90")).as(cut).isFalse();
            assertThat(a.has("p10")).as(cut).isFalse();
            assertThat(a.get("withheld").get("p90").asText()).isEqualTo("too-few");
            assertThat(a.get("p50").asDouble()).as("mean of 50 55 60 65 70").isEqualTo(60.0);
            assertThat(a.get("frontier").asDouble())
                    .as("mean of 60 65 70 75 90")
                    .isEqualTo(72.0);
            // what the top learns: 5·72 - 90 = 270 = 60+65+70+75, a sum of four others
        }
    }

    /** Any account could join any network by its number and then see its statistics. */
    @Test
    void shouldNotLetAnyAccountJoinAnOpenNetworkByItsNumber() {
        Net net = network("SECTION");
        members(net, 42, 55, 38, 61, 47, 70, 52);
        Tenant stranger = OrganisationFixtures.tenant(context, Role.EMPLOYER);
        String base = "/api/v1/networks/" + net.id();

        HttpResponse<String> noCode = client().postJson(
                        base + "/members",
                        "{\"organisationId\": " + stranger.organisationId() + "}",
                        stranger.bearer());
        HttpResponse<String> guessed = joinWith(
                net, stranger, "abcd-efgh-ijkm-npqr-stuv".replace("i", "a").replace("j", "b"));
        HttpResponse<String> page = client().postJson(
                        "/organisations/" + stranger.organisationId() + "/benchmark/join", "{}", stranger.bearer());

        for (HttpResponse<String> r : List.of(noCode, guessed)) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(404);
            assertThat(parse(r.body()).get("field").asText()).isEqualTo("invitationCode");
        }
        assertThat(benchmark(net, "metric=value-added-per-hour", stranger).statusCode())
                .isEqualTo(404);
        assertThat(client().get(base, stranger.bearer()).statusCode()).isEqualTo(404);
        assertThat(parse(client().get(base + "/members", net.coordinator().bearer())
                        .body()))
                .noneMatch(m -> m.get("organisationId").asLong() == stranger.organisationId());
    }

    /**
     * An adviser created five organisations at 50, 55, 60, 65 and 70 €/h, joined them to another's network
     * (here the coordinator even invites them) and read the sixth organisation's 62.5 €/h from n = 6 and
     * type-7 p50 = 61.25. Now the adviser knows five of the six: every cell counts only the one it cannot
     * access, so nothing is shown to it — with or without one of its organisations, in any cut.
     */
    @Test
    void shouldNotLetAnAdviserWithFiveOrganisationsReadTheSixth() {
        Net net = network("SECTION");
        Tenant sixth = members(net, 62.5).get(0);
        Tenant adviser = OrganisationFixtures.tenant(context, Role.ADVISER);
        List<Long> own = new ArrayList<>(List.of(adviser.organisationId()));
        for (int i = 1; i < 5; i++) {
            HttpResponse<String> created = client().postJson(
                            "/api/v1/organisations",
                            "{\"name\": \"Adviesklant " + i
                                    + " (verzonnen)\", \"sector\": \"F\", \"sizeClass\": \"10-49\","
                                    + " \"region\": \"CR22\", \"kvkNumber\": \""
                                    + OrganisationFixtures.kvkNumber(
                                            900_000 + (int) (adviser.organisationId() % 1000) * 10 + i)
                                    + "\"}",
                            adviser.bearer());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            own.add(parse(created.body()).get("id").asLong());
        }
        double[] values = {50, 55, 60, 65, 70};
        for (int i = 0; i < own.size(); i++) {
            Tenant t = new Tenant(adviser.username(), adviser.token(), own.get(i));
            figures(t, values[i], i);
            join(net, t);
            consent(net, t, "value-added-per-hour", "absenteeism");
        }

        assertThat(benchmarkOk(net, "metric=value-added-per-hour", net.coordinator())
                        .get("n")
                        .asInt())
                .isEqualTo(6);
        for (String cut : CUTS) {
            for (String as : List.of("", "&organisation=" + own.get(2))) {
                JsonNode a = benchmarkOk(net, "metric=value-added-per-hour" + as + cut, adviser);
                assertThat(a.get("suppressed").asBoolean()).as(as + cut).isTrue();
                assertThat(a.get("reason").asText()).isEqualTo("insider");
                assertThat(a.has("p50") || a.has("frontier") || a.has("n")).isFalse();
            }
        }
        JsonNode toTheSixth =
                benchmarkOk(net, "metric=value-added-per-hour&organisation=" + sixth.organisationId(), sixth);
        assertThat(toTheSixth.has("p50")).as("no median at n = 6 for anyone").isFalse();
        assertThat(toTheSixth.get("frontier").asDouble()).isEqualTo(62.5); // 55 60 62.5 65 70
    }
}
