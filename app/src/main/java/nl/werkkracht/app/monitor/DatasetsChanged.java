package nl.werkkracht.app.monitor;

import java.util.Objects;

/**
 * Published (as a Spring application event) after datasets were imported, replaced or deleted, so
 * that the monitor drops the figures it computed from the old data: {@code
 * events.publishEvent(new DatasetsChanged("regio"))}. Calling {@link MonitorCache#invalidate()} does
 * the same.
 *
 * @param dataset the dataset that changed; empty when unknown or when several changed
 */
public record DatasetsChanged(String dataset) {

    public DatasetsChanged {
        Objects.requireNonNull(dataset, "dataset (use the no-argument constructor when unknown)");
    }

    /** Some datasets changed; which is not said. */
    public DatasetsChanged() {
        this("");
    }
}
