package nl.werkkracht.store.network;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A single-use invitation to join a network, as the coordinator sees it (the code itself is never stored).
 *
 * @param usedByOrganisation the organisation that joined with it; empty when unused, or when that
 *     organisation has been deleted since
 */
public record NetworkInvitation(
        long id,
        long networkId,
        String createdBy,
        Instant createdAt,
        Instant expiresAt,
        Optional<Instant> usedAt,
        Optional<Long> usedByOrganisation,
        Optional<Instant> revokedAt) {

    /** Where an invitation stands. */
    public enum Status {
        OPEN,
        USED,
        REVOKED,
        EXPIRED
    }

    public NetworkInvitation {
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(usedAt, "usedAt");
        Objects.requireNonNull(usedByOrganisation, "usedByOrganisation");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    /** Its status at {@code now}. */
    public Status status(Instant now) {
        if (usedAt.isPresent()) {
            return Status.USED;
        }
        if (revokedAt.isPresent()) {
            return Status.REVOKED;
        }
        return now.isBefore(expiresAt) ? Status.OPEN : Status.EXPIRED;
    }
}
