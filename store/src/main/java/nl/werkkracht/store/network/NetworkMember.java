package nl.werkkracht.store.network;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A member organisation of a network: who is in it (METHODS.md §9, membership), never what it reported.
 *
 * @param kvkNumber shown to coordinators only
 */
public record NetworkMember(long organisationId, String name, Optional<String> kvkNumber, Instant joinedAt) {

    public NetworkMember {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kvkNumber, "kvkNumber");
        Objects.requireNonNull(joinedAt, "joinedAt");
    }
}
