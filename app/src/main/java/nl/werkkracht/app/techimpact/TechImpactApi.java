package nl.werkkracht.app.techimpact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.werkkracht.app.organisation.OrganisationAccess;
import nl.werkkracht.core.techimpact.WorkRole.InvalidRoleException;
import nl.werkkracht.store.techimpact.LearningPlan;
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

/**
 * {@code /api/v1/organisations/{id}/roles} and {@code …/technology-impact}: an organisation's roles (name,
 * people, hours, ISCO-08 occupation, tasks) and its technology impact analyses (METHODS.md §16). Only members
 * get an answer; anyone else gets 404, as for an id that does not exist.
 */
@RestController
@RequestMapping("/api/v1/organisations/{id}")
@Tag(name = "technology impact", description = "Roles and technology impact per role (METHODS.md §16)")
class TechImpactApi {

    private static final String FIGURES =
            "Exposure = time-weighted mean of the ILO 2025 task scores of the tasks a role"
                    + " does; spread = weighted standard deviation; pattern AUTOMATION when mean ≥ 0.5 and spread < 0.15,"
                    + " AUGMENTATION when ≥ 10 % of the scored time is in tasks scoring ≥ 0.5 (ADR 0023). Potential ="
                    + " hours × share × score (generative AI) or × otherCapability, times realisationLow … realisationHigh:"
                    + " a range of what could be freed, never counted as saved until measured.";

    private final OrganisationAccess access;
    private final TechImpactService service;

    TechImpactApi(OrganisationAccess access, TechImpactService service) {
        this.access = access;
        this.service = service;
    }

    @GetMapping("/roles")
    @Operation(summary = "The organisation's roles by name")
    List<RoleView> roles(@PathVariable long id, Authentication auth) {
        access.require(auth, id);
        return service.roles(id);
    }

    @GetMapping("/roles/{roleId}")
    @Operation(summary = "One role with every task of its occupation and the share the role gives it")
    RoleView role(@PathVariable long id, @PathVariable long roleId, Authentication auth) {
        access.require(auth, id);
        return service.role(id, roleId);
    }

    @PostMapping("/roles")
    @Operation(summary = "Add a role")
    @ApiResponse(responseCode = "201", description = "saved; Location names it")
    @ApiResponse(responseCode = "400", description = "invalid input: the problem's field names the wrong field")
    ResponseEntity<RoleView> createRole(@PathVariable long id, @RequestBody RoleRequest input, Authentication auth) {
        access.require(auth, id);
        RoleView created = service.saveRole(id, Optional.empty(), input.toRole(), access.username(auth));
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + id + "/roles/" + created.id()))
                .body(created);
    }

    @PutMapping("/roles/{roleId}")
    @Operation(summary = "Replace a role (a new name is carried into the value-stream steps)")
    RoleView replaceRole(
            @PathVariable long id, @PathVariable long roleId, @RequestBody RoleRequest input, Authentication auth) {
        access.require(auth, id);
        return service.saveRole(id, Optional.of(roleId), input.toRole(), access.username(auth));
    }

    @DeleteMapping("/roles/{roleId}")
    @Operation(summary = "Delete a role (its value-stream steps keep their names and lose the role)")
    @ApiResponse(responseCode = "204", description = "deleted")
    ResponseEntity<Void> deleteRole(@PathVariable long id, @PathVariable long roleId, Authentication auth) {
        access.require(auth, id);
        service.deleteRole(id, roleId, access.username(auth));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/technology-impact")
    @Operation(summary = "The organisation's technology impact analyses, newest first", description = FIGURES)
    List<AnalysisView> analyses(@PathVariable long id, Authentication auth) {
        access.require(auth, id);
        return service.analyses(id);
    }

    @GetMapping("/technology-impact/{analysisId}")
    @Operation(
            summary = "One analysis: roles, exposure, potential range, route-plan measures and TIM answers",
            description = FIGURES)
    AnalysisView analysis(@PathVariable long id, @PathVariable long analysisId, Authentication auth) {
        access.require(auth, id);
        return service.analysis(id, analysisId, access.username(auth));
    }

    @PostMapping("/technology-impact")
    @Operation(summary = "Start an analysis of a catalogue application or an own one", description = FIGURES)
    @ApiResponse(responseCode = "201", description = "saved; Location names it")
    ResponseEntity<AnalysisView> createAnalysis(
            @PathVariable long id, @RequestBody AnalysisRequest input, Authentication auth) {
        access.require(auth, id);
        AnalysisView created = service.saveAnalysis(id, Optional.empty(), input, access.username(auth));
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + id + "/technology-impact/" + created.id()))
                .body(created);
    }

    @PutMapping("/technology-impact/{analysisId}")
    @Operation(summary = "Replace an analysis' application and answers", description = FIGURES)
    AnalysisView replaceAnalysis(
            @PathVariable long id,
            @PathVariable long analysisId,
            @RequestBody AnalysisRequest input,
            Authentication auth) {
        access.require(auth, id);
        return service.saveAnalysis(id, Optional.of(analysisId), input, access.username(auth));
    }

    /** A learning plan as the API receives it. */
    record LearningRequest(
            @Schema(example = "Planner") String role,
            @Schema(example = "Hoofd planning") String owner,
            @Schema(example = "2027-02-01") LocalDate start,
            @Schema(example = "2027-05-01") LocalDate end,
            @Schema(description = "the day it was marked done; absent or null while not done", example = "2027-04-24")
                    LocalDate done) {}

    @PutMapping("/technology-impact/{analysisId}/learning")
    @Operation(summary = "Replace the plans for learning on the job (owner, start, end, done) per touched role")
    AnalysisView learning(
            @PathVariable long id,
            @PathVariable long analysisId,
            @RequestBody List<LearningRequest> input,
            Authentication auth) {
        access.require(auth, id);
        var plans = new java.util.ArrayList<LearningPlan>();
        for (int i = 0; i < input.size(); i++) {
            LearningRequest r = input.get(i);
            if (r == null || r.role() == null || r.role().isBlank()) {
                throw new InvalidRoleException("[" + i + "].role", "is required");
            }
            try {
                plans.add(new LearningPlan(
                        r.role().strip(),
                        Optional.ofNullable(r.owner()),
                        Optional.ofNullable(r.start()),
                        Optional.ofNullable(r.end()),
                        Optional.ofNullable(r.done())));
            } catch (IllegalArgumentException e) {
                throw new InvalidRoleException("[" + i + "].end", "must not be before the start");
            }
        }
        service.saveLearning(id, analysisId, plans, access.username(auth));
        return service.analysis(id, analysisId, access.username(auth));
    }

    @DeleteMapping("/technology-impact/{analysisId}")
    @Operation(summary = "Delete an analysis")
    @ApiResponse(responseCode = "204", description = "deleted")
    ResponseEntity<Void> deleteAnalysis(@PathVariable long id, @PathVariable long analysisId, Authentication auth) {
        access.require(auth, id);
        service.deleteAnalysis(id, analysisId, access.username(auth));
        return ResponseEntity.noContent().build();
    }
}
