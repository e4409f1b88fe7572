package nl.werkkracht.app.dataset.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import nl.werkkracht.app.web.ApiProblems;
import nl.werkkracht.core.observation.Measure;
import nl.werkkracht.core.observation.Observation;
import nl.werkkracht.store.observation.ObservationQuery;
import nl.werkkracht.store.observation.ObservationStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The datasets through the REST API: list and describe them, import a file into one (analysts and
 * administrators), and read observations. Errors are problem details; a bad file is 422 with the file,
 * line and field, and stores nothing.
 */
@RestController
@Tag(name = "datasets", description = "Datasets: provenance, coverage, imports and observations")
class DatasetApi {

    /** Observations per page when no size is given, and the most one page holds. */
    static final int DEFAULT_SIZE = 1000;

    static final int MAX_SIZE = 10_000;

    private final DatasetCatalogue catalogue;
    private final ObservationStore store;
    private final ImportJobs jobs;

    DatasetApi(DatasetCatalogue catalogue, ObservationStore store, ImportJobs jobs) {
        this.catalogue = catalogue;
        this.store = store;
        this.jobs = jobs;
    }

    @GetMapping("/api/v1/datasets")
    @Operation(summary = "Every dataset with source, licence, retrieval date, coverage and status flags")
    List<DatasetView> datasets() {
        return catalogue.list();
    }

    @GetMapping("/api/v1/datasets/{name}")
    @Operation(summary = "One dataset with source, licence, retrieval date, coverage and status flags")
    @ApiResponse(responseCode = "200", description = "The dataset")
    @ApiResponse(
            responseCode = "404",
            description = "No such dataset",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    DatasetView dataset(@PathVariable String name) {
        return catalogue.find(name).orElseThrow(() -> notFound(name));
    }

    @PostMapping(path = "/api/v1/datasets/{name}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import a file into a dataset (analysts and administrators)",
            description = "One transaction: a file with an error stores nothing. Creates the dataset when it"
                    + " does not exist. Formats: csv (Werkkracht CSV), eurostat-tsv, klems, cbs-odata (a ZIP of the"
                    + " saved responses of one CBS table); auto (default) detects the format from the first line."
                    + " The outcome is recorded: GET /api/v1/imports.")
    @ApiResponse(responseCode = "201", description = "Imported")
    @ApiResponse(
            responseCode = "400",
            description = "Invalid dataset name or format",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "422",
            description =
                    "The file cannot be imported; the problem names file, line and field, and nothing was" + " stored",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ImportReportView> importFile(
            @PathVariable String name,
            @RequestPart("file") MultipartFile file,
            @Parameter(description = "auto (default), csv, eurostat-tsv or klems")
                    @RequestParam(name = "format", required = false)
                    String format,
            java.security.Principal principal)
            throws IOException {
        UploadRequest request = UploadRequest.of(name, format);
        if (file.isEmpty()) {
            throw new IllegalArgumentException("the file is empty");
        }
        UploadedFile saved = UploadedFile.save(file);
        String fileName = saved.name();
        var report = jobs.importNow(
                principal == null ? "" : principal.getName(), request.dataset(), saved, request.format());
        return ResponseEntity.created(URI.create("/api/v1/datasets/" + request.dataset()))
                .body(ImportReportView.of(fileName, report));
    }

    @GetMapping("/api/v1/datasets/{name}/observations")
    @Operation(
            summary = "Observations of a dataset, filtered and paged",
            description = "Ordered by measure, region, sector, period and price basis. A confidential or"
                    + " missing observation has value null. Filters take several values, comma separated or"
                    + " repeated.")
    @ApiResponse(
            responseCode = "404",
            description = "No such dataset",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ObservationsView observations(
            @PathVariable String name,
            @Parameter(description = "measure codes, e.g. GVA,HOURS") @RequestParam(required = false)
                    List<String> measure,
            @Parameter(description = "region codes, e.g. NL,NL32") @RequestParam(required = false) List<String> region,
            @Parameter(description = "sector codes, e.g. TOTAL,C") @RequestParam(required = false) List<String> sector,
            @Parameter(description = "first year (inclusive)") @RequestParam(required = false) Integer from,
            @Parameter(description = "last year (inclusive)") @RequestParam(required = false) Integer to,
            @Parameter(description = "0-based page") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "observations per page, at most " + MAX_SIZE)
                    @RequestParam(defaultValue = "" + DEFAULT_SIZE)
                    int size) {
        catalogue.find(name).orElseThrow(() -> notFound(name));
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and size between 1 and " + MAX_SIZE);
        }
        ObservationQuery query = ObservationQuery.all(name)
                .withMeasures(measures(measure))
                .withRegions(codes(region))
                .withSectors(codes(sector));
        if (from != null) {
            query = query.withFromYear(from);
        }
        if (to != null) {
            query = query.withToYear(to);
        }
        List<Observation> found = store.find(query);
        long start = Math.min((long) page * size, found.size());
        long end = Math.min(start + size, found.size());
        return new ObservationsView(
                name,
                found.size(),
                page,
                size,
                found.subList((int) start, (int) end).stream()
                        .map(ObservationsView.Item::of)
                        .toList());
    }

    private static List<Measure> measures(Collection<String> codes) {
        List<Measure> measures = new ArrayList<>();
        for (String code : codes(codes)) {
            measures.add(Measure.parse(code)
                    .orElseThrow(() -> new IllegalArgumentException("unknown measure '" + code + "'")));
        }
        return measures;
    }

    /** Codes from repeated or comma-separated parameters, trimmed, blanks dropped. */
    private static List<String> codes(Collection<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT))
                .toList();
    }

    private static ErrorResponseException notFound(String name) {
        return new ErrorResponseException(
                HttpStatus.NOT_FOUND,
                ApiProblems.problem(
                        HttpStatus.NOT_FOUND, "not-found", "No such dataset", "dataset '" + name + "' does not exist"),
                null);
    }
}
