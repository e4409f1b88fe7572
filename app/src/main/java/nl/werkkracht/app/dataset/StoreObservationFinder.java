package nl.werkkracht.app.dataset;

import java.util.List;
import java.util.Set;
import nl.werkkracht.app.statistics.ObservationFinder;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.store.observation.ObservationQuery;
import nl.werkkracht.store.observation.ObservationStore;

/** Reads observations for the statistics from the store. */
public final class StoreObservationFinder implements ObservationFinder {

    private final ObservationStore store;

    public StoreObservationFinder(ObservationStore store) {
        this.store = store;
    }

    @Override
    public boolean exists(String dataset) {
        return store.exists(dataset);
    }

    @Override
    public List<Observation> find(
            String dataset, Set<Measure> measures, Set<String> regions, Set<String> sectors, int fromYear, int toYear) {
        return store.find(ObservationQuery.all(dataset)
                .withMeasures(measures)
                .withRegions(regions)
                .withSectors(sectors)
                .withYears(fromYear, toYear));
    }
}
