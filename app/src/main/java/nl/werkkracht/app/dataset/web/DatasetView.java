package nl.werkkracht.app.dataset.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.Period;
import nl.werkkracht.core.observation.Status;
import nl.werkkracht.store.observation.DatasetSummary;

/**
 * A dataset as the data page and {@code GET /api/v1/datasets} show it: what it is, where it comes
 * from, what it covers and how many of its observations carry a status flag.
 *
 * @param name the dataset name used in URLs and on the command line
 * @param title human-readable title
 * @param source publisher and table
 * @param licence licence of the data
 * @param sourceUrl where the publisher offers the data; empty when unknown
 * @param retrieved the day the data were downloaded; null when not known to the day
 * @param importedAt when the last import into the dataset ran
 * @param description free text; may be empty
 * @param coverage periods, regions, sectors and measures present
 * @param status observations per status flag
 * @param provenance address of the provenance page
 * @param download address of the whole dataset as Werkkracht CSV
 */
@Schema(name = "Dataset")
record DatasetView(
        String name,
        String title,
        String source,
        String licence,
        String sourceUrl,
        @Schema(nullable = true) LocalDate retrieved,
        Instant importedAt,
        String description,
        Coverage coverage,
        StatusCounts status,
        String provenance,
        String download) {

    /**
     * @param from the first period ({@code 1995} or {@code 2015Q1}); null for an empty dataset
     * @param to the last period; null for an empty dataset
     * @param regions number of distinct region codes
     * @param sectors number of distinct sector codes
     * @param measures measure codes present, in model order ({@code GVA}, {@code HOURS}…)
     * @param observations all observations, including confidential and missing ones
     */
    @Schema(name = "DatasetCoverage")
    record Coverage(
            @Schema(nullable = true) String from,
            @Schema(nullable = true) String to,
            int regions,
            int sectors,
            List<String> measures,
            long observations) {
        Coverage {
            measures = List.copyOf(measures);
        }
    }

    /**
     * Observations per status: a provisional or estimated figure has a value, a confidential or missing
     * one has none.
     */
    @Schema(name = "DatasetStatusCounts")
    record StatusCounts(long definitive, long provisional, long estimated, long confidential, long missing) {}

    static DatasetView of(DatasetSummary d) {
        return new DatasetView(
                d.name(),
                d.info().title(),
                d.info().source(),
                d.info().licence(),
                d.info().sourceUrl(),
                d.info().retrieved().orElse(null),
                d.importedAt(),
                d.info().description(),
                new Coverage(
                        d.firstPeriod().map(Period::code).orElse(null),
                        d.lastPeriod().map(Period::code).orElse(null),
                        d.regions(),
                        d.sectors(),
                        d.measures().stream().map(Measure::name).toList(),
                        d.observations()),
                new StatusCounts(
                        d.count(Status.DEFINITIVE),
                        d.count(Status.PROVISIONAL),
                        d.count(Status.ESTIMATED),
                        d.count(Status.CONFIDENTIAL),
                        d.count(Status.MISSING)),
                "/data/" + d.name() + "/provenance",
                "/data/" + d.name() + ".csv");
    }
}
