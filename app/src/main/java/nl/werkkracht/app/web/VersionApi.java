package nl.werkkracht.app.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The version of the running platform, for operators and scripts. */
@RestController
@Tag(name = "platform", description = "Version and health")
class VersionApi {

    private final ObjectProvider<BuildProperties> build;

    VersionApi(ObjectProvider<BuildProperties> build) {
        this.build = build;
    }

    @GetMapping("/api/v1/version")
    @Operation(summary = "Version of the running platform")
    Map<String, String> version() {
        var out = new LinkedHashMap<String, String>();
        BuildProperties b = build.getIfAvailable();
        out.put("name", "werkkracht");
        out.put("version", b == null ? "development" : b.getVersion());
        out.put("built", b == null || b.getTime() == null ? "" : b.getTime().toString());
        out.put("java", System.getProperty("java.version"));
        return out;
    }
}
