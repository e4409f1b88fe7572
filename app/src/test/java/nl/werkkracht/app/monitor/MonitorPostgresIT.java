package nl.werkkracht.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import nl.werkkracht.store.db.PostgresTestSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The monitor API on PostgreSQL: the web platform started with {@code werkkracht.db.url} (what
 * {@code WERKKRACHT_DB_URL} sets) loads the default data through the same migrations and answers with
 * the figures the H2 tests check.
 */
class MonitorPostgresIT extends MonitorHttp {

    @RegisterExtension
    static final PostgresTestSchema POSTGRES = new PostgresTestSchema();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("werkkracht.db.url", () -> POSTGRES.config().url());
        registry.add("werkkracht.db.user", () -> POSTGRES.config().user());
        registry.add("werkkracht.db.password", () -> POSTGRES.config().password());
    }

    @Test
    void shouldServeTheRegionSummaryFromPostgres() {
        JsonNode r = json("/api/v1/regions/NL32/summary?year=2017");
        assertThat(r.get("gap").get("dataset").asText()).isEqualTo("nama_10r_gva2018");
        JsonNode structure = r.get("structure");
        // independently computed from the raw files (Python), per hour worked (see RegionsApiIT)
        assertThat(structure.get("structureCorrectedIndex").asDouble()).isCloseTo(112.20099476906975, within(1e-6));
        JsonNode regions = json("/api/v1/regions?level=province&year=2017").get("regions");
        assertThat(regions).hasSize(12);
    }

    @Test
    void shouldAnswerProblemDetailsOnPostgresToo() {
        JsonNode p = problem("/api/v1/regions/XX99/summary", 404);
        assertThat(p.get("status").asInt()).isEqualTo(404);
        assertThat(p.get("detail").asText()).contains("XX99");
    }
}
