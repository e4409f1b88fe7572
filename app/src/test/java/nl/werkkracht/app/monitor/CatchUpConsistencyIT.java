package nl.werkkracht.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import nl.werkkracht.app.typology.TypologyService;
import nl.werkkracht.app.typology.TypologyView;
import nl.werkkracht.core.codelist.RegionLevel;
import nl.werkkracht.core.observation.LabourMeasure;
import nl.werkkracht.core.typology.Thresholds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The monitor classifies catch-up from its in-memory levels; the result must be the typology the
 * engine's use case ({@link TypologyService}, also behind {@code ./werkkracht typology}) gives for the
 * same level and period, on raw and on structure-corrected levels.
 */
class CatchUpConsistencyIT extends MonitorHttp {

    @Autowired
    TypologyService typology;

    @ParameterizedTest(name = "{0} {1}-{2} corrected={3}")
    @CsvSource({
        "province, 2008, 2017, false",
        "province, 2008, 2017, true",
        "corop, 2007, 2017, false",
        "corop, 2007, 2017, true",
        "nuts2, 2000, 2018, false"
    })
    void shouldClassifyAsTheTypologyService(String level, int from, int to, boolean corrected) {
        // provinces (NUTS-2) per hour worked from nama_10r_2022, COROP per person employed (ADR 0030)
        boolean hourly = level.equals("province") || level.equals("nuts2");
        TypologyView expected = typology.typology(
                hourly ? "nama_10r_2022" : "nama_10r",
                RegionLevel.parse(level).orElseThrow(),
                from,
                to,
                hourly ? LabourMeasure.HOURS : LabourMeasure.PERSONS,
                java.util.List.of(),
                corrected,
                Optional.of("euklems"),
                Thresholds.DEFAULT);
        JsonNode v = json("/api/v1/regions?level=" + level + "&year=" + to + "&from=" + from + "&to=" + to);

        String front = corrected ? "correctedFrontrunner" : "frontrunner";
        assertThat(v.get("catchUp").get(front).get("code").asText())
                .isEqualTo(String.join(",", expected.frontrunnerGroup()));
        for (TypologyView.Region r : expected.regions()) {
            JsonNode c = row(v, r.region()).get(corrected ? "catchUpCorrected" : "catchUp");
            assertThat(c.get("class").asText()).as(r.region()).isEqualTo(r.class_());
            assertThat(c.get("relativeFrom").asDouble()).isCloseTo(r.relativeFrom(), within(1e-9));
            assertThat(c.get("relativeTo").asDouble()).isCloseTo(r.relativeTo(), within(1e-9));
            assertThat(c.get("change").asDouble()).isCloseTo(r.change(), within(1e-9));
            if (r.changeVsReference() != null) {
                assertThat(c.get("changeVsReference").asDouble()).isCloseTo(r.changeVsReference(), within(1e-9));
            }
        }
        for (String missing : expected.missingRegions()) {
            assertThat(row(v, missing)
                            .get(corrected ? "catchUpCorrected" : "catchUp")
                            .isNull())
                    .isTrue();
        }
    }
}
