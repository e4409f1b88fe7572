package nl.werkkracht.store.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.werkkracht.core.policy.MeasureStatus;
import nl.werkkracht.core.policy.Route;

/**
 * A measure (*maatregel*) as entered.
 *
 * @param recommendation the catalogue id of the recommendation it implements
 * @param sectors SBI/NACE codes it targets; empty for all sectors
 * @param budget euro, when known
 */
public record MeasureData(
        String name,
        String description,
        Route route,
        Optional<String> recommendation,
        String region,
        List<String> sectors,
        Optional<Double> budget,
        String responsible,
        int startYear,
        Optional<Integer> endYear,
        MeasureStatus status) {

    public MeasureData {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(region, "region");
        sectors = List.copyOf(sectors);
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(endYear, "endYear");
        Objects.requireNonNull(status, "status");
    }
}
