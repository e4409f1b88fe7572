package nl.werkkracht.app.benchmark;

import nl.werkkracht.app.organisation.OrganisationAccess;
import nl.werkkracht.app.organisation.OrganisationNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The network's members page {@code /networks/{id}/members}: who is in the network for everyone who may see
 * it, and for coordinators the invitations (create — the code is shown once — and revoke) and the requests
 * to approve or reject. Anyone else gets 404.
 */
@Controller
class MembershipPages {

    private final OrganisationAccess access;
    private final BenchmarkService service;
    private final MembershipService membership;

    MembershipPages(OrganisationAccess access, BenchmarkService service, MembershipService membership) {
        this.access = access;
        this.service = service;
        this.membership = membership;
    }

    @GetMapping("/networks/{id}/members")
    String members(@PathVariable long id, Authentication auth, Model model) {
        String username = access.username(auth);
        NetworkView network = service.require(id, username);
        model.addAttribute("network", network);
        model.addAttribute("members", membership.members(id, username));
        if (network.coordinator()) {
            model.addAttribute("invitations", membership.invitations(id, username));
            model.addAttribute("requests", membership.requests(id, username));
        }
        return "benchmark/members";
    }

    @PostMapping("/networks/{id}/invitations")
    String invite(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
        MembershipService.CreatedInvitation created = membership.invite(id, access.username(auth));
        redirect.addFlashAttribute("created", created);
        return "redirect:/networks/" + id + "/members#invitation-created";
    }

    @PostMapping("/networks/{id}/invitations/{invitationId}/revoke")
    String revoke(
            @PathVariable long id, @PathVariable long invitationId, Authentication auth, RedirectAttributes redirect) {
        try {
            membership.revoke(id, invitationId, access.username(auth));
            redirect.addFlashAttribute("notice", "network.invitation.revoked");
        } catch (OrganisationNotFoundException e) {
            service.require(id, access.username(auth)); // 404 for anyone who may not see the network
            redirect.addFlashAttribute("notice", "network.invitation.notOpen");
        }
        return "redirect:/networks/" + id + "/members";
    }

    @PostMapping("/networks/{id}/requests/{organisationId}/approve")
    String approve(
            @PathVariable long id,
            @PathVariable long organisationId,
            Authentication auth,
            RedirectAttributes redirect) {
        membership.approve(id, organisationId, access.username(auth));
        redirect.addFlashAttribute("notice", "network.request.approved");
        return "redirect:/networks/" + id + "/members";
    }

    @PostMapping("/networks/{id}/requests/{organisationId}/reject")
    String reject(
            @PathVariable long id,
            @PathVariable long organisationId,
            Authentication auth,
            RedirectAttributes redirect) {
        membership.reject(id, organisationId, access.username(auth));
        redirect.addFlashAttribute("notice", "network.request.rejected");
        return "redirect:/networks/" + id + "/members";
    }
}
