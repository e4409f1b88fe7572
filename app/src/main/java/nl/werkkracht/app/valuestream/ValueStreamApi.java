package nl.werkkracht.app.valuestream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import nl.werkkracht.app.organisation.OrganisationAccess;
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
 * {@code /api/v1/organisations/{id}/value-streams}: an organisation's core processes as ordered steps,
 * answered with their metrics (METHODS.md §12). Only members of the organisation get an answer; for
 * anyone else every endpoint says 404, as for a value stream that does not exist.
 */
@RestController
@RequestMapping("/api/v1/organisations/{id}/value-streams")
@Tag(name = "value streams", description = "Value-stream analysis (waardestroomanalyse, METHODS.md §12)")
class ValueStreamApi {

    private static final String METRICS = "Minutes are per pass of one unit of work. Lead time = Σ (process +"
            + " waiting); process cycle efficiency = value-adding process / lead time; handovers = adjacent steps"
            + " with different roles; registration share = process minutes of registration steps / all process"
            + " minutes; waste minutes = process (working) minutes of the waste steps, waiting time excluded;"
            + " improvement hours per year = volume × waste minutes / 60; improvement euro = hours × the"
            + " organisation's value added per hour worked (latest year), null without figures.";

    private final OrganisationAccess access;
    private final ValueStreamService valueStreams;

    ValueStreamApi(OrganisationAccess access, ValueStreamService valueStreams) {
        this.access = access;
        this.valueStreams = valueStreams;
    }

    @PostMapping
    @Operation(summary = "Save a new value stream and get its metrics", description = METRICS)
    @ApiResponse(responseCode = "201", description = "saved; Location names it")
    @ApiResponse(responseCode = "400", description = "invalid input: the problem's field names the first wrong field")
    ResponseEntity<ValueStreamView> create(
            @PathVariable long id, @RequestBody ValueStreamInput input, Authentication auth) {
        access.require(auth, id);
        ValueStreamView created = valueStreams.create(id, input.toValueStream(), access.username(auth));
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + id + "/value-streams/" + created.id()))
                .body(created);
    }

    @GetMapping
    @Operation(summary = "The organisation's value streams with their metrics, oldest first", description = METRICS)
    List<ValueStreamView> list(@PathVariable long id, Authentication auth) {
        access.require(auth, id);
        return valueStreams.list(id, access.username(auth));
    }

    @GetMapping("/{vsId}")
    @Operation(summary = "One value stream with its steps and metrics", description = METRICS)
    ValueStreamView get(@PathVariable long id, @PathVariable long vsId, Authentication auth) {
        access.require(auth, id);
        return valueStreams.find(id, vsId, access.username(auth));
    }

    @PutMapping("/{vsId}")
    @Operation(summary = "Replace a value stream's name, volume and steps", description = METRICS)
    ValueStreamView replace(
            @PathVariable long id, @PathVariable long vsId, @RequestBody ValueStreamInput input, Authentication auth) {
        access.require(auth, id);
        return valueStreams.replace(id, vsId, input.toValueStream(), access.username(auth));
    }

    @DeleteMapping("/{vsId}")
    @Operation(summary = "Delete a value stream")
    @ApiResponse(responseCode = "204", description = "deleted")
    ResponseEntity<Void> delete(@PathVariable long id, @PathVariable long vsId, Authentication auth) {
        access.require(auth, id);
        valueStreams.delete(id, vsId, access.username(auth));
        return ResponseEntity.noContent().build();
    }
}
