package nl.werkkracht.statdata.importer;

import java.util.HashMap;
import java.util.Map;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.core.observation.ObservationKey;
import nl.werkkracht.core.observation.ObservationRejectedException;

/**
 * Passes validated observations to the caller's sink, after the last check that needs the whole file so
 * far: a key may occur only once per file. It remembers the line of every key it delivered, so memory
 * grows with the number of observations (tens of bytes each), not with the size of the file. A sink
 * that refuses an observation is reported at the line that produced it.
 */
public final class CheckedDelivery {

    private final ErrorSite lines;
    private final ObservationSink sink;
    private final Map<ObservationKey, Long> firstLine = new HashMap<>();
    private long delivered;

    public CheckedDelivery(ErrorSite lines, ObservationSink sink) {
        this.lines = lines;
        this.sink = sink;
    }

    /**
     * @throws ImportException when the key was already delivered from this file ("duplicate of line 12")
     *     or the sink rejects the observation
     */
    public void deliver(Observation observation) {
        long line = lines.lineNumber();
        Long earlier = firstLine.putIfAbsent(observation.key(), line);
        if (earlier != null) {
            throw lines.error("", "duplicate of line " + earlier + ": " + observation.key());
        }
        try {
            sink.accept(observation);
        } catch (ObservationRejectedException e) {
            throw new ImportException(lines.fileName(), line, "", e.getMessage(), e);
        }
        delivered++;
    }

    /** Observations the sink accepted. */
    public long delivered() {
        return delivered;
    }
}
