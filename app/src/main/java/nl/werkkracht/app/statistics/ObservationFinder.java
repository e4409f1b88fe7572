package nl.werkkracht.app.statistics;

import java.util.List;
import java.util.Set;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.Observation;

/** Reads observations of a dataset; implemented by the store. Empty sets mean "all". */
public interface ObservationFinder {

    /** Whether a dataset of this name exists. */
    boolean exists(String dataset);

    /**
     * @param dataset dataset name
     * @param measures measures to read, empty for all
     * @param regions region codes, empty for all
     * @param sectors sector codes, empty for all
     * @param fromYear first year, inclusive
     * @param toYear last year, inclusive
     */
    List<Observation> find(
            String dataset, Set<Measure> measures, Set<String> regions, Set<String> sectors, int fromYear, int toYear);

    /** Throws a {@link StatisticsException} naming the dataset when it does not exist. */
    default void requireDataset(String dataset) {
        if (!exists(dataset)) {
            throw new StatisticsException("no dataset named " + dataset + " (see ./werkkracht datasets)");
        }
    }
}
