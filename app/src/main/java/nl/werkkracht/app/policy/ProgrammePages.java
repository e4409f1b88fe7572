package nl.werkkracht.app.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import nl.werkkracht.app.policy.PolicyInputs.EvaluationInput;
import nl.werkkracht.app.policy.PolicyInputs.IndicatorInput;
import nl.werkkracht.app.policy.PolicyInputs.MeasureInput;
import nl.werkkracht.app.policy.PolicyInputs.ProgrammeInput;
import nl.werkkracht.app.policy.ProgrammeAccess.Need;
import nl.werkkracht.store.policy.Programme;
import nl.werkkracht.store.policy.ProgrammeStore;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The policy pages: the list of programmes (published ones for everyone, drafts for their members), a
 * programme with its cycle, measures, indicators, questions, recommendations and outreach, and an evaluation
 * with the charts of the synthetic-control literature. Owners add measures, indicators and evaluations with the
 * forms on the page; the rest is in the API ({@code /api/v1/programmes}).
 */
@Controller
class ProgrammePages {

    private final ProgrammeAccess access;
    private final ProgrammeService service;
    private final ProgrammeViews views;
    private final ProgrammeStore programmes;
    private final EvaluationService evaluations;
    private final OverijsselExample example;
    private final OutreachService outreach;
    private final RecommendationCatalogue catalogue;
    private final MessageSource messages;
    private final ObjectMapper json;

    ProgrammePages(
            ProgrammeAccess access,
            ProgrammeService service,
            ProgrammeViews views,
            ProgrammeStore programmes,
            EvaluationService evaluations,
            OverijsselExample example,
            OutreachService outreach,
            RecommendationCatalogue catalogue,
            MessageSource messages,
            ObjectMapper json) {
        this.access = access;
        this.service = service;
        this.views = views;
        this.programmes = programmes;
        this.evaluations = evaluations;
        this.example = example;
        this.outreach = outreach;
        this.catalogue = catalogue;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/programmes")
    String list(Authentication auth, Model model, Locale locale) {
        LinkedHashMap<Long, Programme> all = new LinkedHashMap<>();
        if (ProgrammeAccess.loggedIn(auth)) {
            programmes.ofUser(auth.getName()).forEach(p -> all.put(p.id(), p));
        }
        programmes.published().forEach(p -> all.putIfAbsent(p.id(), p));
        model.addAttribute(
                "programmes",
                all.values().stream()
                        .map(p -> new Row(
                                p,
                                views.regionName(p.region(), locale),
                                access.role(auth, p.id()).isPresent()))
                        .toList());
        model.addAttribute("canCreate", ProgrammeAccess.hasRole(auth, "ANALYST"));
        return "policy/list";
    }

    /** A programme in the list. */
    record Row(Programme programme, String regionName, boolean member) {}

    @PostMapping("/programmes")
    String create(@ModelAttribute ProgrammeInput in, Authentication auth, RedirectAttributes redirect, Locale locale) {
        requireAnalyst(auth);
        try {
            Programme p = service.create(in, auth.getName(), false);
            return "redirect:/programmes/" + p.id();
        } catch (PolicyInputException e) {
            redirect.addFlashAttribute("error", e.field() + ": " + text(e, locale));
            return "redirect:/programmes";
        }
    }

    @PostMapping("/programmes/example")
    String example(Authentication auth) {
        requireAnalyst(auth);
        return "redirect:/programmes/" + example.create(auth.getName()).id();
    }

    @GetMapping("/programmes/{id}")
    String programme(@PathVariable long id, Authentication auth, Model model, Locale locale) {
        Programme p = access.require(auth, id, Need.READ);
        var role = access.role(auth, id);
        model.addAttribute("programme", views.view(p, role, locale));
        model.addAttribute(
                "owner",
                role.filter(r -> r == nl.werkkracht.store.policy.MemberRole.OWNER)
                        .isPresent());
        model.addAttribute("member", role.isPresent());
        model.addAttribute("options", service.options(locale));
        model.addAttribute("recommendations", catalogue.all());
        model.addAttribute("dutch", !"en".equals(locale.getLanguage()));
        java.time.format.DateTimeFormatter when = java.time.format.DateTimeFormatter.ofPattern(
                        "d MMM yyyy HH:mm", locale)
                .withZone(java.time.ZoneId.of("Europe/Amsterdam"));
        model.addAttribute(
                "events",
                role.isPresent()
                        ? programmes.events(id, 20).stream()
                                .map(e -> when.format(e.at()) + " · " + e.username() + " · " + e.action() + " "
                                        + e.detail())
                                .toList()
                        : List.of());
        model.addAttribute("routes", nl.werkkracht.core.policy.Route.values());
        return "policy/programme";
    }

    @PostMapping("/programmes/{id}/publication")
    String publish(@PathVariable long id, @RequestParam boolean published, Authentication auth) {
        service.publish(access.require(auth, id, Need.OWN), published, auth.getName());
        return "redirect:/programmes/" + id;
    }

    @PostMapping("/programmes/{id}/measures")
    String addMeasure(
            @PathVariable long id,
            @ModelAttribute MeasureInput in,
            Authentication auth,
            RedirectAttributes r,
            Locale l) {
        Programme p = access.require(auth, id, Need.OWN);
        return attempt(() -> service.addMeasure(p, in, auth.getName()), id, "#measures", r, l);
    }

    @PostMapping("/programmes/{id}/measures/{measureId}/indicators")
    String addIndicator(
            @PathVariable long id,
            @PathVariable long measureId,
            @ModelAttribute IndicatorInput in,
            Authentication auth,
            RedirectAttributes r,
            Locale l) {
        Programme p = access.require(auth, id, Need.OWN);
        return attempt(
                () -> service.addIndicator(p, measureId, in, auth.getName(), l), id, "#measure-" + measureId, r, l);
    }

    @PostMapping("/programmes/{id}/evaluations")
    String addEvaluation(
            @PathVariable long id,
            @ModelAttribute EvaluationInput in,
            Authentication auth,
            RedirectAttributes r,
            Locale l) {
        Programme p = access.require(auth, id, Need.OWN);
        try {
            long e = service.addEvaluation(p, in, auth.getName());
            return "redirect:/programmes/" + id + "/evaluations/" + e;
        } catch (PolicyInputException ex) {
            r.addFlashAttribute("error", ex.field() + ": " + text(ex, l));
            return "redirect:/programmes/" + id + "#evaluations";
        }
    }

    @PostMapping("/programmes/{id}/outreach")
    String invite(
            @PathVariable long id, @RequestParam String label, Authentication auth, RedirectAttributes r, Locale l) {
        Programme p = access.require(auth, id, Need.ADVISE);
        try {
            var created = outreach.invite(p, label, auth.getName());
            String link = nl.werkkracht.app.web.PublicAddress.link("/join/{token}", created.token());
            r.addFlashAttribute("invitationLink", link);
        } catch (PolicyInputException ex) {
            r.addFlashAttribute("error", ex.field() + ": " + text(ex, l));
        }
        return "redirect:/programmes/" + id + "#outreach";
    }

    @GetMapping("/programmes/{id}/evaluations/{evaluationId}")
    String evaluation(
            @PathVariable long id, @PathVariable long evaluationId, Authentication auth, Model model, Locale locale) {
        Programme p = access.require(auth, id, Need.READ);
        EvaluationView e =
                evaluations.view(p, evaluationId, locale).orElseThrow(() -> new ProgrammeNotFoundException(id));
        model.addAttribute("programme", p);
        model.addAttribute("evaluation", e);
        model.addAttribute("chart", EvaluationCharts.json(json, e, messages, locale));
        model.addAttribute("excluded", e.synth() == null ? 0 : EvaluationCharts.excluded(e.synth()));
        return "policy/evaluation";
    }

    @ExceptionHandler(ProgrammeNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "policy/not-found";
    }

    private String attempt(Runnable action, long id, String anchor, RedirectAttributes r, Locale locale) {
        try {
            action.run();
        } catch (PolicyInputException e) {
            r.addFlashAttribute("error", e.field() + ": " + text(e, locale));
        }
        return "redirect:/programmes/" + id + anchor;
    }

    private String text(PolicyInputException e, Locale locale) {
        return messages.getMessage(e.key(), e.args(), locale);
    }

    private static void requireAnalyst(Authentication auth) {
        if (!ProgrammeAccess.hasRole(auth, "ANALYST")) {
            throw new org.springframework.security.access.AccessDeniedException("role ANALYST needed");
        }
    }
}
