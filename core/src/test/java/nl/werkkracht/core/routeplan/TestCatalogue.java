package nl.werkkracht.core.routeplan;

import java.util.Arrays;
import java.util.List;

/** Small hand-made catalogues for the planner tests (the shipped catalogue is tested in app). */
final class TestCatalogue {

    static final Guard GUARD = new Guard(50, 5.5);

    private TestCatalogue() {}

    static Intervention intervention(String id, Route route, String when, Effects effects, String... prerequisites) {
        return new Intervention(
                id,
                route,
                new Text("titel " + id, "title " + id),
                new Text("uitleg " + id, "rationale " + id),
                "Test source (2024)",
                selection(when),
                Arrays.stream(prerequisites).map(Condition::parse).toList(),
                effects,
                List.of(Quantity.PRODUCTIVITY_RATIO));
    }

    /** {@code "any: a; b"} or {@code "all: a; b"}. */
    static Selection selection(String when) {
        String[] parts = when.split(":", 2);
        List<Condition> conditions =
                Arrays.stream(parts[1].split(";")).map(Condition::parse).toList();
        return parts[0].strip().equals("all")
                ? new Selection(conditions, List.of())
                : new Selection(List.of(), conditions);
    }

    static Effects neutral() {
        return new Effects(0, 0, 0, 1);
    }

    static Catalogue of(Intervention... interventions) {
        return new Catalogue(1, GUARD, List.of(interventions));
    }
}
