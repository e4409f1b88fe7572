package nl.werkkracht.app.monitor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.werkkracht.app.dataset.DefaultDataset;
import nl.werkkracht.core.observation.Measure;

/**
 * The NUTS version and data vintage of a figure, from the vintages the catalogue lists for each of its
 * inputs (ADR 0030): a figure that divides values of two releases says so next to it.
 *
 * @param nutsVersion the NUTS version of the region codes ("NUTS 2016"), with the versions combined when an
 *     input was published in another one
 * @param vintages one line per input: measure, source table and release
 * @param mixedVintages whether the inputs come from more than one release
 * @param note the sentence shown next to the figure, in the reader's language
 */
record FigureBasis(String nutsVersion, List<String> vintages, boolean mixedVintages, String note) {

    FigureBasis {
        vintages = List.copyOf(vintages);
    }

    /** One input of a figure: a measure read from a dataset. */
    record Input(String dataset, Measure measure) {}

    static FigureBasis of(MonitorData data, MonitorText text, List<Input> inputs) {
        var lines = new ArrayList<String>();
        Set<String> releases = new LinkedHashSet<>();
        Set<String> nuts = new LinkedHashSet<>();
        String otherNuts = null;
        for (Input in : inputs) {
            String measure =
                    text.dutch() ? in.measure().labelNl() : in.measure().labelEn();
            Optional<DefaultDataset.Vintage> v =
                    data.vintage(in.dataset(), in.measure().name());
            if (v.isEmpty()) {
                lines.add(text.get("monitor.vintage.imported", measure, in.dataset()));
                releases.add("dataset:" + in.dataset());
                continue;
            }
            String release = v.get().release();
            lines.add(
                    release == null
                            ? text.get(
                                    "monitor.vintage.unknown", measure, v.get().table())
                            : text.get("monitor.vintage.line", measure, v.get().table(), release));
            releases.add(release == null ? "?" + v.get().table() : release);
            if (v.get().nuts() != null) {
                nuts.add(v.get().nuts());
                if (!v.get().nuts().equals("2016")) {
                    otherNuts = text.get(
                            "monitor.vintage.nutsOther", measure, v.get().nuts());
                }
            }
        }
        String nutsVersion = nuts.isEmpty() ? null : "NUTS 2016" + (otherNuts == null ? "" : " (" + otherNuts + ")");
        boolean mixed = releases.size() > 1;
        String joined = String.join("; ", lines);
        String note = mixed ? text.get("monitor.vintage.mixed", joined) : text.get("monitor.vintage.single", joined);
        if (nutsVersion != null) {
            note = note + " " + text.get("monitor.vintage.nuts", nutsVersion);
        }
        return new FigureBasis(nutsVersion, lines, mixed, note);
    }
}
