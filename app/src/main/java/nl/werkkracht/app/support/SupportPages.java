package nl.werkkracht.app.support;

import nl.werkkracht.app.organisation.OrganisationAccess;
import nl.werkkracht.core.organisation.InvalidInputException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Support access in the pages (ADR 0015): a member grants or ends it on the organisation's overview
 * ({@code support/section.html}, which reads the grant from {@link SupportAccessService}); administrators see at {@code /admin/support} which organisations grant
 * it now, with links to them.
 */
@Controller
class SupportPages {

    private final OrganisationAccess access;
    private final SupportAccessService support;

    SupportPages(OrganisationAccess access, SupportAccessService support) {
        this.access = access;
        this.support = support;
    }

    @PostMapping("/organisations/{id}/support")
    String grant(
            @PathVariable long id,
            @RequestParam(required = false) Integer days,
            Authentication auth,
            RedirectAttributes redirect) {
        access.requireMember(auth, id);
        try {
            support.grant(id, days, access.username(auth));
            redirect.addFlashAttribute("notice", "support.granted");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.problems());
        }
        return "redirect:/organisations/" + id + "#support";
    }

    @PostMapping("/organisations/{id}/support/revoke")
    String revoke(@PathVariable long id, Authentication auth, RedirectAttributes redirect) {
        access.requireMember(auth, id);
        if (support.revoke(id, access.username(auth))) {
            redirect.addFlashAttribute("notice", "support.revoked");
        }
        return "redirect:/organisations/" + id + "#support";
    }

    @GetMapping("/admin/support")
    String granted(Model model) {
        model.addAttribute("grants", support.active());
        return "support/admin";
    }
}
