package nl.werkkracht.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.werkkracht.app.dataset.ImportService;
import nl.werkkracht.statdata.importer.ImportProgress;
import nl.werkkracht.store.observation.ObservationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The gap decomposition appears once the store holds GVA by region × sector, and goes again when the
 * dataset is deleted: the {@link DatasetsChanged} event and {@link MonitorCache#invalidate()} drop the
 * cached figures. The region × sector file is the invented CLI fixture in the shape of CBS 84419NED
 * ({@code cli/README.txt}); its expected figures were computed separately from the file (see
 * RegionalImportIT).
 */
class RegionalGapIT extends MonitorHttp {

    private static final String DATASET = "monitor-it-regional-gva";

    @Autowired
    ImportService imports;

    @Autowired
    ObservationStore store;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MonitorCache cache;

    @TempDir
    Path dir;

    @Test
    void shouldDecomposeTheGapBySectorOnceRegionalValueAddedIsImported() throws IOException {
        // from the shipped data: GVA by sector 2018 (nama_10r_gva2018) per hour worked; Utrecht, whose NUTS 2024
        // region NL35 is not NL31, has none and the note names CBS 84419NED
        assertThat(json("/api/v1/regions/PV20/summary?year=2017")
                        .get("gap")
                        .get("dataset")
                        .asText())
                .isEqualTo("nama_10r_gva2018");
        assertThat(json("/api/v1/regions/PV26/summary?year=2017").get("gapNote").asText())
                .contains("84419NED");
        imports.importFile(fixture(), DATASET, Optional.empty(), ImportProgress.NONE);
        events.publishEvent(new DatasetsChanged(DATASET));
        try {
            JsonNode s = json("/api/v1/regions/PV20/summary?year=2017");
            JsonNode gap = s.get("gap");

            assertThat(s.get("gapNote").isNull()).isTrue();
            assertThat(gap.get("dataset").asText()).isEqualTo(DATASET);
            assertThat(gap.get("year").asInt()).isEqualTo(2021);
            assertThat(gap.get("labour").asText()).isEqualTo("FTE");
            assertThat(gap.get("region").asDouble()).isCloseTo(101522.8426395939, within(1e-6));
            assertThat(gap.get("reference").asDouble()).isCloseTo(78000.0, within(1e-6));
            assertThat(gap.get("gap").asDouble()).isCloseTo(23522.842639593902, within(1e-6));
            assertThat(sum(gap.get("effects").elements()))
                    .isCloseTo(gap.get("gap").asDouble(), within(1e-6));
            double contributions = 0;
            for (JsonNode sector : gap.get("sectors")) {
                contributions += sector.get("contribution").asDouble();
            }
            assertThat(contributions).isCloseTo(gap.get("gap").asDouble(), within(1e-6));
            assertThat(gap.get("missingSectors").toString()).contains("CONFIDENTIAL_IN_REGION");
            assertThat(s.get("sources").findValuesAsText("dataset")).contains(DATASET);
            assertThat(html("/monitor/region/PV20?year=2017"))
                    .contains("id=\"chart-gap\"")
                    .doesNotContain("id=\"gap-note\"");
        } finally {
            store.deleteDataset(DATASET);
            cache.invalidate();
        }
        assertThat(json("/api/v1/regions/PV20/summary?year=2017")
                        .get("gap")
                        .get("year")
                        .asInt())
                .isEqualTo(2018);
    }

    private Path fixture() throws IOException {
        Path file = dir.resolve("example-regional-gva.csv");
        try (InputStream in = getClass().getResourceAsStream("/cli/example-regional-gva.csv")) {
            Files.copy(in, file);
        }
        return file;
    }

    private static double sum(java.util.Iterator<JsonNode> values) {
        double total = 0;
        while (values.hasNext()) {
            total += values.next().asDouble();
        }
        return total;
    }
}
