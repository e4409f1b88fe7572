package nl.werkkracht.app.support;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import nl.werkkracht.store.organisation.SupportGrant;

/** Support access as the API and pages show it. */
@Schema(description = "Support access an organisation grants to the platform's administrators (ADR 0015)")
public record SupportAccessView(
        long organisationId,
        String organisationName,
        @Schema(description = "the member who granted it") String grantedBy,
        Instant grantedAt,
        @Schema(description = "when it ends by itself") Instant expiresAt) {

    static SupportAccessView of(SupportGrant g) {
        return new SupportAccessView(
                g.organisationId(), g.organisationName(), g.grantedBy(), g.grantedAt(), g.expiresAt());
    }
}
