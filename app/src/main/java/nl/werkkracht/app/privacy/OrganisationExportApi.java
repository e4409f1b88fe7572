package nl.werkkracht.app.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.werkkracht.app.benchmark.BenchmarkService;
import nl.werkkracht.app.benchmark.RoleExposures;
import nl.werkkracht.app.organisation.OrganisationAccess;
import nl.werkkracht.app.organisation.OrganisationService;
import nl.werkkracht.app.routeplan.RoutePlanService;
import nl.werkkracht.app.scan.ScanService;
import nl.werkkracht.app.techimpact.TechImpactService;
import nl.werkkracht.app.valuestream.ValueStreamService;
import nl.werkkracht.store.audit.AuditLog;
import nl.werkkracht.store.organisation.Organisation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/organisations/{id}/export}: all data of an organisation as a ZIP of JSON files, or one JSON. */
@RestController
@Tag(name = "organisations")
class OrganisationExportApi {

    private final OrganisationAccess access;
    private final OrganisationExport export;
    private final AuditLog audit;
    private final ObjectMapper json;

    OrganisationExportApi(
            OrganisationAccess access,
            OrganisationService organisations,
            ScanService scans,
            ValueStreamService valueStreams,
            RoutePlanService routePlans,
            BenchmarkService benchmarks,
            AuditLog audit,
            ObjectMapper json,
            TechImpactService techImpact,
            RoleExposures roleExposures) {
        this.access = access;
        this.export = new OrganisationExport(
                organisations, scans, valueStreams, routePlans, benchmarks, audit, techImpact, roleExposures);
        this.audit = audit;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    @GetMapping("/api/v1/organisations/{id}/export")
    @Operation(
            summary = "All data of the organisation (right of access and portability)",
            description = "format=zip (default): a ZIP with organisation.json, financials.json, scans.json,"
                    + " value-streams.json, roles.json, technology-impact.json, routeplan.json, networks.json, audit.json and README.txt; format=json: one document."
                    + " Scan results are disclosure-controlled; individual answers are never exported.")
    ResponseEntity<byte[]> export(
            @PathVariable long id,
            @RequestParam(defaultValue = "zip") String format,
            Authentication auth,
            Locale locale) {
        Organisation organisation = access.requireMember(auth, id);
        String f = format.trim().toLowerCase(Locale.ROOT);
        if (!f.equals("zip") && !f.equals("json")) {
            throw new IllegalArgumentException("format must be zip or json, not '" + format + "'");
        }
        audit.record(access.username(auth), id, "organisation.exported", f);
        Map<String, Object> parts = export.parts(organisation, locale);
        String name = "werkkracht-organisation-" + id;
        if (f.equals("json")) {
            return download(write(parts), MediaType.APPLICATION_JSON, name + ".json");
        }
        return download(zip(parts), MediaType.parseMediaType("application/zip"), name + ".zip");
    }

    private byte[] zip(Map<String, Object> parts) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("README.txt"));
            zip.write(OrganisationExport.README.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey() + ".json"));
                zip.write(write(part.getValue()));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }
}
