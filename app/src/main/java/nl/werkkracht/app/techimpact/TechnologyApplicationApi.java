package nl.werkkracht.app.techimpact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.werkkracht.core.techimpact.TaskType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/technology-applications}: the catalogue of applications with the task types they touch. */
@RestController
@Tag(name = "technology impact")
class TechnologyApplicationApi {

    private final ApplicationCatalogue catalogue;

    TechnologyApplicationApi(ApplicationCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** One application. */
    record ApplicationView(String id, String nameNl, String nameEn, String kind, List<String> taskTypes) {}

    @GetMapping("/api/v1/technology-applications")
    @Operation(summary = "The catalogue of technology applications and the task types each touches")
    List<ApplicationView> list() {
        return catalogue.applications().stream()
                .map(a -> new ApplicationView(
                        a.id(),
                        a.nameNl(),
                        a.nameEn(),
                        a.kind().name(),
                        a.taskTypes().stream().map(TaskType::id).toList()))
                .toList();
    }
}
