package nl.werkkracht.store.observation;

import java.util.Objects;

/**
 * What a committed import did.
 *
 * @param dataset the dataset name
 * @param created whether the import created the dataset (false: it added to an existing one)
 * @param written the number of observations written, including confidential and missing ones
 */
public record ImportOutcome(String dataset, boolean created, long written) {
    public ImportOutcome {
        Objects.requireNonNull(dataset, "dataset");
        if (written < 0) {
            throw new IllegalArgumentException("written must not be negative: " + written);
        }
    }
}
