package nl.werkkracht.store.observation;

import static nl.werkkracht.store.observation.SampleObservations.NAMA;
import static nl.werkkracht.store.observation.SampleObservations.many;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.store.db.DatabaseConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ObservationStoreContract} on the embedded H2 database. */
class ObservationStoreTest extends ObservationStoreContract {

    @TempDir
    Path dataDir;

    @Override
    protected DatabaseConfig config() {
        return DatabaseConfig.embedded(dataDir);
    }

    /** Not a benchmark: it asserts nothing about time, but prints it, to notice a slow import early. */
    @Test
    void shouldImportTwentyThousandObservationsInOneTransaction() {
        List<Observation> observations = many(20_000);

        long start = System.nanoTime();
        ImportOutcome outcome = store.importInto(NAMA, sink -> observations.forEach(sink));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Imported %d observations into H2 in %d ms%n", outcome.written(), millis);

        assertThat(outcome.written()).isEqualTo(20_000);
        DatasetSummary summary = store.dataset("nama_10_a64").orElseThrow();
        assertThat(summary.observations()).isEqualTo(20_000);
        assertThat(summary.regions()).isEqualTo(40);
        assertThat(summary.sectors()).isEqualTo(25);
        assertThat(store.find(ObservationQuery.all("nama_10_a64")
                        .withMeasures(Measure.HOURS)
                        .withSectors("S3")
                        .withYears(2000, 2001)))
                .hasSize(2 * 40)
                .allSatisfy(o -> assertThat(o.sector()).isEqualTo("S3"));
    }
}
