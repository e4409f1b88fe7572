package nl.werkkracht.app.routeplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.werkkracht.app.organisation.OrganisationAccess;
import nl.werkkracht.app.techimpact.TechImpactService;
import nl.werkkracht.core.organisation.FieldProblem;
import nl.werkkracht.core.organisation.InvalidInputException;
import nl.werkkracht.core.routeplan.Route;
import nl.werkkracht.core.scan.Pillar;
import nl.werkkracht.store.organisation.Organisation;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The route-plan page of an organisation ({@code /organisations/{id}/routeplan}): the three routes with
 * their proposals, each with why, source and prerequisites and a form to record the choice (POST with
 * CSRF); what has to wait; and, folded away, what the dual-objective rule leaves out. Members only;
 * anyone else gets 404.
 */
@Controller
class RoutePlanPages {

    static final String VIEW = "routeplan/plan";

    private final OrganisationAccess access;
    private final RoutePlanService plans;
    private final TechImpactService techImpact;

    RoutePlanPages(OrganisationAccess access, RoutePlanService plans, TechImpactService techImpact) {
        this.access = access;
        this.plans = plans;
        this.techImpact = techImpact;
    }

    @GetMapping("/organisations/{id}/routeplan")
    String page(@PathVariable long id, Authentication auth, Model model, Locale locale) {
        Organisation organisation = access.require(auth, id);
        return page(model, organisation, plans.plan(id, locale, access.username(auth)));
    }

    @PostMapping("/organisations/{id}/routeplan/choices/{interventionId}")
    String choose(
            @PathVariable long id,
            @PathVariable String interventionId,
            @RequestParam(required = false) String chosen,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String startDate,
            @RequestParam(required = false) String note,
            Authentication auth,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        Organisation organisation = access.require(auth, id);
        String username = access.username(auth);
        ChoiceInput input = new ChoiceInput("true".equals(chosen), owner, startDate, note);
        try {
            plans.choose(id, interventionId, input, username);
        } catch (InvalidInputException e) {
            model.addAttribute("errorsFor", interventionId);
            model.addAttribute(
                    "errorsTitle",
                    plans.catalogue()
                            .find(interventionId)
                            .map(i -> i.title().in(locale))
                            .orElse(interventionId));
            model.addAttribute("errors", e.problems());
            model.addAttribute("submitted", input);
            return page(model, organisation, plans.plan(id, locale));
        }
        redirect.addFlashAttribute("notice", "routeplan.choice.saved");
        redirect.addFlashAttribute("savedId", interventionId);
        return "redirect:/organisations/" + id + "/routeplan#i-" + interventionId;
    }

    private String page(Model model, Organisation organisation, RoutePlanView plan) {
        // the measures that technology impact analyses add, each with its reason (issue 13, ADR 0023)
        model.addAttribute("techImpact", techImpact.analyses(organisation.id()));
        model.addAttribute("organisation", organisation);
        model.addAttribute("plan", plan);
        model.addAttribute("routes", routes(plan));
        model.addAttribute(
                "links",
                Map.of(
                        "SCAN", "/organisations/" + organisation.id() + "/scans",
                        "FINANCIALS", "/organisations/" + organisation.id() + "/financials",
                        "VALUE_STREAM", "/organisations/" + organisation.id() + "/value-streams"));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.<FieldProblem>of());
        }
        return VIEW;
    }

    /** The routes in page order: the lagging pillar's route first when the TOP balance is flagged. */
    static List<String> routes(RoutePlanView plan) {
        List<String> routes = new ArrayList<>();
        if (plan.laggingPillar() != null) {
            routes.add(Route.of(Pillar.valueOf(plan.laggingPillar())).name());
        }
        for (Route r : Route.values()) {
            if (!routes.contains(r.name())) {
                routes.add(r.name());
            }
        }
        return routes;
    }
}
