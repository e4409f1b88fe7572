package nl.werkkracht.statdata.importer;

import java.util.List;

/**
 * What an import read.
 *
 * @param observations observations passed to the sink (including confidential/missing ones)
 * @param skipped records deliberately not imported (e.g. units the mapping leaves out), with reasons in notes
 * @param notes human-readable notes for the user (e.g. "skipped 57 rows in unit EUR_HAB: derived")
 */
public record ImportSummary(long observations, long skipped, List<String> notes) {
    public ImportSummary {
        notes = List.copyOf(notes);
    }
}
