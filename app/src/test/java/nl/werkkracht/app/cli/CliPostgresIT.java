package nl.werkkracht.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import nl.werkkracht.store.db.PostgresTestSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The CLI on PostgreSQL (WERKKRACHT_DB_URL): the default data load and the analyses give the H2 figures. */
class CliPostgresIT {

    @RegisterExtension
    static final PostgresTestSchema POSTGRES = new PostgresTestSchema();

    private static Map<String, String> env() {
        return POSTGRES.environment();
    }

    @Test
    void shouldLoadTheDefaultDataAndAnalyseOnPostgres() {
        CliRun serve = CliRun.run(env(), "datasets");
        assertThat(serve.exitCode()).as(serve.err()).isZero();
        assertThat(serve.out()).contains("nama_10_a64").contains("euklems").contains("nama_10r");

        JsonNode p = CliRun.run(
                        env(),
                        "productivity",
                        "--dataset",
                        "nama_10_a64",
                        "--region",
                        "NL",
                        "--year",
                        "2019",
                        "--labour",
                        "HOURS",
                        "--output",
                        "json")
                .json();
        assertThat(p.get("value").asDouble()).isCloseTo(52.27774441031741, within(1e-9));

        JsonNode s = CliRun.run(
                        env(),
                        "structure",
                        "--dataset",
                        "nama_10r",
                        "--productivity-dataset",
                        "euklems",
                        "--region",
                        "NL32",
                        "--year",
                        "2017",
                        "--labour",
                        "PERSONS",
                        "--output",
                        "json")
                .json();
        assertThat(s.get("correctedIndex").asDouble()).isCloseTo(114.59293678539053, within(1e-9));

        JsonNode t = CliRun.run(
                        env(),
                        "typology",
                        "--dataset",
                        "nama_10r",
                        "--level",
                        "nuts3",
                        "--from",
                        "2008",
                        "--to",
                        "2017",
                        "--labour",
                        "PERSONS",
                        "--output",
                        "json")
                .json();
        assertThat(t.get("regions")).hasSize(40);
    }
}
