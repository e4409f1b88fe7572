package nl.werkkracht.app.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import nl.werkkracht.app.export.Exports;
import nl.werkkracht.app.organisation.OrganisationAccess;
import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.organisation.Organisation;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/organisations/{id}/report}: the scan report as JSON and as PDF, for members only. */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(
        name = "report",
        description = "The scan report: productivity, job quality, TOP balance, value streams, route plan")
class ReportApi {

    private final OrganisationAccess access;
    private final ReportService reports;
    private final AuditLog audit;
    private final MessageSource messages;

    ReportApi(OrganisationAccess access, ReportService reports, AuditLog audit, MessageSource messages) {
        this.access = access;
        this.reports = reports;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/{id}/report")
    @Operation(
            summary = "The scan report",
            description = "Productivity against the sector per year, the productivity × job-quality quadrant, the"
                    + " TOP pillars and balance gap, the job-quality profile, value-stream findings, improvement"
                    + " ideas and the route plan; each section says what it is based on and what is missing."
                    + " Only disclosure-controlled questionnaire results (METHODS.md §10). Texts in the request's"
                    + " language: Dutch by default, English with ?lang=en.")
    ReportView report(@PathVariable long id, Authentication auth, Locale locale) {
        Organisation o = access.require(auth, id);
        audit.record(access.username(auth), id, "report.viewed", "json");
        return reports.report(o, locale);
    }

    @GetMapping("/{id}/report.pdf")
    @Operation(summary = "The scan report as an A4 PDF, confidential to the organisation")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Authentication auth, Locale locale) {
        Organisation o = access.require(auth, id);
        audit.record(access.username(auth), id, "report.viewed", "pdf");
        return Exports.page(new ReportPdf(messages, locale).page(reports.report(o, locale)));
    }
}
