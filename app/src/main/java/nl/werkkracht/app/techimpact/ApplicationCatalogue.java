package nl.werkkracht.app.techimpact;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.werkkracht.core.techimpact.TaskType;
import nl.werkkracht.core.techimpact.TechnologyApplication;

/**
 * The catalogue of technology applications ({@code nl/werkkracht/app/techimpact/applications.yaml}): each
 * with the task types it touches (ADR 0023). An organisation may also describe its own application: it then
 * chooses the task types itself ({@link #own}).
 */
public final class ApplicationCatalogue {

    /** The id of an application the user describes. */
    public static final String OWN = "own";

    static final String RESOURCE = "/nl/werkkracht/app/techimpact/applications.yaml";

    private final Map<String, TaskType> taskTypes;
    private final Map<String, TechnologyApplication> applications;

    ApplicationCatalogue(Map<String, TaskType> taskTypes, Map<String, TechnologyApplication> applications) {
        this.taskTypes = Map.copyOf(taskTypes);
        this.applications = applications;
    }

    /** The shipped catalogue. */
    public static ApplicationCatalogue load() {
        try (InputStream in = ApplicationCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            Raw raw = new ObjectMapper(new YAMLFactory())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                    .readValue(in, Raw.class);
            var types = new LinkedHashMap<String, TaskType>();
            raw.taskTypes().forEach((id, stems) -> types.put(id, new TaskType(id, stems)));
            var apps = new LinkedHashMap<String, TechnologyApplication>();
            for (RawApplication a : raw.applications()) {
                var touched = new ArrayList<TaskType>();
                for (String t : a.taskTypes()) {
                    TaskType type = types.get(t);
                    if (type == null) {
                        throw new IllegalStateException(
                                RESOURCE + ": application " + a.id() + " names unknown task type " + t);
                    }
                    touched.add(type);
                }
                if (apps.put(a.id(), new TechnologyApplication(a.id(), a.nameNl(), a.nameEn(), a.kind(), touched))
                        != null) {
                    throw new IllegalStateException(RESOURCE + ": application " + a.id() + " appears twice");
                }
            }
            return new ApplicationCatalogue(types, java.util.Collections.unmodifiableMap(apps));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The catalogue's applications in their order. */
    public List<TechnologyApplication> applications() {
        return List.copyOf(applications.values());
    }

    public Optional<TechnologyApplication> find(String id) {
        return Optional.ofNullable(applications.get(id));
    }

    /** The task types by id. */
    public Map<String, TaskType> taskTypes() {
        return taskTypes;
    }

    /**
     * An application the user describes, touching the given task types (all when none are named).
     *
     * @throws IllegalArgumentException for an unknown task type
     */
    public TechnologyApplication own(String description, List<String> types) {
        var touched = new ArrayList<TaskType>();
        for (String t : types.isEmpty() ? List.copyOf(taskTypes.keySet()) : types) {
            TaskType type = taskTypes.get(t);
            if (type == null) {
                throw new IllegalArgumentException("unknown task type " + t);
            }
            touched.add(type);
        }
        String name = description == null || description.isBlank() ? "Eigen toepassing" : description.strip();
        return new TechnologyApplication(OWN, name, name, TechnologyApplication.Kind.GENERATIVE_AI, touched);
    }

    record Raw(Map<String, List<String>> taskTypes, List<RawApplication> applications) {}

    record RawApplication(
            String id, String nameNl, String nameEn, TechnologyApplication.Kind kind, List<String> taskTypes) {}
}
