package nl.werkkracht.app.techimpact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.werkkracht.app.export.Exports;
import nl.werkkracht.app.organisation.OrganisationAccess;
import nl.werkkracht.core.notation.NumberKind;
import nl.werkkracht.core.notation.NumberNotation;
import nl.werkkracht.core.notation.TypedNumber;
import nl.werkkracht.core.techimpact.TaskShare;
import nl.werkkracht.core.techimpact.WorkRole;
import nl.werkkracht.core.techimpact.WorkRole.InvalidRoleException;
import nl.werkkracht.store.organisation.Organisation;
import nl.werkkracht.store.techimpact.LearningPlan;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of roles ({@code /organisations/{id}/roles}, one role's tasks at {@code …/roles/{roleId}}) and of
 * technology impact analyses ({@code /organisations/{id}/technology-impact}, the worksheet at {@code …/{analysisId}}
 * with CSV/XLSX of its roles table and a PDF). Plain forms (POST with CSRF); only members see them.
 */
@Controller
class TechImpactPages {

    private final OrganisationAccess access;
    private final TechImpactService service;
    private final MessageSource messages;

    TechImpactPages(OrganisationAccess access, TechImpactService service, MessageSource messages) {
        this.access = access;
        this.service = service;
        this.messages = messages;
    }

    @GetMapping("/organisations/{id}/roles")
    String roles(@PathVariable long id, @RequestParam(defaultValue = "") String q, Authentication auth, Model model) {
        Organisation organisation = access.require(auth, id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("roles", service.roles(id));
        model.addAttribute("q", q);
        model.addAttribute(
                "found",
                service.occupations().search(q).stream()
                        .map(o -> OccupationViews.summary(service.occupations(), o))
                        .toList());
        return "techimpact/roles";
    }

    @PostMapping("/organisations/{id}/roles")
    String createRole(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> form,
            Authentication auth,
            Model model,
            RedirectAttributes redirect) {
        Organisation organisation = access.require(auth, id);
        try {
            WorkRole role = new WorkRole(
                    first(form, "name"),
                    integer(form, "people"),
                    number(form, "hoursPerYear"),
                    first(form, "isco"),
                    List.of());
            RoleView saved = service.saveRole(id, Optional.empty(), role, access.username(auth));
            redirect.addFlashAttribute("notice", "techimpact.role.saved");
            return "redirect:/organisations/" + id + "/roles/" + saved.id();
        } catch (InvalidRoleException e) {
            model.addAttribute("organisation", organisation);
            model.addAttribute("roles", service.roles(id));
            model.addAttribute("q", first(form, "q"));
            model.addAttribute("found", List.of());
            model.addAttribute("error", e);
            model.addAttribute("form", form.toSingleValueMap());
            return "techimpact/roles";
        }
    }

    @GetMapping("/organisations/{id}/roles/{roleId}")
    String role(@PathVariable long id, @PathVariable long roleId, Authentication auth, Model model) {
        Organisation organisation = access.require(auth, id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("role", service.role(id, roleId));
        return "techimpact/role";
    }

    /** Saves the role's figures and the tasks it does: {@code task-N} ticked with {@code share-N} in percent. */
    @PostMapping("/organisations/{id}/roles/{roleId}")
    String saveRole(
            @PathVariable long id,
            @PathVariable long roleId,
            @RequestParam MultiValueMap<String, String> form,
            Authentication auth,
            Model model,
            RedirectAttributes redirect) {
        Organisation organisation = access.require(auth, id);
        RoleView current = service.role(id, roleId);
        try {
            var tasks = new ArrayList<TaskShare>();
            for (RoleView.RoleTaskView t : current.tasks()) {
                if (form.containsKey("task-" + t.number())) {
                    double percent = number(form, "share-" + t.number());
                    if (!(percent > 0 && percent <= 100)) {
                        throw new InvalidRoleException(
                                "tasks", "share of task " + t.number() + " must lie in (0, 100] %");
                    }
                    tasks.add(new TaskShare(t.number(), percent / 100));
                }
            }
            WorkRole role = new WorkRole(
                    first(form, "name"), integer(form, "people"), number(form, "hoursPerYear"), current.isco(), tasks);
            service.saveRole(id, Optional.of(roleId), role, access.username(auth));
            redirect.addFlashAttribute("notice", "techimpact.role.saved");
            return "redirect:/organisations/" + id + "/roles/" + roleId;
        } catch (InvalidRoleException e) {
            model.addAttribute("organisation", organisation);
            model.addAttribute("role", current);
            model.addAttribute("error", e);
            return "techimpact/role";
        }
    }

    @PostMapping("/organisations/{id}/roles/{roleId}/delete")
    String deleteRole(
            @PathVariable long id, @PathVariable long roleId, Authentication auth, RedirectAttributes redirect) {
        access.require(auth, id);
        service.deleteRole(id, roleId, access.username(auth));
        redirect.addFlashAttribute("notice", "techimpact.role.deleted");
        return "redirect:/organisations/" + id + "/roles";
    }

    @GetMapping("/organisations/{id}/technology-impact")
    String analyses(@PathVariable long id, Authentication auth, Model model) {
        Organisation organisation = access.require(auth, id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("analyses", service.analyses(id));
        model.addAttribute("applications", service.catalogue().applications());
        model.addAttribute("taskTypes", service.catalogue().taskTypes().keySet());
        model.addAttribute("roleCount", service.roles(id).size());
        return "techimpact/list";
    }

    @PostMapping("/organisations/{id}/technology-impact")
    String createAnalysis(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> form,
            Authentication auth,
            RedirectAttributes redirect) {
        access.require(auth, id);
        var request = new AnalysisRequest(
                first(form, "applicationId"),
                first(form, "description"),
                form.getOrDefault("taskTypes", List.of()),
                null,
                null,
                null);
        try {
            AnalysisView created = service.saveAnalysis(id, Optional.empty(), request, access.username(auth));
            return "redirect:/organisations/" + id + "/technology-impact/" + created.id();
        } catch (InvalidRoleException e) {
            redirect.addFlashAttribute("notice", "techimpact.analysis.invalid");
            return "redirect:/organisations/" + id + "/technology-impact";
        }
    }

    @GetMapping("/organisations/{id}/technology-impact/{analysisId}")
    String analysis(@PathVariable long id, @PathVariable("analysisId") long aid, Authentication auth, Model model) {
        Organisation organisation = access.require(auth, id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("a", service.analysis(id, aid, access.username(auth)));
        return "techimpact/analysis";
    }

    /** Saves the answers to the three TIM questions. */
    @PostMapping("/organisations/{id}/technology-impact/{analysisId}")
    String saveAnswers(
            @PathVariable long id,
            @PathVariable("analysisId") long aid,
            @RequestParam MultiValueMap<String, String> form,
            Authentication auth,
            RedirectAttributes redirect) {
        access.require(auth, id);
        AnalysisView current = service.analysis(id, aid, access.username(auth));
        var request = new AnalysisRequest(
                current.applicationId(),
                current.description(),
                current.taskTypes(),
                first(form, "answerProducts"),
                first(form, "answerProcess"),
                first(form, "answerSkills"));
        service.saveAnalysis(id, Optional.of(aid), request, access.username(auth));
        var plans = new ArrayList<LearningPlan>();
        try {
            for (int i = 0; form.containsKey("learning-role-" + i); i++) {
                plans.add(new LearningPlan(
                        first(form, "learning-role-" + i),
                        Optional.of(first(form, "learning-owner-" + i)),
                        date(form, "learning-start-" + i),
                        date(form, "learning-end-" + i),
                        date(form, "learning-done-" + i)));
            }
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            redirect.addFlashAttribute("notice", "techimpact.learning.invalid");
            return "redirect:/organisations/" + id + "/technology-impact/" + aid;
        }
        service.saveLearning(id, aid, plans, access.username(auth));
        redirect.addFlashAttribute("notice", "techimpact.analysis.saved");
        return "redirect:/organisations/" + id + "/technology-impact/" + aid;
    }

    @PostMapping("/organisations/{id}/technology-impact/{analysisId}/delete")
    String deleteAnalysis(
            @PathVariable long id,
            @PathVariable("analysisId") long aid,
            Authentication auth,
            RedirectAttributes redirect) {
        access.require(auth, id);
        service.deleteAnalysis(id, aid, access.username(auth));
        redirect.addFlashAttribute("notice", "techimpact.analysis.deleted");
        return "redirect:/organisations/" + id + "/technology-impact";
    }

    @GetMapping("/organisations/{id}/technology-impact/{analysisId}/export")
    ResponseEntity<byte[]> export(
            @PathVariable long id,
            @PathVariable("analysisId") long aid,
            @RequestParam(defaultValue = "csv") String format,
            Authentication auth,
            Locale locale) {
        Organisation organisation = access.require(auth, id);
        AnalysisView a = service.analysis(id, aid, access.username(auth));
        var tables = new TechImpactTables(messages, locale);
        if ("pdf".equalsIgnoreCase(format)) {
            return Exports.page(tables.page(organisation.name(), a));
        }
        return Exports.table(tables.roles(organisation.name(), a), format);
    }

    private static String first(MultiValueMap<String, String> form, String key) {
        String v = form.getFirst(key);
        return v == null ? "" : v;
    }

    private static Optional<java.time.LocalDate> date(MultiValueMap<String, String> form, String key) {
        String v = first(form, key).strip();
        return v.isEmpty() ? Optional.empty() : Optional.of(java.time.LocalDate.parse(v));
    }

    private static int integer(MultiValueMap<String, String> form, String key) {
        double v = number(form, key);
        if (v != Math.rint(v)) {
            throw new InvalidRoleException(key, "must be a whole number");
        }
        return (int) v;
    }

    private static double number(MultiValueMap<String, String> form, String key) {
        String v = first(form, key).strip();
        if (v.isEmpty()) {
            throw new InvalidRoleException(key, "is required");
        }
        if (NumberNotation.parse(v, NumberKind.GROUPED) instanceof TypedNumber.Value value) {
            return value.value();
        }
        throw new InvalidRoleException(key, "must be a number");
    }
}
