package nl.werkkracht.statdata.importer;

/** Receives progress of a long import; called at most every few thousand records. */
@FunctionalInterface
public interface ImportProgress {

    /** Ignores progress. */
    ImportProgress NONE = (records, done, total) -> {};

    /**
     * @param records records (lines, rows) read so far
     * @param done bytes (or pages) read so far
     * @param total total bytes (or pages), or -1 when unknown
     */
    void update(long records, long done, long total);
}
