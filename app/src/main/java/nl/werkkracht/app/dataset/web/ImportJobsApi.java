package nl.werkkracht.app.dataset.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The recorded imports through the REST API (analysts and administrators): what happened to an upload, also
 * after a restart or on another instance.
 */
@RestController
@Tag(name = "datasets", description = "Datasets: provenance, coverage, imports and observations")
class ImportJobsApi {

    static final int MAX_LIST = 200;

    private final ImportJobs jobs;
    private final MessageSource messages;

    ImportJobsApi(ImportJobs jobs, MessageSource messages) {
        this.jobs = jobs;
        this.messages = messages;
    }

    @GetMapping("/api/v1/imports")
    @Operation(
            summary = "The latest imports, newest first (analysts and administrators)",
            description = "Running, succeeded or failed; a failed one says why and that nothing was stored. An"
                    + " import whose server stopped before it ended is failed with code 'interrupted'.")
    List<JobView> imports(@RequestParam(defaultValue = "50") int limit, Locale locale) {
        return jobs.recent(Math.max(1, Math.min(MAX_LIST, limit))).stream()
                .map(j -> JobView.of(j, messages, locale))
                .toList();
    }

    @GetMapping("/api/v1/imports/{id}")
    @Operation(summary = "One import (analysts and administrators)")
    @ApiResponse(responseCode = "200", description = "The import")
    @ApiResponse(
            responseCode = "404",
            description = "No such import",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    JobView importJob(@PathVariable String id, Locale locale) {
        return jobs.find(id)
                .map(j -> JobView.of(j, messages, locale))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such import"));
    }
}
