package nl.werkkracht.store.policy;

import java.time.Instant;
import java.util.Optional;

/**
 * A single-use invitation of an employer to register and scan, sent by an adviser for a programme.
 *
 * @param adviser the adviser's username
 * @param organisationId the organisation registered with it, once used (empty after that organisation was
 *     deleted)
 */
public record OutreachInvitation(
        long id,
        long programmeId,
        String adviser,
        String label,
        Instant createdAt,
        Optional<Instant> usedAt,
        Optional<Long> organisationId) {}
