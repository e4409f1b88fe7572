package nl.werkkracht.app.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import nl.werkkracht.app.export.Exports;
import nl.werkkracht.app.organisation.OrganisationAccess;
import nl.werkkracht.app.organisation.OrganisationService;
import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.organisation.Organisation;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The report page of an organisation, with its charts, tables and explanations, and its PDF. */
@Controller
class ReportPages {

    private final OrganisationAccess access;
    private final OrganisationService organisations;
    private final ReportService reports;
    private final AuditLog audit;
    private final MessageSource messages;
    private final ObjectMapper json;

    ReportPages(
            OrganisationAccess access,
            OrganisationService organisations,
            ReportService reports,
            AuditLog audit,
            MessageSource messages,
            ObjectMapper json) {
        this.access = access;
        this.organisations = organisations;
        this.reports = reports;
        this.audit = audit;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/organisations/{id}/report")
    String page(@PathVariable long id, Authentication auth, Model model, Locale locale) {
        Organisation o = access.require(auth, id);
        audit.record(access.username(auth), id, "report.viewed", "page");
        ReportView report = reports.report(o, locale);
        ReportCharts charts = new ReportCharts(json, new ReportText(messages, locale));
        model.addAttribute("organisation", organisations.view(o, locale));
        model.addAttribute("report", report);
        model.addAttribute("quadrantChart", charts.quadrant(report.quadrant()));
        model.addAttribute("topChart", charts.top(report.top()));
        model.addAttribute("jobQualityChart", charts.jobQuality(report.jobQuality()));
        return "report/page";
    }

    /** The PDF for people on the page (a login redirect rather than a problem when the session ran out). */
    @GetMapping("/organisations/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Authentication auth, Locale locale) {
        Organisation o = access.require(auth, id);
        audit.record(access.username(auth), id, "report.viewed", "pdf");
        return Exports.page(new ReportPdf(messages, locale).page(reports.report(o, locale)));
    }
}
