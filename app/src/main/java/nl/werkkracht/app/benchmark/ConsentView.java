package nl.werkkracht.app.benchmark;

import java.util.List;

/**
 * What an organisation shares in a network.
 *
 * @param metrics the consented metric ids, sorted; empty = nothing is shared
 */
public record ConsentView(long organisationId, long networkId, List<String> metrics) {

    public ConsentView {
        metrics = List.copyOf(metrics);
    }
}
