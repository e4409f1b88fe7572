package nl.werkkracht.store.network;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation's request to join a network, as its coordinator sees it: who asks, with the KvK number to
 * check that the organisation is who it says it is.
 */
public record JoinRequest(
        long networkId,
        long organisationId,
        String organisationName,
        Optional<String> kvkNumber,
        String requestedBy,
        Instant requestedAt) {

    public JoinRequest {
        Objects.requireNonNull(organisationName, "organisationName");
        Objects.requireNonNull(kvkNumber, "kvkNumber");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }
}
