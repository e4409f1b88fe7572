package nl.werkkracht.app.benchmark;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.werkkracht.app.organisation.OrganisationAccess;
import nl.werkkracht.store.network.Network;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Benchmark networks over the REST API (METHODS.md §9). A network is visible to its coordinators (aggregates
 * only) and to the members of its member organisations; to anyone else it does not exist (404). An
 * organisation's consent and own position are for the organisation's members only.
 */
@RestController
@Tag(name = "benchmark", description = "Peer benchmarking in networks with disclosure control (METHODS.md §9)")
@SecurityRequirement(name = "bearer")
class BenchmarkApi {

    private final OrganisationAccess access;
    private final BenchmarkService service;

    BenchmarkApi(OrganisationAccess access, BenchmarkService service) {
        this.access = access;
        this.service = service;
    }

    /** The body of a consent request: the metric ids to share; an empty list withdraws every consent. */
    record ConsentInput(List<String> metrics) {}

    @PostMapping("/api/v1/networks")
    @Operation(summary = "Create a network; the caller becomes its coordinator")
    @ApiResponse(responseCode = "201", description = "created: {id}")
    @ApiResponse(responseCode = "400", description = "invalid name or sectorLevel")
    ResponseEntity<Map<String, Object>> create(@RequestBody NetworkInput input, Authentication auth) {
        Network network = service.create(input, access.username(auth));
        return ResponseEntity.created(URI.create("/api/v1/networks/" + network.id()))
                .body(Map.of("id", network.id(), "name", network.name(), "sectorLevel", network.sectorLevel()));
    }

    @GetMapping("/api/v1/networks")
    @Operation(summary = "The networks the caller coordinates or whose member organisations the caller belongs to")
    List<NetworkView> list(Authentication auth) {
        return service.networks(access.username(auth));
    }

    @GetMapping("/api/v1/networks/{id}")
    @Operation(summary = "One network")
    @ApiResponse(responseCode = "404", description = "no such network, or not the caller's")
    NetworkView network(@PathVariable long id, Authentication auth) {
        return service.require(id, access.username(auth));
    }

    @DeleteMapping("/api/v1/networks/{id}/members/{organisationId}")
    @Operation(summary = "Leave the network: every consent of the organisation ends at once")
    @ApiResponse(responseCode = "204", description = "left")
    @ApiResponse(responseCode = "404", description = "not a member, or not the caller's organisation")
    ResponseEntity<Void> leave(@PathVariable long id, @PathVariable long organisationId, Authentication auth) {
        access.require(auth, organisationId);
        service.leave(id, organisationId, access.username(auth));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/organisations/{id}/consents/{networkId}")
    @Operation(summary = "The metrics the organisation shares in the network")
    @ApiResponse(responseCode = "404", description = "not the caller's organisation, or not a member of the network")
    ConsentView consents(@PathVariable long id, @PathVariable long networkId, Authentication auth) {
        access.require(auth, id);
        access.username(auth);
        return service.consents(id, networkId);
    }

    @PutMapping("/api/v1/organisations/{id}/consents/{networkId}")
    @Operation(summary = "Replace the metrics the organisation shares; an empty list withdraws all, at once")
    @ApiResponse(responseCode = "400", description = "an unknown metric id; field metrics[i]")
    @ApiResponse(responseCode = "404", description = "not the caller's organisation, or not a member of the network")
    ConsentView putConsents(
            @PathVariable long id, @PathVariable long networkId, @RequestBody ConsentInput input, Authentication auth) {
        access.require(auth, id);
        return service.putConsents(id, networkId, input == null ? null : input.metrics(), access.username(auth));
    }

    @GetMapping("/api/v1/networks/{id}/benchmarks")
    @Operation(
            summary = "Peer statistics of one metric in a peer group",
            description = "From the group's current published version (with its date; an earlier version stays"
                    + " until enough organisations changed): k-smoothed P10–P90 (each the mean of 5 values, absent"
                    + " where the window would include the minimum or maximum), the frontier (mean of the best"
                    + " max(5 %, 5)) and dispersion with n, to 3 significant digits; or suppressed with a reason"
                    + " and a count band and no statistics. The caller knows the values of every organisation it"
                    + " can access, so statistics that would reveal another value to the caller are withheld"
                    + " (withheld: insider). With organisation= (one of the caller's organisations, a member of"
                    + " the network) also its own position; this is recorded in its audit log.")
    @ApiResponse(responseCode = "400", description = "unknown metric or size class")
    @ApiResponse(responseCode = "404", description = "no such network, not the caller's, or a foreign organisation")
    BenchmarkView benchmark(
            @PathVariable long id,
            @Parameter(example = "value-added-per-hour") @RequestParam(required = false) String metric,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String sector,
            @Parameter(example = "10-49") @RequestParam(required = false) String sizeClass,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Long organisation,
            Authentication auth) {
        String username = access.username(auth);
        service.require(id, username);
        if (organisation != null) {
            access.require(auth, organisation);
        }
        return service.answer(
                id,
                BenchmarkService.question(metric, year, sector, sizeClass, region),
                Optional.ofNullable(organisation),
                username);
    }
}
