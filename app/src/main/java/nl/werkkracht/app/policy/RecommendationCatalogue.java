package nl.werkkracht.app.policy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.werkkracht.core.policy.Recommendation;

/**
 * The versioned catalogue of SER and SER Overijssel recommendations ({@code nl/werkkracht/app/policy/
 * recommendations.yaml}), read once at start-up; a broken file stops the start with a message naming the entry.
 */
public final class RecommendationCatalogue {

    static final String RESOURCE = "/nl/werkkracht/app/policy/recommendations.yaml";

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final int version;
    private final List<Recommendation> recommendations;

    private RecommendationCatalogue(int version, List<Recommendation> recommendations) {
        this.version = version;
        this.recommendations = List.copyOf(recommendations);
    }

    record RawFile(int version, List<RawEntry> recommendations) {}

    record RawEntry(String id, String source, Map<String, String> title, Map<String, String> text, String reference) {}

    static RecommendationCatalogue shipped() {
        try (InputStream in = RecommendationCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return read(YAML.readValue(in, RawFile.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    static RecommendationCatalogue read(RawFile raw) {
        List<Recommendation> out = new ArrayList<>();
        var ids = new HashSet<String>();
        for (RawEntry e : raw.recommendations()) {
            String where = RESOURCE + " recommendation " + e.id();
            if (e.id() == null || !ids.add(e.id())) {
                throw new IllegalStateException(where + ": missing or repeated id");
            }
            if (!List.of("SER", "SER_OVERIJSSEL").contains(e.source())) {
                throw new IllegalStateException(where + ": source must be SER or SER_OVERIJSSEL");
            }
            try {
                out.add(new Recommendation(
                        e.id(),
                        e.source(),
                        e.title().get("nl"),
                        e.title().get("en"),
                        e.text().get("nl"),
                        e.text().get("en"),
                        e.reference()));
            } catch (NullPointerException ex) {
                throw new IllegalStateException(where + ": " + ex.getMessage() + " is missing (nl and en are needed)");
            }
        }
        return new RecommendationCatalogue(raw.version(), out);
    }

    public int version() {
        return version;
    }

    public List<Recommendation> all() {
        return recommendations;
    }

    public Optional<Recommendation> find(String id) {
        return recommendations.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
