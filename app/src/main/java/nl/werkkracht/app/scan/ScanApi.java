package nl.werkkracht.app.scan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import nl.werkkracht.app.export.Exports;
import nl.werkkracht.app.organisation.OrganisationNotFoundException;
import nl.werkkracht.app.web.PublicAddress;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/organisations/{id}/scans} and {@code /api/v1/scans/{scanId}}: creating scans and
 * invitations, closing them and reading results, for members of the organisation only (404 otherwise).
 * Every call is recorded in the organisation's audit log.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "scans", description = "The employee questionnaire of an organisation (METHODS.md §10–11)")
class ScanApi {

    /** Scans close at the end of the given day, Dutch time, when only a date is given. */
    static final ZoneId ZONE = ScanPeriod.ZONE;

    private static final String RESULTS = "Results are shown only once the scan has closed, in one version that"
            + " never changes (ADR 0011): groups of at least k respondents that cannot be derived from the others,"
            + " scale and pillar scores in whole points 0–100, ideas only of groups shown.";

    private final ScanAccess access;
    private final ScanService scans;
    private final ResultsExport exports;

    ScanApi(ScanAccess access, ScanService scans, MessageSource messages) {
        this.access = access;
        this.scans = scans;
        this.exports = new ResultsExport(messages, scans.instrument());
    }

    /** @param closesAt an ISO instant ({@code 2026-04-01T17:00:00Z}) or a date (closes at the end of that day) */
    record CreateScan(List<String> teams, String closesAt) {}

    record CreatedScan(long id, ScanSummary scan) {}

    record InvitationRequest(Integer count) {}

    /** @param tokens the tokens, shown only now @param links the questionnaire's address per token */
    record Invitations(long scanId, List<String> tokens, List<String> links) {}

    @PostMapping("/organisations/{id}/scans")
    ResponseEntity<CreatedScan> create(
            @PathVariable long id, @RequestBody(required = false) CreateScan body, Authentication auth) {
        CreateScan request = body == null ? new CreateScan(List.of(), null) : body;
        access.organisation(auth, id);
        ScanSummary scan = scans.create(id, request.teams(), parseClosesAt(request.closesAt()))
                .orElseThrow(() -> new OrganisationNotFoundException("organisation " + id));
        access.record(auth, id, "scan.created", "scan " + scan.id() + ", teams " + scan.teams());
        return ResponseEntity.created(URI.create("/api/v1/scans/" + scan.id())).body(new CreatedScan(scan.id(), scan));
    }

    @GetMapping("/organisations/{id}/scans")
    List<ScanSummary> list(@PathVariable long id, Authentication auth) {
        access.organisation(auth, id);
        access.record(auth, id, "scan.list.viewed", "");
        return scans.scans(id);
    }

    @GetMapping("/scans/{scanId}")
    ScanSummary scan(@PathVariable long scanId, Authentication auth) {
        ScanSummary scan = access.scan(auth, scanId, null);
        access.record(auth, scan.organisationId(), "scan.viewed", "scan " + scanId);
        return scan;
    }

    /**
     * Closes the scan now: no answers are accepted any more and its results are published. Closing a
     * closed scan changes nothing.
     */
    @PostMapping("/scans/{scanId}/close")
    @Operation(
            summary = "Close the scan now and publish its results",
            description = "From now on no answers are accepted; the results become visible. " + RESULTS)
    @ApiResponse(responseCode = "200", description = "the scan, closed (also when it had closed before)")
    @ApiResponse(responseCode = "404", description = "no such scan, or not a member of its organisation")
    ScanSummary close(@PathVariable long scanId, Authentication auth) {
        ScanSummary scan = access.scan(auth, scanId, null);
        ScanService.Closed closed =
                scans.close(scanId).orElseThrow(() -> new OrganisationNotFoundException("scan " + scanId));
        if (closed.closedNow()) {
            access.record(auth, scan.organisationId(), "scan.closed", "scan " + scanId + " closed early");
        }
        return closed.scan();
    }

    @PostMapping("/scans/{scanId}/invitations")
    Invitations invite(
            @PathVariable long scanId, @RequestBody(required = false) InvitationRequest body, Authentication auth) {
        int count = body == null || body.count() == null ? 0 : body.count();
        ScanSummary scan = access.scan(auth, scanId, null);
        List<String> tokens = scans.invite(scanId, count);
        access.record(auth, scan.organisationId(), "scan.invitations.created", "scan " + scanId + ": " + count);
        return new Invitations(
                scanId, tokens, tokens.stream().map(ScanApi::link).toList());
    }

    /**
     * The results; with {@code format=csv} or {@code xlsx} as a download (CSV: the scores, or with
     * {@code table=ideas} the ideas; XLSX: both sheets). Suppressed groups carry no values in any form.
     */
    @GetMapping("/scans/{scanId}/results")
    @Operation(summary = "The results of a closed scan, as JSON, CSV or XLSX", description = RESULTS)
    @ApiResponse(responseCode = "200", description = "the published results")
    @ApiResponse(
            responseCode = "409",
            description = "the scan is still open (problem type results-not-yet-available); close it first")
    @ApiResponse(responseCode = "404", description = "no such scan, or not a member of its organisation")
    ResponseEntity<?> results(
            @PathVariable long scanId,
            @RequestParam(required = false) String format,
            @RequestParam(defaultValue = "scores") String table,
            Authentication auth,
            Locale locale) {
        ScanSummary scan = access.scan(auth, scanId, null);
        ScanResultsView results = scans.results(scanId);
        if (format == null) {
            access.record(auth, scan.organisationId(), "scan.results.viewed", "scan " + scanId);
            return ResponseEntity.ok(results);
        }
        access.record(auth, scan.organisationId(), "scan.results.exported", "scan " + scanId + " as " + format);
        if ("xlsx".equalsIgnoreCase(format.strip())) {
            return Exports.workbook(
                    "scan-" + scanId + "-results",
                    List.of(exports.scores(results, locale), exports.ideas(results, locale)));
        }
        return Exports.table(
                "ideas".equals(table) ? exports.ideas(results, locale) : exports.scores(results, locale), format);
    }

    /** The questionnaire's address for a token, on the platform's public address (never the Host header). */
    static String link(String token) {
        return PublicAddress.link("/s/{token}", token);
    }

    /**
     * An ISO instant, an ISO date-time with offset, or a date (the scan closes at the end of that day,
     * Dutch time).
     *
     * @throws ScanProblemException 400 naming {@code closesAt}
     */
    static Instant parseClosesAt(String value) {
        if (value == null || value.isBlank()) {
            throw ScanProblemException.invalid("closesAt", "give the moment the scan closes, e.g. 2026-04-01");
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).plusDays(1).atStartOfDay(ZONE).toInstant();
            }
            return java.time.OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw ScanProblemException.invalid(
                    "closesAt", "'" + v + "' is not a date (2026-04-01) or a moment (2026-04-01T17:00:00Z)");
        }
    }
}
