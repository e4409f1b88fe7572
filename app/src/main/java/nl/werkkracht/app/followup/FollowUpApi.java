package nl.werkkracht.app.followup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import nl.werkkracht.app.organisation.OrganisationAccess;
import nl.werkkracht.core.benchmark.Metric;
import nl.werkkracht.store.audit.AuditLog;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Follow-up over the REST API (METHODS.md §14): a metric over time as an index against the baseline, and the
 * latest scan against the baseline scan. Members of the organisation only; anyone else gets 404.
 */
@RestController
@RequestMapping("/api/v1/organisations/{id}/followup")
@Tag(name = "follow-up", description = "Measurements over time against the baseline, with the J-curve (METHODS.md §14)")
@SecurityRequirement(name = "bearer")
class FollowUpApi {

    private final OrganisationAccess access;
    private final FollowUpService followUp;
    private final AuditLog audit;

    FollowUpApi(OrganisationAccess access, FollowUpService followUp, AuditLog audit) {
        this.access = access;
        this.followUp = followUp;
        this.audit = audit;
    }

    @GetMapping
    @Operation(
            summary = "One metric over time as an index against the baseline (= 100)",
            description = "Each point is labelled BASELINE, BEFORE_BASELINE, IMPROVEMENT, STABLE, DECLINE or"
                    + " EXPECTED_DIP (a fall within a year after a technology or organisation intervention"
                    + " started: the J-curve). Without measurements the series is empty and `missing` says why.")
    @ApiResponse(responseCode = "400", description = "unknown metric; the problem names the field `metric`")
    @ApiResponse(responseCode = "404", description = "no such organisation, or not yours")
    FollowUpView followUp(
            @PathVariable long id,
            @Parameter(description = "a metric id of the benchmark catalogue", example = "value-added-per-hour")
                    @RequestParam(required = false)
                    String metric,
            Authentication auth,
            Locale locale) {
        access.require(auth, id);
        Metric m = FollowUpService.metric(metric);
        audit.record(access.username(auth), id, "followup.viewed", m.id());
        return followUp.followUp(id, m, locale);
    }

    @GetMapping("/scans")
    @Operation(
            summary = "The latest scan compared with the baseline scan, per scale",
            description = "All respondents and each team both scans have; a group hidden by the anonymity rule"
                    + " in either scan carries no values and no difference.")
    @ApiResponse(responseCode = "404", description = "no such organisation, or not yours")
    ScanComparisonView scans(@PathVariable long id, Authentication auth, Locale locale) {
        access.require(auth, id);
        audit.record(access.username(auth), id, "followup.viewed", "scans");
        return followUp.compareScans(id, locale);
    }
}
