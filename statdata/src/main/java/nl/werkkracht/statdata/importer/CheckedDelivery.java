package nl.werkkracht.statdata.importer;

import java.util.HashMap;
import java.util.Map;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.core.observation.ObservationKey;
import nl.werkkracht.core.observation.ObservationRejectedException;

/**
 * Passes validated observations to the caller's sink, with the line they were read from, after the last
 * check that needs the whole file so far: a key may occur only once per file. When the sink refuses
 * duplicates itself ({@link ObservationSink#refusesDuplicates()}, the database), that check is the sink's
 * and memory stays the same however large the file; otherwise this remembers the line of every key it
 * delivered (tens of bytes per observation). A sink that refuses an observation is reported at the line
 * that produced it.
 */
public final class CheckedDelivery {

    private final ErrorSite lines;
    private final ObservationSink sink;
    private final Map<ObservationKey, Long> firstLine;
    private long delivered;

    public CheckedDelivery(ErrorSite lines, ObservationSink sink) {
        this.lines = lines;
        this.sink = sink;
        this.firstLine = sink.refusesDuplicates() ? null : new HashMap<>();
    }

    /**
     * @throws ImportException when the key was already delivered from this file ("duplicate of line 12")
     *     or the sink rejects the observation (at the line it names, or else this one)
     */
    public void deliver(Observation observation) {
        long line = lines.lineNumber();
        if (firstLine != null) {
            Long earlier = firstLine.putIfAbsent(observation.key(), line);
            if (earlier != null) {
                throw lines.error("", "duplicate of line " + earlier + ": " + observation.key());
            }
        }
        try {
            sink.accept(observation, line);
        } catch (ObservationRejectedException e) {
            throw new ImportException(lines.fileName(), e.origin() > 0 ? e.origin() : line, "", e.getMessage(), e);
        }
        delivered++;
    }

    /** Observations the sink accepted. */
    public long delivered() {
        return delivered;
    }
}
