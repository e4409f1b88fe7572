package nl.werkkracht.app.audit;

import java.util.Locale;
import nl.werkkracht.app.organisation.OrganisationAccess;
import nl.werkkracht.app.organisation.OrganisationService;
import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.organisation.Organisation;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An organisation's audit log page {@code /organisations/{id}/audit}, for whoever may see the
 * organisation: newest first, each line as a sentence in the reader's language ({@link AuditSentences}).
 */
@Controller
class AuditPages {

    /** The most lines a page or answer shows. */
    static final int LIMIT = 500;

    private final OrganisationAccess access;
    private final OrganisationService organisations;
    private final AuditLog audit;

    AuditPages(OrganisationAccess access, OrganisationService organisations, AuditLog audit) {
        this.access = access;
        this.organisations = organisations;
        this.audit = audit;
    }

    @GetMapping("/organisations/{id}/audit")
    String page(@PathVariable long id, Authentication auth, Model model, Locale locale) {
        Organisation o = access.require(auth, id);
        model.addAttribute("organisation", organisations.view(o, locale));
        model.addAttribute("events", audit.ofOrganisation(id, LIMIT));
        return "organisation/audit";
    }
}
