package nl.werkkracht.app.policy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import nl.werkkracht.app.policy.PolicyInputs.EvaluationInput;
import nl.werkkracht.app.policy.PolicyInputs.IndicatorInput;
import nl.werkkracht.app.policy.PolicyInputs.MeasureInput;
import nl.werkkracht.app.policy.PolicyInputs.MemberInput;
import nl.werkkracht.app.policy.PolicyInputs.PhaseInput;
import nl.werkkracht.app.policy.PolicyInputs.ProgrammeInput;
import nl.werkkracht.app.policy.PolicyInputs.QuestionInput;
import nl.werkkracht.app.policy.PolicyInputs.RecommendationInput;
import nl.werkkracht.app.policy.PolicyInputs.ValueInput;
import nl.werkkracht.app.policy.ProgrammeAccess.Need;
import nl.werkkracht.store.policy.PolicyContentStore.Kind;
import nl.werkkracht.store.policy.Programme;
import nl.werkkracht.store.policy.ProgrammeEvent;
import nl.werkkracht.store.policy.ProgrammeStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Policy programmes over the REST API (METHODS.md §15). Published programmes are readable by anyone; a draft
 * only by its members, anyone else gets 404. Owners (role ANALYST) change everything; every change is in the
 * programme's audit log.
 */
@RestController
@RequestMapping("/api/v1/programmes")
@Tag(name = "policy", description = "Policy cycle: programmes, measures, indicators, evaluations (METHODS.md §15)")
@SecurityRequirement(name = "bearer")
class ProgrammeApi {

    private final ProgrammeAccess access;
    private final ProgrammeService service;
    private final ProgrammeViews views;
    private final ProgrammeStore programmes;
    private final EvaluationService evaluations;

    ProgrammeApi(
            ProgrammeAccess access,
            ProgrammeService service,
            ProgrammeViews views,
            ProgrammeStore programmes,
            EvaluationService evaluations) {
        this.access = access;
        this.service = service;
        this.views = views;
        this.programmes = programmes;
        this.evaluations = evaluations;
    }

    /** A programme in a list. */
    record Summary(
            long id,
            String name,
            String region,
            String regionName,
            int fromYear,
            int toYear,
            boolean published,
            boolean invented,
            String role) {}

    @GetMapping
    @Operation(summary = "Published programmes and, for a logged-in user, their own drafts")
    List<Summary> list(Authentication auth, Locale locale) {
        java.util.LinkedHashMap<Long, Programme> all = new java.util.LinkedHashMap<>();
        if (ProgrammeAccess.loggedIn(auth)) {
            programmes.ofUser(auth.getName()).forEach(p -> all.put(p.id(), p));
        }
        programmes.published().forEach(p -> all.putIfAbsent(p.id(), p));
        return all.values().stream()
                .map(p -> new Summary(
                        p.id(),
                        p.name(),
                        p.region(),
                        views.regionName(p.region(), locale),
                        p.fromYear(),
                        p.toYear(),
                        p.published(),
                        p.invented(),
                        access.role(auth, p.id()).map(Enum::name).orElse(null)))
                .toList();
    }

    @PostMapping
    @Operation(
            summary = "Create a draft programme; the creator becomes its owner (role ANALYST)",
            description = "Region: NL, a province (PV20-PV31) or a COROP region (CR01-CR40).")
    @ApiResponse(responseCode = "201", description = "created; Location is the programme")
    @ApiResponse(responseCode = "400", description = "a field is invalid; the problem names it in `field`")
    @ApiResponse(responseCode = "403", description = "not a policy officer (role ANALYST)")
    ResponseEntity<ProgrammeView> create(@RequestBody ProgrammeInput in, Authentication auth, Locale locale) {
        if (!ProgrammeAccess.hasRole(auth, "ANALYST")) {
            throw new AccessDeniedException("only policy officers (role ANALYST) create programmes");
        }
        Programme p = service.create(in, auth.getName(), false);
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + p.id()))
                .body(views.view(p, access.role(auth, p.id()), locale));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A programme with its cycle, measures, indicators and progress")
    @ApiResponse(responseCode = "404", description = "no such programme, or a draft of others")
    ProgrammeView get(@PathVariable long id, Authentication auth, Locale locale) {
        Programme p = access.require(auth, id, Need.READ);
        return views.view(p, access.role(auth, id), locale);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change name, region, years and description (owners)")
    ProgrammeView update(@PathVariable long id, @RequestBody ProgrammeInput in, Authentication auth, Locale locale) {
        Programme p = access.require(auth, id, Need.OWN);
        service.update(p, in, auth.getName());
        return get(id, auth, locale);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a programme and everything of it (owners); its audit lines stay")
    void delete(@PathVariable long id, Authentication auth) {
        service.delete(access.require(auth, id, Need.OWN), auth.getName());
    }

    /** Whether the programme is published. */
    record Publication(boolean published) {}

    @PutMapping("/{id}/publication")
    @Operation(summary = "Publish the programme (readable by the public) or make it a draft again (owners)")
    ProgrammeView publish(@PathVariable long id, @RequestBody Publication in, Authentication auth, Locale locale) {
        service.publish(access.require(auth, id, Need.OWN), in.published(), auth.getName());
        return get(id, auth, locale);
    }

    @PostMapping("/{id}/members")
    @Operation(summary = "Add an owner (role ANALYST) or a service-point adviser (role ADVISER) (owners)")
    ProgrammeView addMember(@PathVariable long id, @RequestBody MemberInput in, Authentication auth, Locale locale) {
        service.addMember(access.require(auth, id, Need.OWN), in, auth.getName());
        return get(id, auth, locale);
    }

    @DeleteMapping("/{id}/members/{username}")
    @Operation(summary = "Remove a member (owners); the last owner cannot be removed")
    ProgrammeView removeMember(
            @PathVariable long id, @PathVariable String username, Authentication auth, Locale locale) {
        service.removeMember(access.require(auth, id, Need.OWN), username, auth.getName());
        return get(id, auth, locale);
    }

    @PutMapping("/{id}/cycles/{year}/{phase}")
    @Operation(summary = "Record what was done in a phase of a year's cycle (owners)")
    ProgrammeView phase(
            @PathVariable long id,
            @PathVariable int year,
            @PathVariable String phase,
            @RequestBody PhaseInput in,
            Authentication auth,
            Locale locale) {
        Programme p = access.require(auth, id, Need.OWN);
        service.savePhase(p, new PhaseInput(year, phase, in.done(), in.completed()), auth.getName());
        return get(id, auth, locale);
    }

    @PostMapping("/{id}/measures")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a measure (owners)")
    ProgrammeView addMeasure(@PathVariable long id, @RequestBody MeasureInput in, Authentication auth, Locale locale) {
        service.addMeasure(access.require(auth, id, Need.OWN), in, auth.getName());
        return get(id, auth, locale);
    }

    @PutMapping("/{id}/measures/{measureId}")
    @Operation(summary = "Change a measure (owners)")
    ProgrammeView updateMeasure(
            @PathVariable long id,
            @PathVariable long measureId,
            @RequestBody MeasureInput in,
            Authentication auth,
            Locale locale) {
        if (!service.updateMeasure(access.require(auth, id, Need.OWN), measureId, in, auth.getName())) {
            throw new RowNotFoundException("measure", measureId);
        }
        return get(id, auth, locale);
    }

    @DeleteMapping("/{id}/measures/{measureId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a measure with its indicators and evaluations (owners)")
    void deleteMeasure(@PathVariable long id, @PathVariable long measureId, Authentication auth) {
        if (!service.deleteMeasure(access.require(auth, id, Need.OWN), measureId, auth.getName())) {
            throw new RowNotFoundException("measure", measureId);
        }
    }

    @PostMapping("/{id}/measures/{measureId}/indicators")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add an indicator with baseline, target and direction to a measure (owners)",
            description = "kind MONITOR (metric productivity, index, structure-corrected-index, labour), ORGANISATIONS"
                    + " (scans, route-plan-share, top-gap; disclosure-controlled) or MANUAL (with its source).")
    ProgrammeView addIndicator(
            @PathVariable long id,
            @PathVariable long measureId,
            @RequestBody IndicatorInput in,
            Authentication auth,
            Locale locale) {
        Programme p = access.require(auth, id, Need.OWN);
        if (service.addIndicator(p, measureId, in, auth.getName(), locale).isEmpty()) {
            throw new RowNotFoundException("measure", measureId);
        }
        return get(id, auth, locale);
    }

    @DeleteMapping("/{id}/indicators/{indicatorId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an indicator (owners)")
    void deleteIndicator(@PathVariable long id, @PathVariable long indicatorId, Authentication auth) {
        if (!service.deleteIndicator(access.require(auth, id, Need.OWN), indicatorId, auth.getName())) {
            throw new RowNotFoundException("indicator", indicatorId);
        }
    }

    @PutMapping("/{id}/indicators/{indicatorId}/values/{year}")
    @Operation(summary = "Enter a manual indicator's value for a year (owners)")
    ProgrammeView putValue(
            @PathVariable long id,
            @PathVariable long indicatorId,
            @PathVariable int year,
            @RequestBody ValueInput in,
            Authentication auth,
            Locale locale) {
        Programme p = access.require(auth, id, Need.OWN);
        if (!service.putValue(p, indicatorId, new ValueInput(year, in.value()), auth.getName())) {
            throw new RowNotFoundException("manual indicator", indicatorId);
        }
        return get(id, auth, locale);
    }

    @PostMapping("/{id}/questions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a policy question (owners)")
    ProgrammeView addQuestion(
            @PathVariable long id, @RequestBody QuestionInput in, Authentication auth, Locale locale) {
        service.addQuestion(access.require(auth, id, Need.OWN), in, auth.getName());
        return get(id, auth, locale);
    }

    @PutMapping("/{id}/questions/{questionId}")
    @Operation(summary = "Change a policy question: who answers it, due date, result, status (owners)")
    ProgrammeView updateQuestion(
            @PathVariable long id,
            @PathVariable long questionId,
            @RequestBody QuestionInput in,
            Authentication auth,
            Locale locale) {
        if (!service.updateQuestion(access.require(auth, id, Need.OWN), questionId, in, auth.getName())) {
            throw new RowNotFoundException("question", questionId);
        }
        return get(id, auth, locale);
    }

    @PostMapping("/{id}/recommendations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a recommendation, from the catalogue or the programme's own (owners)")
    ProgrammeView addRecommendation(
            @PathVariable long id, @RequestBody RecommendationInput in, Authentication auth, Locale locale) {
        service.addRecommendation(access.require(auth, id, Need.OWN), in, auth.getName());
        return get(id, auth, locale);
    }

    @PutMapping("/{id}/recommendations/{recommendationId}")
    @Operation(summary = "Follow a recommendation up: adopted, carried out, effect (owners)")
    ProgrammeView updateRecommendation(
            @PathVariable long id,
            @PathVariable long recommendationId,
            @RequestBody RecommendationInput in,
            Authentication auth,
            Locale locale) {
        if (!service.updateRecommendation(access.require(auth, id, Need.OWN), recommendationId, in, auth.getName())) {
            throw new RowNotFoundException("recommendation", recommendationId);
        }
        return get(id, auth, locale);
    }

    @PostMapping("/{id}/evaluations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add an evaluation of a monitor indicator for a region from a start year (owners)",
            description = "Donors and comparison are region codes of the same level; empty for every other region.")
    EvaluationView addEvaluation(
            @PathVariable long id, @RequestBody EvaluationInput in, Authentication auth, Locale locale) {
        Programme p = access.require(auth, id, Need.OWN);
        long evaluationId = service.addEvaluation(p, in, auth.getName());
        return evaluation(id, evaluationId, auth, locale);
    }

    @GetMapping("/{id}/evaluations/{evaluationId}")
    @Operation(
            summary = "An evaluation: before/after, difference-in-differences and synthetic control with placebos",
            description = "The synthetic control's JSON is that of `werkkracht synth` (weights, preRmspe, postRmspe,"
                    + " ratio, gaps, placebo, leaveOneOut) with region names.")
    EvaluationView evaluation(
            @PathVariable long id, @PathVariable long evaluationId, Authentication auth, Locale locale) {
        Programme p = access.require(auth, id, Need.READ);
        return evaluations
                .view(p, evaluationId, locale)
                .orElseThrow(() -> new RowNotFoundException("evaluation", evaluationId));
    }

    @DeleteMapping("/{id}/questions/{rowId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a policy question (owners)")
    void deleteQuestion(@PathVariable long id, @PathVariable long rowId, Authentication auth) {
        deleteRow(id, Kind.QUESTION, rowId, auth);
    }

    @DeleteMapping("/{id}/recommendations/{rowId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a recommendation (owners)")
    void deleteRecommendation(@PathVariable long id, @PathVariable long rowId, Authentication auth) {
        deleteRow(id, Kind.RECOMMENDATION, rowId, auth);
    }

    @DeleteMapping("/{id}/evaluations/{rowId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an evaluation (owners)")
    void deleteEvaluation(@PathVariable long id, @PathVariable long rowId, Authentication auth) {
        deleteRow(id, Kind.EVALUATION, rowId, auth);
    }

    private void deleteRow(long id, Kind kind, long rowId, Authentication auth) {
        if (!service.delete(access.require(auth, id, Need.OWN), kind, rowId, auth.getName())) {
            throw new RowNotFoundException(kind.name().toLowerCase(java.util.Locale.ROOT), rowId);
        }
    }

    @GetMapping("/{id}/audit")
    @Operation(summary = "Who changed what, newest first (owners)")
    List<ProgrammeEvent> audit(@PathVariable long id, Authentication auth) {
        access.require(auth, id, Need.OWN);
        return programmes.events(id, 200);
    }
}
