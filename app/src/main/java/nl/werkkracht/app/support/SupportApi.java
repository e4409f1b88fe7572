package nl.werkkracht.app.support;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.werkkracht.app.organisation.OrganisationAccess;
import nl.werkkracht.app.organisation.OrganisationNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Support access over the API (ADR 0015): members grant and revoke it for their organisation;
 * administrators list the organisations that grant it now. Every request an administrator makes to an
 * organisation meanwhile is in its audit log under the administrator's own name.
 */
@RestController
@Tag(name = "support access", description = "Time-limited access an organisation grants to the administrators")
class SupportApi {

    private final OrganisationAccess access;
    private final SupportAccessService support;

    SupportApi(OrganisationAccess access, SupportAccessService support) {
        this.access = access;
        this.support = support;
    }

    /** How long support access lasts. */
    record Grant(@Schema(example = "7", description = "1 to 30 days from now") Integer days) {}

    @GetMapping("/api/v1/organisations/{id}/support-access")
    @Operation(summary = "The organisation's support access while it lasts (members)")
    @ApiResponse(responseCode = "404", description = "no support access now, or not a member")
    SupportAccessView get(@PathVariable long id, Authentication auth) {
        access.requireMember(auth, id);
        return support.active(id).orElseThrow(() -> new OrganisationNotFoundException("support access"));
    }

    @PutMapping("/api/v1/organisations/{id}/support-access")
    @Operation(
            summary = "Grant the administrators support access for 1 to 30 days (members)",
            description = "Replaces an earlier grant. Every request an administrator makes meanwhile is"
                    + " recorded in the organisation's audit log under the administrator's own name.")
    @ApiResponse(responseCode = "400", description = "days is not 1 to 30")
    SupportAccessView grant(@PathVariable long id, @RequestBody(required = false) Grant body, Authentication auth) {
        access.requireMember(auth, id);
        return support.grant(id, body == null ? null : body.days(), access.username(auth));
    }

    @DeleteMapping("/api/v1/organisations/{id}/support-access")
    @Operation(summary = "End support access now (members)")
    @ApiResponse(responseCode = "204", description = "ended")
    @ApiResponse(responseCode = "404", description = "there was none, or not a member")
    ResponseEntity<Void> revoke(@PathVariable long id, Authentication auth) {
        access.requireMember(auth, id);
        if (!support.revoke(id, access.username(auth))) {
            throw new OrganisationNotFoundException("support access");
        }
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/support/organisations")
    @Operation(summary = "The organisations that grant support access now, the soonest to end first (administrators)")
    List<SupportAccessView> granted() {
        return support.active();
    }
}
