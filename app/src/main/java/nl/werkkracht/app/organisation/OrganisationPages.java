package nl.werkkracht.app.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.werkkracht.core.codelist.CodeLists;
import nl.werkkracht.core.codelist.Region;
import nl.werkkracht.core.codelist.RegionLevel;
import nl.werkkracht.core.codelist.Sector;
import nl.werkkracht.core.codelist.SectorLevel;
import nl.werkkracht.core.organisation.FieldProblem;
import nl.werkkracht.core.organisation.InvalidInputException;
import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.organisation.Organisation;
import nl.werkkracht.store.organisation.OrganisationProfile;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisation pages: the list of one's organisations with a form to register one, and an
 * organisation's overview (profile, members, deletion) whose tabs lead to figures, scans, value streams
 * and the report. Every page of an organisation starts with {@link OrganisationAccess#require}.
 */
@Controller
class OrganisationPages {

    private final OrganisationAccess access;
    private final OrganisationService organisations;
    private final AuditLog audit;
    private final CodeLists codeLists;
    private final MessageSource messages;

    OrganisationPages(
            OrganisationAccess access,
            OrganisationService organisations,
            AuditLog audit,
            CodeLists codeLists,
            MessageSource messages) {
        this.access = access;
        this.organisations = organisations;
        this.audit = audit;
        this.codeLists = codeLists;
        this.messages = messages;
    }

    /** The choices of the profile form: sections and divisions, COROP regions, provinces, size classes. */
    @ModelAttribute
    void choices(Model model, Locale locale) {
        boolean nl = !"en".equals(locale.getLanguage());
        List<Map<String, String>> sectors = codeLists.sectors().stream()
                .filter(s -> s.level() == SectorLevel.SECTION || s.level() == SectorLevel.DIVISION)
                .sorted(java.util.Comparator.comparing(Sector::code))
                .map(s -> Map.of("code", s.code(), "name", s.code() + " – " + (nl ? s.nameNl() : s.nameEn())))
                .toList();
        List<Map<String, String>> regions = java.util.stream.Stream.concat(
                        codeLists.regions(RegionLevel.COROP).stream(), codeLists.regions(RegionLevel.PROVINCE).stream())
                .map((Region r) ->
                        Map.of("code", r.code(), "name", (nl ? r.nameNl() : r.nameEn()) + " (" + r.code() + ")"))
                .toList();
        model.addAttribute("sectorChoices", sectors);
        model.addAttribute("regionChoices", regions);
        model.addAttribute("sizeClasses", OrganisationProfile.SIZE_CLASSES);
    }

    @GetMapping("/organisations")
    String list(Authentication auth, Model model, Locale locale) {
        String user = access.username(auth);
        model.addAttribute(
                "organisations",
                organisations.ofMember(user).stream()
                        .map(o -> organisations.view(o, locale))
                        .toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new OrganisationInput("", "", "10-49", "", "", "", ""));
        }
        return "organisation/list";
    }

    @PostMapping("/organisations")
    String create(@ModelAttribute("form") OrganisationInput form, Authentication auth, Model model, Locale locale) {
        try {
            Organisation created = organisations.create(form, access.username(auth));
            return "redirect:/organisations/" + created.id();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", KvkProblems.localised(e.problems(), messages, locale));
            return list(auth, model, locale);
        }
    }

    @GetMapping("/organisations/{id}")
    String overview(@PathVariable long id, Authentication auth, Model model, Locale locale) {
        Organisation o = access.require(auth, id);
        audit.record(access.username(auth), id, "organisation.viewed", "overview page");
        OrganisationView view = organisations.view(o, locale);
        model.addAttribute("organisation", view);
        model.addAttribute("latest", organisations.latestFinancials(id).orElse(null));
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form",
                    new OrganisationInput(
                            o.name(),
                            o.sector(),
                            o.sizeClass(),
                            organisations.regionFormValue(o, locale),
                            o.contactName().orElse(""),
                            o.contactEmail().orElse(""),
                            o.kvkNumber().orElse("")));
        }
        return "organisation/overview";
    }

    @PostMapping("/organisations/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute("form") OrganisationInput form,
            Authentication auth,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        access.require(auth, id);
        try {
            organisations.update(id, form, access.username(auth));
            redirect.addFlashAttribute("notice", "organisation.saved");
            return "redirect:/organisations/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", KvkProblems.localised(e.problems(), messages, locale));
            return overview(id, auth, model, locale);
        }
    }

    @PostMapping("/organisations/{id}/members")
    String addMember(
            @PathVariable long id,
            @RequestParam String username,
            Authentication auth,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        access.requireMember(auth, id);
        try {
            organisations.addMember(id, username, access.username(auth));
            redirect.addFlashAttribute("notice", "organisation.member.added");
            return "redirect:/organisations/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("errors", List.of(new FieldProblem("username", "unknown")));
            return overview(id, auth, model, locale);
        }
    }

    @PostMapping("/organisations/{id}/delete")
    String delete(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String confirmName,
            Authentication auth,
            RedirectAttributes redirect) {
        Organisation o = access.requireMember(auth, id);
        if (!o.name().equals(confirmName.strip())) {
            redirect.addFlashAttribute("deleteError", true);
            return "redirect:/organisations/" + id + "#delete";
        }
        organisations.delete(id, access.username(auth));
        redirect.addFlashAttribute("notice", "organisation.deleted");
        return "redirect:/organisations";
    }
}
