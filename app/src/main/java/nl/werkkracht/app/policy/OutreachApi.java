package nl.werkkracht.app.policy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import nl.werkkracht.app.policy.ProgrammeAccess.Need;
import nl.werkkracht.app.web.PublicAddress;
import nl.werkkracht.store.policy.OutreachStore;
import nl.werkkracht.store.policy.Programme;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Scan outreach over the REST API: members of a programme (owners, service-point advisers) invite employers. */
@RestController
@RequestMapping("/api/v1/programmes/{id}/outreach")
@Tag(name = "policy")
@SecurityRequirement(name = "bearer")
class OutreachApi {

    private final ProgrammeAccess access;
    private final OutreachService outreach;
    private final OutreachStore store;

    OutreachApi(ProgrammeAccess access, OutreachService outreach, OutreachStore store) {
        this.access = access;
        this.outreach = outreach;
        this.store = store;
    }

    /** What the adviser writes to recognise the invitation (e.g. the employer's name). */
    record InvitationInput(String label) {}

    /** A new invitation: the single-use link is shown only now. */
    record InvitationCreated(long id, String label, Instant createdAt, String link) {}

    /** An invitation as listed: used or not. */
    record Invitation(long id, String adviser, String label, Instant createdAt, Instant usedAt) {}

    @PostMapping("/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Create a single-use link for an employer to register and start a scan (members)",
            description = "The employer creates their own account and organisation with it; the adviser becomes a"
                    + " member of that organisation. The link is returned once and stored only as a hash.")
    @ApiResponse(responseCode = "404", description = "no such programme, or not a member")
    InvitationCreated invite(@PathVariable long id, @RequestBody InvitationInput in, Authentication auth) {
        Programme p = access.require(auth, id, Need.ADVISE);
        OutreachService.Created c = outreach.invite(p, in.label(), auth.getName());
        String link = PublicAddress.link("/join/{token}", c.token());
        return new InvitationCreated(
                c.invitation().id(), c.invitation().label(), c.invitation().createdAt(), link);
    }

    @GetMapping("/invitations")
    @Operation(summary = "The programme's invitations, newest first (members)")
    List<Invitation> invitations(@PathVariable long id, Authentication auth) {
        access.require(auth, id, Need.ADVISE);
        return store.ofProgramme(id).stream()
                .map(i -> new Invitation(
                        i.id(),
                        i.adviser(),
                        i.label(),
                        i.createdAt(),
                        i.usedAt().orElse(null)))
                .toList();
    }
}
