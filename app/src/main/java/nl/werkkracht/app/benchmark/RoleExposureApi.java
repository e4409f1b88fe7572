package nl.werkkracht.app.benchmark;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.werkkracht.app.organisation.OrganisationAccess;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The exposure of a network's member roles over the REST API (METHODS.md §9 and §16, ADR 0026). */
@RestController
@Tag(name = "benchmark", description = "Peer benchmarking in networks with disclosure control (METHODS.md §9)")
@SecurityRequirement(name = "bearer")
class RoleExposureApi {

    private final OrganisationAccess access;
    private final RoleExposures exposures;

    RoleExposureApi(OrganisationAccess access, RoleExposures exposures) {
        this.access = access;
        this.exposures = exposures;
    }

    @GetMapping("/api/v1/networks/{id}/role-exposure")
    @Operation(
            summary = "Generative-AI exposure of the member organisations' roles, as disclosure-controlled aggregates",
            description = "Only organisations that consented to share 'role-exposure' in the network contribute. Cells:"
                    + " all roles (cell=all), each ISCO-08 major group (isco=0..9) and each ILO 2025 gradient"
                    + " (gradient=NOT_EXPOSED..GRADIENT_4); the interior major group × gradient is never shown. A shown"
                    + " cell gives the organisations as a band (5–9, 10–19, 20–49, 50–99, ≥ 100), the people in the"
                    + " roles rounded to tens, the hours-weighted mean ILO task score (0–1) and the percent of the"
                    + " people in roles with high exposure, the automation and the augmentation pattern, to 3"
                    + " significant digits, with the date of its published version. A cell is suppressed (reason,"
                    + " count band '< 5' or '≥ 5', no figures) below 5 organisations (FREQUENCY), when one organisation"
                    + " holds more than 50 % or two more than 85 % of its people, its hours, or its people in"
                    + " high-exposure, automation- or augmentation-pattern roles (DOMINANCE), when any"
                    + " combination with other shown cells would reveal a smaller group (SECONDARY), when an"
                    + " organisation it counted left, withdrew consent or was deleted and the cell cannot be"
                    + " republished yet (HISTORY), or when the"
                    + " caller, who knows the roles of every organisation it can access, could derive another's"
                    + " (INSIDER). An earlier version stays shown until at least 5 organisations changed.")
    @ApiResponse(responseCode = "200", description = "the table")
    @ApiResponse(
            responseCode = "404",
            description = "no such network, or the caller neither coordinates it nor is in it")
    RoleExposures.TableView table(@PathVariable long id, Authentication auth) {
        return exposures.table(id, access.username(auth));
    }
}
