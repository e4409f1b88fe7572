package nl.werkkracht.app.typology;

import java.util.List;
import java.util.Map;

/**
 * The catch-up typology (METHODS.md §5).
 *
 * @param level region level classified
 * @param from first year
 * @param to last year
 * @param labour labour measure
 * @param output output measure of the levels (GDP or GVA per unit of labour)
 * @param corrected whether levels are structure-corrected
 * @param frontrunner the frontrunner group as a readable label (Dutch names, comma-separated)
 * @param frontrunnerChosen true when the user chose the frontrunners, false for the default group (top
 *     10 %, at least two, by mean level over the first three years)
 * @param thresholds class boundaries in percentage points
 * @param regions regions with relative levels (percent of the frontrunner) and class
 * @param missingRegions regions without levels in both years
 * @param notes how regions of one classification were read from data of another, and sources
 * @param dataset dataset
 * @param frontrunnerGroup codes of the frontrunner regions
 * @param frontrunnerChangeVsReference the group's change against NL, points (null when NL has no level)
 * @param warnings what must be read with the classes
 */
public record TypologyView(
        String level,
        int from,
        int to,
        String labour,
        String output,
        boolean corrected,
        String frontrunner,
        boolean frontrunnerChosen,
        Map<String, Double> thresholds,
        List<Region> regions,
        List<String> missingRegions,
        List<String> notes,
        String dataset,
        List<String> frontrunnerGroup,
        Double frontrunnerChangeVsReference,
        List<String> warnings) {

    /**
     * @param region region code
     * @param name Dutch name
     * @param relativeFrom percent of the frontrunner in t0
     * @param relativeTo percent of the frontrunner in t1
     * @param change percentage points
     * @param class_ the class (JSON name {@code class})
     * @param changeVsReference change of the index against NL, points (null when NL has no level)
     */
    public record Region(
            String region,
            String name,
            double relativeFrom,
            double relativeTo,
            double change,
            @com.fasterxml.jackson.annotation.JsonProperty("class") String class_,
            Double changeVsReference) {}
}
