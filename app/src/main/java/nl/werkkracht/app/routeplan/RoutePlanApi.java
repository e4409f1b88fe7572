package nl.werkkracht.app.routeplan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import nl.werkkracht.app.organisation.OrganisationAccess;
import nl.werkkracht.app.routeplan.RoutePlanView.ChoiceView;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An organisation's route plan over the REST API: the generated plan in the request's language (Dutch;
 * {@code ?lang=en} for English) and the organisation's choice per intervention. Members of the
 * organisation only; anyone else gets 404.
 */
@RestController
@RequestMapping("/api/v1/organisations/{id}/routeplan")
@Tag(name = "route plan", description = "The generated route plan and the organisation's choices (METHODS.md §13)")
@SecurityRequirement(name = "bearer")
class RoutePlanApi {

    private final OrganisationAccess access;
    private final RoutePlanService plans;

    RoutePlanApi(OrganisationAccess access, RoutePlanService plans) {
        this.access = access;
        this.plans = plans;
    }

    @GetMapping
    @Operation(
            summary = "The organisation's route plan",
            description = "Generated from the latest figures, the scan results of all respondents (when shown) and"
                    + " the value streams: proposed interventions with why, source, prerequisites and indicators,"
                    + " those that have to wait (later), and those the dual-objective rule leaves out (excluded).")
    @ApiResponse(responseCode = "404", description = "no such organisation, or not yours")
    @Parameter(name = "lang", in = ParameterIn.QUERY, description = "nl (default) or en", example = "en")
    RoutePlanView plan(@PathVariable long id, Authentication auth, Locale locale) {
        access.require(auth, id);
        return plans.plan(id, locale, access.username(auth));
    }

    @PutMapping("/choices/{interventionId}")
    @Operation(summary = "Record the organisation's choice about one intervention (chosen, owner, start date, note)")
    @ApiResponse(responseCode = "200", description = "saved")
    @ApiResponse(responseCode = "400", description = "invalid input; the problem names the field")
    @ApiResponse(responseCode = "404", description = "no such organisation or intervention, or not yours")
    ChoiceView choose(
            @PathVariable long id,
            @Parameter(description = "the intervention's catalogue id", example = "org-cut-rules") @PathVariable
                    String interventionId,
            @RequestBody ChoiceInput input,
            Authentication auth) {
        access.require(auth, id);
        return plans.choose(id, interventionId, input, access.username(auth));
    }
}
