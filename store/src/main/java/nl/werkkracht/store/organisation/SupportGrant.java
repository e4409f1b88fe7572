package nl.werkkracht.store.organisation;

import java.time.Instant;
import java.util.Objects;

/**
 * Support access an organisation granted to the platform's administrators (ADR 0015).
 *
 * @param organisationId the organisation
 * @param organisationName its name, for the administrators' list
 * @param grantedBy the member who granted it
 * @param grantedAt when
 * @param expiresAt when it ends by itself
 */
public record SupportGrant(
        long organisationId, String organisationName, String grantedBy, Instant grantedAt, Instant expiresAt) {
    public SupportGrant {
        Objects.requireNonNull(organisationName, "organisationName");
        Objects.requireNonNull(grantedBy, "grantedBy");
        Objects.requireNonNull(grantedAt, "grantedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(grantedAt)) {
            throw new IllegalArgumentException("support access must end after it was granted");
        }
    }
}
