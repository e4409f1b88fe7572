package nl.werkkracht.app.routeplan;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import nl.werkkracht.core.routeplan.RoutePlanInput;

/**
 * An invented example organisation for the route-plan tests, read from
 * {@code worked-examples/routeplan/<file>.yaml}. The pillar scores are the means of the pillar's scales
 * ({@code tech.*}, {@code org.*}, {@code people.*}), as the scan computes them.
 */
record ExampleOrganisation(
        String name,
        String label,
        String sizeClass,
        Integer employees,
        Map<String, Double> scales,
        Double productivityRatio,
        Double absenteeism,
        Double turnover,
        Double processCycleEfficiency,
        Double registrationShare,
        Double improvementHours) {

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    static ExampleOrganisation load(String file) {
        String resource = "/worked-examples/routeplan/" + file;
        try (InputStream in = ExampleOrganisation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + resource);
            }
            return YAML.readValue(in, ExampleOrganisation.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RoutePlanInput input() {
        RoutePlanInput.Builder b = RoutePlanInput.builder().scales(scales);
        b.pillars(mean("tech."), mean("org."), mean("people."));
        if (employees != null) {
            b.employees(employees);
        }
        if (productivityRatio != null) {
            b.productivityRatio(productivityRatio);
        }
        if (absenteeism != null) {
            b.absenteeism(absenteeism);
        }
        if (turnover != null) {
            b.turnover(turnover);
        }
        if (processCycleEfficiency != null) {
            b.processCycleEfficiency(processCycleEfficiency);
        }
        if (registrationShare != null) {
            b.registrationShare(registrationShare);
        }
        if (improvementHours != null) {
            b.improvementHours(improvementHours);
        }
        return b.build();
    }

    private double mean(String prefix) {
        return scales.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .mapToDouble(Map.Entry::getValue)
                .average()
                .orElseThrow();
    }
}
