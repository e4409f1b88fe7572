package nl.werkkracht.app.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.werkkracht.app.account.OperatorTokens;
import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.organisation.Organisation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/organisations}: profiles, members, yearly figures, deletion (the audit log: {@code app.audit}). */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "organisations", description = "The organisation scan: profile, figures per year (METHODS.md §8)")
class OrganisationApi {

    private final OrganisationAccess access;
    private final OrganisationService organisations;
    private final AuditLog audit;

    OrganisationApi(OrganisationAccess access, OrganisationService organisations, AuditLog audit) {
        this.access = access;
        this.organisations = organisations;
        this.audit = audit;
    }

    @PostMapping
    @Operation(summary = "Register an organisation; the caller becomes its first member")
    ResponseEntity<OrganisationView> create(@RequestBody OrganisationInput input, Authentication auth, Locale locale) {
        Organisation created = organisations.create(input, access.username(auth));
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id()))
                .body(organisations.view(created, locale));
    }

    @GetMapping
    @Operation(summary = "The organisations the caller is a member of (none for a token the operator made)")
    List<OrganisationView> mine(Authentication auth, Locale locale) {
        if (OperatorTokens.used(auth)) {
            return List.of();
        }
        return organisations.ofMember(access.username(auth)).stream()
                .map(o -> organisations.view(o, locale))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation's profile and members")
    OrganisationView get(@PathVariable long id, Authentication auth, Locale locale) {
        Organisation o = access.require(auth, id);
        audit.record(access.username(auth), id, "organisation.viewed", "profile");
        return organisations.view(o, locale);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change the profile")
    OrganisationView update(
            @PathVariable long id, @RequestBody OrganisationInput input, Authentication auth, Locale locale) {
        access.require(auth, id);
        return organisations.view(organisations.update(id, input, access.username(auth)), locale);
    }

    @PostMapping("/{id}/members")
    @Operation(summary = "Give another user (an adviser, a colleague) access to this organisation")
    ResponseEntity<Map<String, Object>> addMember(
            @PathVariable long id, @RequestBody Map<String, String> body, Authentication auth) {
        Organisation organisation = access.requireMember(auth, id);
        organisations.addMember(id, body.get("username"), access.username(auth));
        return ResponseEntity.ok(
                Map.of("members", organisations.view(organisation, Locale.ROOT).members()));
    }

    @PutMapping("/{id}/financials/{year}")
    @Operation(
            summary = "Store one year's figures",
            description = "Returns value added, value added per hour worked and per FTE (euro, current prices),"
                    + " whether the hours were derived, and the sector's official figure (Eurostat national"
                    + " accounts, price level corrected with the sector's GVA deflator), with plausibility warnings.")
    FinancialsView putFinancials(
            @PathVariable long id, @PathVariable int year, @RequestBody FinancialsInput input, Authentication auth) {
        access.require(auth, id);
        return organisations.putFinancials(id, year, input, access.username(auth));
    }

    @GetMapping("/{id}/financials")
    @Operation(summary = "Every year's figures with their results")
    List<FinancialsView> financials(@PathVariable long id, Authentication auth) {
        access.require(auth, id);
        audit.record(access.username(auth), id, "financials.viewed", "");
        return organisations.financials(id);
    }

    @GetMapping("/{id}/financials/{year}")
    @Operation(summary = "One year's figures with their results")
    FinancialsView financialsOfYear(@PathVariable long id, @PathVariable int year, Authentication auth) {
        access.require(auth, id);
        audit.record(access.username(auth), id, "financials.viewed", String.valueOf(year));
        return organisations
                .financials(id, year)
                .orElseThrow(() -> new OrganisationNotFoundException("figures of " + year));
    }

    @DeleteMapping("/{id}/financials/{year}")
    @Operation(summary = "Delete one year's figures")
    ResponseEntity<Void> deleteFinancials(@PathVariable long id, @PathVariable int year, Authentication auth) {
        access.require(auth, id);
        if (!organisations.deleteFinancials(id, year, access.username(auth))) {
            throw new OrganisationNotFoundException("figures of " + year);
        }
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary =
                    "Delete the organisation and all of its data (figures, scans, answers, value streams, route plan)")
    ResponseEntity<Void> delete(@PathVariable long id, Authentication auth) {
        access.requireMember(auth, id);
        organisations.delete(id, access.username(auth));
        return ResponseEntity.noContent().build();
    }
}
