package nl.werkkracht.app.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.werkkracht.app.organisation.OrganisationAccess;
import nl.werkkracht.app.web.ApiLanguage;
import nl.werkkracht.store.audit.AuditEvent;
import nl.werkkracht.store.audit.AuditLog;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/organisations/{id}/audit}: the audit log, each line also as a sentence. */
@RestController
@Tag(name = "organisations")
class AuditApi {

    private final OrganisationAccess access;
    private final AuditLog audit;
    private final AuditSentences sentences;

    AuditApi(OrganisationAccess access, AuditLog audit, AuditSentences sentences) {
        this.access = access;
        this.audit = audit;
        this.sentences = sentences;
    }

    /** A line of the audit log, with {@code text}: the line as a sentence in the client's language. */
    record AuditLine(long id, Instant at, String username, String action, String detail, String text) {}

    @GetMapping("/api/v1/organisations/{id}/audit")
    @Operation(
            summary = "Who viewed or changed this organisation's data, newest first",
            description = "Each line has its action and detail as stored and, as text, a sentence in the"
                    + " language of Accept-Language (Dutch by default).")
    List<AuditLine> auditLog(@PathVariable long id, Authentication auth, HttpServletRequest request) {
        access.require(auth, id);
        Locale locale = ApiLanguage.of(request);
        return audit.ofOrganisation(id, AuditPages.LIMIT).stream()
                .map(e -> line(e, locale))
                .toList();
    }

    private AuditLine line(AuditEvent e, Locale locale) {
        return new AuditLine(e.id(), e.at(), e.username(), e.action(), e.detail(), sentences.sentence(e, locale));
    }
}
