package nl.werkkracht.statdata.importer;

import nl.werkkracht.core.observation.Observation;

/**
 * Receives the observations an importer reads, one at a time (importers stream). The sink belongs to
 * the caller, which wraps the whole import in one transaction.
 */
@FunctionalInterface
public interface ObservationSink {
    void accept(Observation observation);
}
