package nl.werkkracht.app.policy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import nl.werkkracht.app.export.ExportPage;
import nl.werkkracht.app.export.Exports;
import nl.werkkracht.app.monitor.MonitorFigures;
import nl.werkkracht.app.monitor.RegionSummaryView;
import nl.werkkracht.app.policy.ProgrammeAccess.Need;
import nl.werkkracht.app.policy.report.AnnualReportDocx;
import nl.werkkracht.store.policy.PolicyContentStore;
import nl.werkkracht.store.policy.Programme;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual report of a programme as PDF (with charts) or DOCX (to edit in Word), in the request's language
 * ({@code ?lang=en} for English). Readable by whoever may read the programme.
 */
@RestController
@Tag(name = "policy")
class ReportController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ProgrammeAccess access;
    private final ProgrammeViews views;
    private final PolicyContentStore content;
    private final EvaluationService evaluations;
    private final MonitorFigures monitor;
    private final MessageSource messages;

    ReportController(
            ProgrammeAccess access,
            ProgrammeViews views,
            PolicyContentStore content,
            EvaluationService evaluations,
            MonitorFigures monitor,
            MessageSource messages) {
        this.access = access;
        this.views = views;
        this.content = content;
        this.evaluations = evaluations;
        this.monitor = monitor;
        this.messages = messages;
    }

    @GetMapping({"/programmes/{id}/report.pdf", "/api/v1/programmes/{id}/report.pdf"})
    @Operation(summary = "The annual report 'Jaarrapportage arbeidsproductiviteit REGION YEAR' as PDF")
    ResponseEntity<byte[]> pdf(
            @PathVariable long id,
            @Parameter(description = "report year (default: this year)") @RequestParam(required = false) Integer year,
            Authentication auth,
            Locale locale) {
        return Exports.page(page(id, year, auth, locale));
    }

    @GetMapping({"/programmes/{id}/report.docx", "/api/v1/programmes/{id}/report.docx"})
    @Operation(summary = "The annual report as a Word document (DOCX), charts as pictures with their tables")
    ResponseEntity<byte[]> docx(
            @PathVariable long id, @RequestParam(required = false) Integer year, Authentication auth, Locale locale) {
        ExportPage page = page(id, year, auth, locale);
        byte[] body = AnnualReportDocx.write(page, locale);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(DOCX);
        headers.setContentDisposition(
                ContentDisposition.attachment().filename(page.id() + ".docx").build());
        headers.setContentLength(body.length);
        return ResponseEntity.ok().headers(headers).body(body);
    }

    private ExportPage page(long id, Integer year, Authentication auth, Locale locale) {
        Programme p = access.require(auth, id, Need.READ);
        ProgrammeView view = views.view(p, access.role(auth, id), locale);
        int y = year == null ? Year.now().getValue() : year;
        RegionSummaryView summary = p.region().equals("NL") ? null : monitor.summary(p.region(), locale);
        List<EvaluationView> evals = content.evaluations(p.id()).stream()
                .map(e -> evaluations.view(p, e, locale))
                .toList();
        return new AnnualReportBuilder(messages, locale).build(view, y, summary, evals);
    }
}
