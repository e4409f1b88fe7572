package nl.werkkracht.app.benchmark;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.werkkracht.app.organisation.OrganisationAccess;
import nl.werkkracht.core.organisation.FieldProblem;
import nl.werkkracht.core.organisation.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Membership of networks over the REST API (METHODS.md §9): invitations and join requests for coordinators,
 * joining with an invitation code, and who is in a network. To anyone who is neither a coordinator nor a
 * member of a member organisation, every network path answers 404.
 */
@RestController
@Tag(name = "benchmark", description = "Peer benchmarking in networks with disclosure control (METHODS.md §9)")
@SecurityRequirement(name = "bearer")
class MembershipApi {

    private final OrganisationAccess access;
    private final MembershipService membership;
    private final BenchmarkService benchmarks;

    MembershipApi(OrganisationAccess access, MembershipService membership, BenchmarkService benchmarks) {
        this.access = access;
        this.membership = membership;
        this.benchmarks = benchmarks;
    }

    /** The body of a join: one of the caller's organisations and the invitation code it was given. */
    record JoinInput(
            @Schema(description = "one of the caller's organisations, with a KvK number", example = "42")
                    Long organisationId,
            @Schema(description = "the single-use code from the coordinator", example = "k7wq-3mzd-a2bc-xy45-pq6r")
                    String invitationCode) {}

    /** The body of a request to join. */
    record RequestInput(@Schema(description = "the network's number", example = "7") Long networkId) {}

    @PostMapping("/api/v1/networks/{id}/invitations")
    @Operation(summary = "Create a single-use invitation (coordinators); the code is shown only in this answer")
    @ApiResponse(responseCode = "201", description = "{id, code, expiresAt}")
    @ApiResponse(responseCode = "403", description = "a member who is not a coordinator")
    @ApiResponse(responseCode = "404", description = "no such network, or not the caller's")
    ResponseEntity<MembershipService.CreatedInvitation> invite(@PathVariable long id, Authentication auth) {
        MembershipService.CreatedInvitation created = membership.invite(id, access.username(auth));
        return ResponseEntity.created(URI.create("/api/v1/networks/" + id + "/invitations/" + created.id()))
                .body(created);
    }

    @GetMapping("/api/v1/networks/{id}/invitations")
    @Operation(summary = "The network's invitations, newest first, without their codes (coordinators)")
    @ApiResponse(responseCode = "404", description = "no such network, or not the caller's")
    List<MembershipService.InvitationView> invitations(@PathVariable long id, Authentication auth) {
        return membership.invitations(id, access.username(auth));
    }

    @DeleteMapping("/api/v1/networks/{id}/invitations/{invitationId}")
    @Operation(summary = "Revoke an open invitation (coordinators)")
    @ApiResponse(responseCode = "204", description = "revoked")
    @ApiResponse(responseCode = "404", description = "no open invitation with that id in the caller's network")
    ResponseEntity<Void> revoke(@PathVariable long id, @PathVariable long invitationId, Authentication auth) {
        membership.revoke(id, invitationId, access.username(auth));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/networks/{id}/members")
    @Operation(
            summary = "Let one of the caller's organisations join with an invitation code",
            description = "It shares nothing until it consents. The organisation needs a KvK number. Without a"
                    + " valid code (unknown, used, revoked or expired) the answer is a problem detail naming"
                    + " field invitationCode: 404 when the caller cannot see the network, 403 otherwise.")
    @ApiResponse(responseCode = "201", description = "joined (also when it already was a member)")
    @ApiResponse(responseCode = "400", description = "organisationId missing; field organisationId")
    @ApiResponse(
            responseCode = "403",
            description = "no KvK number (field kvkNumber) or no valid code (invitationCode)")
    @ApiResponse(responseCode = "404", description = "not the caller's organisation, or no network with that code")
    ResponseEntity<ConsentView> join(@PathVariable long id, @RequestBody JoinInput input, Authentication auth) {
        if (input == null || input.organisationId() == null) {
            throw new InvalidInputException(List.of(new FieldProblem("organisationId", "is required")));
        }
        long organisationId = input.organisationId();
        access.require(auth, organisationId);
        membership.join(id, organisationId, input.invitationCode(), access.username(auth));
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + organisationId + "/consents/" + id))
                .body(benchmarks.consents(organisationId, id));
    }

    @GetMapping("/api/v1/networks/{id}/members")
    @Operation(
            summary = "Who is in the network: the member organisations' names, never their figures",
            description = "For coordinators also each organisation's KvK number, to check who they are.")
    @ApiResponse(responseCode = "404", description = "no such network, or not the caller's")
    List<MembershipService.MemberView> members(@PathVariable long id, Authentication auth) {
        return membership.members(id, access.username(auth));
    }

    @GetMapping("/api/v1/networks/{id}/join-requests")
    @Operation(summary = "Organisations that asked to join, with their KvK numbers (coordinators)")
    @ApiResponse(responseCode = "404", description = "no such network, or not the caller's")
    List<MembershipService.RequestView> requests(@PathVariable long id, Authentication auth) {
        return membership.requests(id, access.username(auth));
    }

    @PostMapping("/api/v1/networks/{id}/join-requests/{organisationId}/approval")
    @Operation(summary = "Approve a request: the organisation becomes a member (coordinators)")
    @ApiResponse(responseCode = "204", description = "approved")
    @ApiResponse(responseCode = "404", description = "no such request in the caller's network")
    ResponseEntity<Void> approve(@PathVariable long id, @PathVariable long organisationId, Authentication auth) {
        membership.approve(id, organisationId, access.username(auth));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/v1/networks/{id}/join-requests/{organisationId}")
    @Operation(summary = "Reject a request (coordinators)")
    @ApiResponse(responseCode = "204", description = "rejected")
    @ApiResponse(responseCode = "404", description = "no such request in the caller's network")
    ResponseEntity<Void> reject(@PathVariable long id, @PathVariable long organisationId, Authentication auth) {
        membership.reject(id, organisationId, access.username(auth));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/organisations/{id}/network-requests")
    @Operation(
            summary = "Ask to join a network by its number; its coordinator approves",
            description = "The answer is the same whether or not the network exists. The organisation needs a"
                    + " KvK number (403, field kvkNumber).")
    @ApiResponse(responseCode = "202", description = "asked (or already a member)")
    @ApiResponse(responseCode = "400", description = "networkId missing")
    @ApiResponse(responseCode = "403", description = "no KvK number; field kvkNumber")
    @ApiResponse(responseCode = "404", description = "not the caller's organisation")
    ResponseEntity<Map<String, Object>> request(
            @PathVariable long id, @RequestBody RequestInput input, Authentication auth) {
        access.require(auth, id);
        if (input == null || input.networkId() == null) {
            throw new InvalidInputException(List.of(new FieldProblem("networkId", "is required")));
        }
        membership.request(input.networkId(), id, access.username(auth));
        return ResponseEntity.accepted().body(Map.of("networkId", input.networkId(), "status", "requested"));
    }
}
