package nl.werkkracht.app.scan;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.werkkracht.app.export.ExportTable;
import nl.werkkracht.app.export.Exports;
import nl.werkkracht.store.organisation.Organisation;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The employer's scan pages under {@code /organisations/{id}/scans}: the list with a form for a new scan,
 * a scan's page with its invitations (as a PDF with QR codes, a CSV, or on screen — tokens are shown
 * only in that one answer), and the results page. Every page checks membership and is audited.
 */
@Controller
class ScanPages {

    private final ScanAccess access;
    private final ScanService scans;
    private final ScanPrivacy privacy;
    private final MessageSource messages;

    ScanPages(ScanAccess access, ScanService scans, ScanPrivacy privacy, MessageSource messages) {
        this.access = access;
        this.scans = scans;
        this.privacy = privacy;
        this.messages = messages;
    }

    @GetMapping("/organisations/{id}/scans")
    String list(@PathVariable long id, Authentication auth, Model model) {
        Organisation organisation = access.organisationOf(auth, id);
        access.record(auth, id, "scan.list.viewed", "scans page");
        model.addAttribute("organisation", organisation);
        model.addAttribute("scans", scans.scans(id));
        model.addAttribute("instrument", scans.instrument());
        if (!model.containsAttribute("teams")) {
            model.addAttribute("teams", "");
            model.addAttribute(
                    "closesOn", LocalDate.now(ScanApi.ZONE).plusWeeks(2).toString());
        }
        return "scan/list";
    }

    @PostMapping("/organisations/{id}/scans")
    String create(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String teams,
            @RequestParam(defaultValue = "") String closesOn,
            Authentication auth,
            Model model) {
        access.organisation(auth, id);
        List<String> names = Arrays.stream(teams.split("\\R"))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .toList();
        try {
            ScanSummary scan =
                    scans.create(id, names, ScanApi.parseClosesAt(closesOn)).orElseThrow();
            access.record(auth, id, "scan.created", "scan " + scan.id() + ", teams " + scan.teams());
            return "redirect:/organisations/" + id + "/scans/" + scan.id();
        } catch (ScanProblemException e) {
            model.addAttribute("teams", teams);
            model.addAttribute("closesOn", closesOn);
            model.addAttribute("errorField", e.field());
            return list(id, auth, model);
        }
    }

    @GetMapping("/organisations/{id}/scans/{scanId}")
    String scan(
            @PathVariable long id,
            @PathVariable long scanId,
            @RequestParam(required = false) String invalid,
            Authentication auth,
            Model model,
            Locale locale) {
        ScanSummary scan = access.scan(auth, scanId, id);
        if ("count".equals(invalid)) {
            model.addAttribute("errorField", "count");
        }
        access.record(auth, id, "scan.viewed", "scan " + scanId);
        return scanPage(auth, id, scan, model, locale);
    }

    private String scanPage(Authentication auth, long id, ScanSummary scan, Model model, Locale locale) {
        Organisation organisation = access.organisationOf(auth, id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("scan", scan);
        model.addAttribute("privacy", privacy.statement(organisation.name(), messages, locale));
        return "scan/scan";
    }

    /** Closes the scan now; the employer then sees its results. */
    @PostMapping("/organisations/{id}/scans/{scanId}/close")
    String close(@PathVariable long id, @PathVariable long scanId, Authentication auth) {
        access.scan(auth, scanId, id);
        ScanService.Closed closed = scans.close(scanId).orElseThrow();
        if (closed.closedNow()) {
            access.record(auth, id, "scan.closed", "scan " + scanId + " closed early (page)");
        }
        return "redirect:/organisations/" + id + "/scans/" + scanId + "/results";
    }

    /** New invitations shown on screen, once. */
    @PostMapping(value = "/organisations/{id}/scans/{scanId}/invitations", params = "format=page")
    String invitePage(
            @PathVariable long id,
            @PathVariable long scanId,
            @RequestParam(defaultValue = "0") String count,
            Authentication auth,
            Model model,
            Locale locale) {
        ScanSummary scan = access.scan(auth, scanId, id);
        try {
            List<String> links = invite(auth, id, scanId, count, "page");
            Organisation organisation = access.organisationOf(auth, id);
            model.addAttribute("organisation", organisation);
            model.addAttribute("scan", scan);
            model.addAttribute("links", links);
            model.addAttribute("privacy", privacy.statement(organisation.name(), messages, locale));
            return "scan/invitations";
        } catch (ScanProblemException e) {
            model.addAttribute("errorField", e.field());
            return scanPage(auth, id, scan, model, locale);
        }
    }

    /** New invitations as printable cards with QR codes (PDF). */
    @PostMapping(value = "/organisations/{id}/scans/{scanId}/invitations", params = "format=pdf")
    ResponseEntity<byte[]> invitePdf(
            @PathVariable long id,
            @PathVariable long scanId,
            @RequestParam(defaultValue = "0") String count,
            Authentication auth,
            Locale locale) {
        ScanSummary scan = access.scan(auth, scanId, id);
        Organisation organisation = access.organisationOf(auth, id);
        if (!validCount(count)) {
            return invalidCount(id, scanId);
        }
        List<String> links = invite(auth, id, scanId, count, "pdf");
        byte[] pdf = InvitationSheet.pdf(
                links,
                organisation.name(),
                scan.closesAt(),
                privacy.statement(organisation.name(), messages, locale),
                locale,
                messages);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(Exports.PDF);
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename("scan-" + scanId + "-invitations.pdf")
                .build());
        headers.setContentLength(pdf.length);
        return ResponseEntity.ok().headers(headers).body(pdf);
    }

    /** New invitations as a CSV list of links. */
    @PostMapping(value = "/organisations/{id}/scans/{scanId}/invitations", params = "format=csv")
    ResponseEntity<byte[]> inviteCsv(
            @PathVariable long id,
            @PathVariable long scanId,
            @RequestParam(defaultValue = "0") String count,
            Authentication auth,
            Locale locale) {
        access.scan(auth, scanId, id);
        if (!validCount(count)) {
            return invalidCount(id, scanId);
        }
        Organisation organisation = access.organisationOf(auth, id);
        List<String> links = invite(auth, id, scanId, count, "csv");
        var rows = new java.util.ArrayList<List<Object>>();
        for (int i = 0; i < links.size(); i++) {
            rows.add(List.of(i + 1, links.get(i)));
        }
        var table = new ExportTable(
                "scan-" + scanId + "-invitations",
                messages.getMessage("scan.invitations.title", null, locale),
                List.of(
                        messages.getMessage("scan.invitations.col.number", null, locale),
                        messages.getMessage("scan.invitations.col.link", null, locale)),
                rows,
                List.of(
                        messages.getMessage("scan.invitations.note", null, locale),
                        messages.getMessage("scan.sheet.privacy", new Object[] {organisation.name()}, locale)));
        return Exports.table(table, "csv");
    }

    private static boolean validCount(String count) {
        int n = typedCount(count);
        return n >= 1 && n <= ScanService.MAX_INVITATIONS;
    }

    /** The count as typed ("1.000" or "1,000" is 1000); 0 when it is not a whole number. */
    private static int typedCount(String count) {
        var read =
                nl.werkkracht.core.notation.NumberNotation.parse(count, nl.werkkracht.core.notation.NumberKind.WHOLE);
        double n = read.optional().orElse(0);
        return n >= 0 && n <= Integer.MAX_VALUE ? (int) n : 0;
    }

    /** Back to the scan's page, which then says how many invitations can be made. */
    private static ResponseEntity<byte[]> invalidCount(long id, long scanId) {
        return ResponseEntity.status(303)
                .location(java.net.URI.create("/organisations/" + id + "/scans/" + scanId + "?invalid=count"))
                .build();
    }

    /** Makes the invitations and records it; the links are never stored. */
    private List<String> invite(Authentication auth, long id, long scanId, String count, String format) {
        int n = typedCount(count);
        List<String> links = scans.invite(scanId, n).stream().map(ScanApi::link).toList();
        access.record(auth, id, "scan.invitations.created", "scan " + scanId + ": " + n + " as " + format);
        return links;
    }

    /** The results of a closed scan; for an open scan, a page that says when they come and offers to close. */
    @GetMapping("/organisations/{id}/scans/{scanId}/results")
    String results(@PathVariable long id, @PathVariable long scanId, Authentication auth, Model model, Locale locale) {
        ScanSummary scan = access.scan(auth, scanId, id);
        model.addAttribute("organisation", access.organisationOf(auth, id));
        model.addAttribute("scan", scan);
        var published = scans.publishedResults(scanId);
        if (published.isEmpty()) {
            return "scan/results-open";
        }
        ScanResultsView results = published.get();
        access.record(auth, id, "scan.results.viewed", "scan " + scanId + " (page)");
        model.addAttribute("results", results);
        model.addAttribute("page", ResultsPage.of(results, scans.instrument(), messages, locale));
        return "scan/results";
    }
}
