package nl.werkkracht.app.followup;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.werkkracht.app.organisation.OrganisationAccess;
import nl.werkkracht.app.organisation.OrganisationService;
import nl.werkkracht.app.techimpact.TechImpactService;
import nl.werkkracht.core.benchmark.Metric;
import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.organisation.Organisation;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The follow-up page of an organisation: one metric over time, with the re-scan comparison. */
@Controller
class FollowUpPages {

    /** The metric shown when none (or an unknown one) is asked for. */
    static final Metric DEFAULT_METRIC = Metric.VALUE_ADDED_PER_HOUR;

    private final OrganisationAccess access;
    private final OrganisationService organisations;
    private final FollowUpService followUp;
    private final AuditLog audit;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final TechImpactService techImpact;

    FollowUpPages(
            OrganisationAccess access,
            OrganisationService organisations,
            FollowUpService followUp,
            AuditLog audit,
            MessageSource messages,
            ObjectMapper json,
            TechImpactService techImpact) {
        this.access = access;
        this.organisations = organisations;
        this.followUp = followUp;
        this.audit = audit;
        this.messages = messages;
        this.json = json;
        this.techImpact = techImpact;
    }

    @GetMapping("/organisations/{id}/followup")
    String page(
            @PathVariable long id,
            @RequestParam(required = false) String metric,
            Authentication auth,
            Model model,
            Locale locale) {
        Organisation o = access.require(auth, id);
        Metric m = followUp.metrics().stream()
                .filter(x -> x.id().equals(metric))
                .findFirst()
                .orElse(DEFAULT_METRIC);
        audit.record(access.username(auth), id, "followup.viewed", "page " + m.id());
        FollowUpView view = followUp.followUp(id, m, locale);
        String name = text("followup.metric." + m.id(), locale);
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : new String[] {"chart.index", "chart.baselineLine", "label.EXPECTED_DIP"}) {
            texts.put(key, text("followup." + key, locale));
        }
        model.addAttribute("organisation", organisations.view(o, locale));
        model.addAttribute("metrics", followUp.metrics());
        model.addAttribute("metric", m);
        model.addAttribute("metricName", name);
        model.addAttribute("view", view);
        model.addAttribute("chart", FollowUpChart.json(json, view, name, texts));
        model.addAttribute("comparison", followUp.compareScans(id, locale));
        model.addAttribute(
                "learningPlans",
                LearningFollowUp.rows(techImpact.analyses(id), LocalDate.now(ZoneId.of("Europe/Amsterdam"))));
        return "followup/page";
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
