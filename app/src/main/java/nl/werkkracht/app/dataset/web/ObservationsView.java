package nl.werkkracht.app.dataset.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import nl.werkkracht.core.observation.Observation;

/**
 * One page of a dataset's observations, as {@code GET /api/v1/datasets/{name}/observations} answers.
 *
 * @param dataset the dataset
 * @param total observations matching the filters, on all pages
 * @param page 0-based page number
 * @param size observations per page (at most {@link DatasetApi#MAX_SIZE})
 * @param observations this page's observations, ordered by measure, region, sector, period, price basis
 */
@Schema(name = "DatasetObservations")
record ObservationsView(String dataset, long total, int page, int size, List<Item> observations) {

    ObservationsView {
        observations = List.copyOf(observations);
    }

    /**
     * One observation.
     *
     * @param measure measure code ({@code GVA}, {@code HOURS}…)
     * @param region region code
     * @param sector sector code
     * @param period {@code 2019} or {@code 2019Q1}
     * @param value the value in {@code unit}; null for a confidential or missing observation (never 0)
     * @param unit unit code ({@code MIO_EUR}, {@code THS_HW}…)
     * @param priceBasis {@code CP}, {@code PYP}, {@code CLVyyyy}, or empty for non-monetary measures
     * @param status {@code DEFINITIVE}, {@code PROVISIONAL}, {@code ESTIMATED}, {@code CONFIDENTIAL} or
     *     {@code MISSING}
     */
    @Schema(name = "DatasetObservation")
    record Item(
            String measure,
            String region,
            String sector,
            String period,
            @Schema(nullable = true) Double value,
            String unit,
            String priceBasis,
            String status) {

        static Item of(Observation o) {
            return new Item(
                    o.measure().name(),
                    o.region(),
                    o.sector(),
                    o.period().code(),
                    o.value().isPresent() ? o.value().getAsDouble() : null,
                    o.unit().name(),
                    o.priceBasis().code(),
                    o.status().name());
        }
    }
}
