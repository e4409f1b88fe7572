package nl.werkkracht.app.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import nl.werkkracht.app.organisation.OrganisationFixtures.Tenant;
import nl.werkkracht.store.audit.AuditLog;
import org.junit.jupiter.api.Test;

/**
 * The main benchmark flow through the API, on every database: H2 ({@link BenchmarkApiIT}) and PostgreSQL.
 * The figures are those of the worked example {@code core/src/test/resources/worked-examples/benchmark/
 * statistics.txt}, group "a".
 */
abstract class BenchmarkFlowContract extends BenchmarkHttp {

    /** Group "a" of the worked example: sorted 38 42 45 47 52 55 58 61 66 70. */
    static final double[] TEN = {42, 55, 38, 61, 47, 70, 52, 45, 66, 58};

    @Test
    void shouldShowTheSmoothedStatisticsOfTheWorkedExampleToThreeSignificantDigits() {
        Net net = network("SECTION");
        List<Tenant> members = members(net, TEN);

        JsonNode answer = benchmarkOk(net, "metric=value-added-per-hour", net.coordinator());

        assertThat(answer.get("suppressed").asBoolean()).isFalse();
        assertThat(answer.get("n").asInt()).isEqualTo(10);
        assertThat(answer.get("year").asInt()).isEqualTo(YEAR);
        assertThat(answer.get("version").asInt()).isEqualTo(1);
        assertThat(answer.has("publishedAt")).isTrue();
        assertThat(answer.get("unit").asText()).isEqualTo("EUR/h");
        // P50 = mean of x3..x7 = (47 + 52 + 55 + 58 + 61) / 5; frontier = mean of the best 5 = 310 / 5
        assertThat(answer.get("p50").asDouble()).isEqualTo(54.6);
        assertThat(answer.get("frontier").asDouble()).isEqualTo(62.0);
        for (String absent : List.of("p10", "p25", "p75", "p90", "dispersion", "own", "min", "max")) {
            assertThat(answer.has(absent)).as(absent).isFalse();
        }
        assertThat(answer.get("withheld").get("p25").asText()).isEqualTo("too-few");
        assertThat(answer.toString()).doesNotContain("Voorbeeldorganisatie");

        Tenant withFiftyTwo = members.get(6);
        JsonNode own = benchmarkOk(
                net, "metric=value-added-per-hour&organisation=" + withFiftyTwo.organisationId(), withFiftyTwo);
        assertThat(own.get("own").get("value").asDouble()).isEqualTo(52.0);
        assertThat(own.get("own").get("counted").asBoolean()).isTrue();
        assertThat(own.get("own").get("percentileRankBand").asText()).isEqualTo("40-50"); // rank 45, n < 20
        assertThat(own.get("own").has("percentileRank")).isFalse();
        assertThat(own.get("own").get("distanceToFrontier").asDouble()).isEqualTo(0.839); // 52 / 62
        assertThat(context.getBean(AuditLog.class).ofOrganisation(withFiftyTwo.organisationId(), 50))
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
    void shouldSuppressAtOnceWhenOneWithdrawsAndPublishAgainWhenFiveDiffer() {
        Net net = network("SECTION");
        List<Tenant> members = members(net, TEN);
        assertThat(benchmarkOk(net, "metric=absenteeism", net.coordinator())
                        .get("n")
                        .asInt())
                .isEqualTo(10);

        assertThat(consent(net, members.get(0), "value-added-per-hour").statusCode())
                .isEqualTo(200);
        JsonNode withdrawn = benchmarkOk(net, "metric=absenteeism", net.coordinator());
        assertThat(withdrawn.get("suppressed").asBoolean()).isTrue();
        assertThat(withdrawn.get("reason").asText()).isEqualTo("history");
        assertThat(withdrawn.has("p50")).isFalse();
        assertThat(benchmarkOk(net, "metric=value-added-per-hour", net.coordinator())
                        .get("n")
                        .asInt())
                .isEqualTo(10);

        members(net, 50, 51, 53, 57); // 1 left + 4 joined: 5 differ from the first version of absenteeism
        JsonNode again = benchmarkOk(net, "metric=absenteeism", net.coordinator());
        assertThat(again.get("suppressed").asBoolean()).isFalse();
        assertThat(again.get("n").asInt()).isEqualTo(13);
        assertThat(again.get("version").asInt()).isEqualTo(3);
        JsonNode vaph = benchmarkOk(net, "metric=value-added-per-hour", net.coordinator());
        assertThat(vaph.get("n").asInt())
                .as("4 joined: the earlier version stays")
                .isEqualTo(10);
        assertThat(vaph.get("version").asInt()).isEqualTo(1);
    }
}
