package nl.werkkracht.app.monitor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.werkkracht.app.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The regional productivity monitor as JSON: what the map, its table and the region page show. Read
 * only and public (unless the monitor is configured private). Figures are unrounded; missing figures
 * are null, never 0.
 */
@RestController
@Tag(
        name = "monitor",
        description = "Regional labour productivity: levels, indices against the Netherlands, structure-corrected"
                + " comparison, growth, catch-up typology and gap decomposition (METHODS.md sections 1-5)")
class RegionsApi {

    private final MonitorService monitor;
    private final MonitorCache cache;
    private final ObjectMapper json;

    RegionsApi(MonitorService monitor, MonitorCache cache, ObjectMapper json) {
        this.monitor = monitor;
        this.cache = cache;
        this.json = json;
    }

    /** Key of a serialised answer: the endpoint and every parameter that shapes it. */
    private record JsonKey(String endpoint, List<Object> parameters) {}

    /**
     * The answer as JSON bytes, serialised once per key and kept in the monitor cache (cleared when data
     * change), with an ETag so clients can revalidate. The region summaries are the busiest public
     * answers; serialising them again on every request would cost most of the time.
     */
    private ResponseEntity<byte[]> cachedJson(JsonKey key, Supplier<Object> view) {
        byte[] body = cache.get(key, () -> {
            try {
                return json.writeValueAsBytes(view.get());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot serialise " + key.endpoint(), e);
            }
        });
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .eTag(Integer.toHexString(java.util.Arrays.hashCode(body)))
                .body(body);
    }

    @GetMapping("/api/v1/regions")
    @Operation(
            summary = "Productivity of every region of a level",
            description = "Per region: GDP per hour worked for provinces (NUTS-2) and per person employed for"
                    + " NUTS-3/COROP (euro, current prices), index NL = 100, structure index and structure-corrected"
                    + " index (national GVA by sector from EU KLEMS with labour by sector from Eurostat), nominal"
                    + " growth over the period and the change of the index, the catch-up class against the"
                    + " frontrunner group on raw and on corrected levels; for provinces also productivity volume"
                    + " growth per hour and the labour income share. Every indicator names its output and labour"
                    + " measure, price basis, NUTS version and data vintages (mixedVintages when its inputs come"
                    + " from more than one release). Labels follow the request language (?lang=en).")
    @ApiResponse(
            responseCode = "200",
            description = "The regions",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RegionsView.class)))
    @ApiResponse(responseCode = "400", description = "Unknown level or a year outside the data")
    ResponseEntity<byte[]> regions(
            @Parameter(description = "nuts2, nuts3, province (= NUTS-2) or corop (matched to NUTS-3 by name)")
                    @RequestParam(defaultValue = "province")
                    String level,
            @Parameter(description = "Year of levels and indices; default the latest year with complete data")
                    @RequestParam(required = false)
                    Integer year,
            @Parameter(description = "First year of the growth and catch-up period; default ten years before 'to'")
                    @RequestParam(required = false)
                    Integer from,
            @Parameter(description = "Last year of the growth and catch-up period; default the year")
                    @RequestParam(required = false)
                    Integer to,
            Locale locale) {
        return cachedJson(
                new JsonKey("regions", java.util.Arrays.asList(level, year, from, to, locale.getLanguage())),
                () -> monitor.regions(level, year, from, to, locale));
    }

    @GetMapping("/api/v1/regions/{code}/summary")
    @Operation(
            summary = "The region page's figures",
            description = "Key figures with the previous year and the change; productivity over time against"
                    + " the Netherlands; labour shares by sector against the Netherlands; expected productivity"
                    + " from structure, structure index and corrected index; the gap decomposition by sector"
                    + " when the store holds GVA by region and sector (otherwise gapNote names CBS table"
                    + " 84419NED and the import command); catch-up class and path against the frontrunner;"
                    + " the headline (the index against the Netherlands per year and its change in points, per hour"
                    + " worked for provinces, per person employed for COROP) and, for provinces, volume growth"
                    + " per hour and the labour income share with NUTS version and vintages.")
    @ApiResponse(
            responseCode = "200",
            description = "The region's figures",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = RegionSummaryView.class)))
    @ApiResponse(responseCode = "404", description = "Unknown region code")
    ResponseEntity<byte[]> summary(
            @Parameter(description = "CBS code (PV20-PV31, CR01-CR40) or NUTS 2016 code (NL, NL32, NL329)")
                    @PathVariable
                    String code,
            @Parameter(description = "Year; default the latest year with complete data") @RequestParam(required = false)
                    Integer year,
            @Parameter(description = "First year of the catch-up period") @RequestParam(required = false) Integer from,
            @Parameter(description = "Last year of the catch-up period; default the year")
                    @RequestParam(required = false)
                    Integer to,
            Locale locale) {
        return cachedJson(
                new JsonKey("summary", java.util.Arrays.asList(code, year, from, to, locale.getLanguage())),
                () -> monitor.summary(code, year, from, to, locale));
    }

    @ExceptionHandler(UnknownRegionException.class)
    ProblemDetail unknownRegion(UnknownRegionException e) {
        ProblemDetail p =
                ApiProblems.problem(HttpStatus.NOT_FOUND, "unknown-region", "Unknown region code", e.getMessage());
        p.setProperty("parameter", "code");
        return p;
    }
}
