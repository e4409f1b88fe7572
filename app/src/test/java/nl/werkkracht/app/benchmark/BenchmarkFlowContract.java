package nl.werkkracht.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.core.benchmark.Direction;
import nl.werkkracht.core.benchmark.PeerDistribution;
import nl.werkkracht.core.benchmark.PeerStatistics;
import nl.werkkracht.store.audit.AuditLog;
import org.junit.jupiter.api.Test;

/** The main benchmark flow through the API, on every database: H2 ({@link BenchmarkApiIT}) and PostgreSQL. */
abstract class BenchmarkFlowContract extends BenchmarkHttp {

    static final double TOLERANCE = 1e-9;
    static final double[] SIX = {42.5, 55.0, 61.25, 48.0, 70.0, 66.5};

    @Test
    void shouldShowTheStatisticsOfSixConsentingOrganisationsAsCoreComputesThem() {
        Net net = network("SECTION");
        List<Tenant> members = members(net, SIX);

        JsonNode answer = benchmarkOk(net, "metric=value-added-per-hour", net.coordinator());

        PeerStatistics expected =
                PeerDistribution.of(SIX).statistics(Direction.HIGHER_IS_BETTER).orElseThrow();
        assertThat(answer.get("suppressed").asBoolean()).isFalse();
        assertThat(answer.get("n").asInt()).isEqualTo(6);
        assertThat(answer.get("year").asInt()).isEqualTo(YEAR);
        assertThat(answer.get("unit").asText()).isEqualTo("EUR/h");
        assertThat(answer.get("direction").asText()).isEqualTo("HIGHER_IS_BETTER");
        assertThat(answer.get("p10").asDouble()).isCloseTo(expected.p10(), within(TOLERANCE));
        assertThat(answer.get("p25").asDouble()).isCloseTo(expected.p25(), within(TOLERANCE));
        assertThat(answer.get("p50").asDouble()).isCloseTo(expected.p50(), within(TOLERANCE));
        assertThat(answer.get("p75").asDouble()).isCloseTo(expected.p75(), within(TOLERANCE));
        assertThat(answer.get("p90").asDouble()).isCloseTo(expected.p90(), within(TOLERANCE));
        assertThat(answer.get("frontier").asDouble())
                .isCloseTo(expected.frontier().getAsDouble(), within(TOLERANCE));
        assertThat(answer.get("dispersion").asDouble())
                .isCloseTo(expected.dispersion().getAsDouble(), within(TOLERANCE));
        assertThat(answer.has("own")).isFalse();
        assertThat(answer.has("min")).isFalse();
        assertThat(answer.has("max")).isFalse();
        assertThat(answer.toString()).doesNotContain("Voorbeeldorganisatie");

        Tenant first = members.get(0);
        JsonNode own = benchmarkOk(net, "metric=value-added-per-hour&organisation=" + first.organisationId(), first);
        assertThat(own.get("own").get("value").asDouble()).isCloseTo(42.5, within(TOLERANCE));
        assertThat(own.get("own").get("percentileRank").asDouble()).isCloseTo(100.0 * 0.5 / 6, within(TOLERANCE));
        assertThat(own.get("own").get("distanceToFrontier").asDouble())
                .isCloseTo(42.5 / expected.frontier().getAsDouble(), within(TOLERANCE));
        assertThat(context.getBean(AuditLog.class).ofOrganisation(first.organisationId(), 50))
                .anyMatch(e -> e.action().equals("benchmark.viewed"));
    }

    @Test
    void shouldSuppressFourOrganisationsWithReasonAndBandAndNoStatistics() {
        Net net = network("SECTION");
        members(net, 40, 50, 60, 70);

        JsonNode answer = benchmarkOk(net, "metric=absenteeism", net.coordinator());

        assertThat(answer.get("suppressed").asBoolean()).isTrue();
        assertThat(answer.get("reason").asText()).isEqualTo("frequency");
        assertThat(answer.get("countBand").asText()).isEqualTo("< 5");
        for (String field : List.of("n", "p10", "p25", "p50", "p75", "p90", "frontier", "dispersion", "min", "max")) {
            assertThat(answer.has(field)).as(field).isFalse();
        }
    }

    @Test
    void shouldLeaveAWithdrawnConsentOutOfTheVeryNextAnswer() {
        Net net = network("SECTION");
        List<Tenant> members = members(net, SIX);
        assertThat(benchmarkOk(net, "metric=absenteeism", net.coordinator())
                        .get("n")
                        .asInt())
                .isEqualTo(6);

        assertThat(consent(net, members.get(0), "value-added-per-hour").statusCode())
                .isEqualTo(200);
        JsonNode five = benchmarkOk(net, "metric=absenteeism", net.coordinator());
        assertThat(five.get("n").asInt()).isEqualTo(5);
        assertThat(five.get("p10").asDouble())
                .isCloseTo(
                        PeerDistribution.of(3, 4, 5, 6, 7)
                                .statistics(Direction.LOWER_IS_BETTER)
                                .orElseThrow()
                                .p10(),
                        within(TOLERANCE));

        assertThat(consent(net, members.get(1)).statusCode()).isEqualTo(200);
        JsonNode four = benchmarkOk(net, "metric=absenteeism", net.coordinator());
        assertThat(four.get("suppressed").asBoolean()).isTrue();
        assertThat(four.has("p50")).isFalse();
        assertThat(benchmarkOk(net, "metric=value-added-per-hour", net.coordinator())
                        .get("n")
                        .asInt())
                .isEqualTo(5);
    }
}
